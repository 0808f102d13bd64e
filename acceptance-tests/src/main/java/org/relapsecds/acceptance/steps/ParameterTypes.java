package org.relapsecds.acceptance.steps;

import io.cucumber.java.ParameterType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.Scheme;

/**
 * How the scenarios write clinical values: dates as "10 January 2015", MRD as "2 x 10^-4", "10^-3",
 * "0.0005" or "0.05 %", phenotypes, sites and schemes in words.
 */
public class ParameterTypes {
  static final String RECOMMENDATION =
      "mitoxantrone rather than idarubicin|an ABL-class tyrosine kinase inhibitor"
          + "|a biopsy of the other testis|the bortezomib combination|chemotherapy consolidation"
          + "|HSCT in second remission|a repeat lumbar puncture|testicular local therapy"
          + "|inotuzumab ozogamicin|Erwinia asparaginase|confirming the relapse"
          + "|measuring marrow MRD|cranial irradiation|tisagenlecleucel|a clinical trial"
          + "|blinatumomab|clofarabine|reinduction|nelarabine|revumenib";
  static final String ALERT =
      "veno-occlusive disease risk|outside the trial population|glucocorticoid resistance"
          + "|nelarabine neurotoxicity|investigational agents|schemes not applicable"
          + "|thiopurine resistance|unfavourable prognosis|not a treatment order"
          + "|favourable genetics|high-risk genetics|CNS not counted|not covered"
          + "|inconsistent input|cranial irradiation age"
          + "|blinatumomab cytokine release and neurotoxicity|inotuzumab veno-occlusive disease"
          + "|CAR T cytokine release and neurotoxicity|revumenib differentiation syndrome";
  static final String GENETIC =
      "a KMT2A rearrangement|a TP53 alteration|an IKZF1 deletion|a CREBBP mutation"
          + "|an NT5C2 mutation|ETV6-RUNX1|hypodiploidy|BCR-ABL1|TCF3-HLF";
  static final String FIELD =
      "number of prior regimens|marrow blast percentage|end of frontline therapy"
          + "|testicular involvement"
          + "|MRD after reinduction|date of diagnosis|second remission|immunophenotype"
          + "|relapse number|date of birth|relapse date|CD19 status|CD22 status|case id";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final Pattern POWER = Pattern.compile("(?:(\\d+(?:\\.\\d+)?) x )?10\\^-(\\d+)");
  private static final Pattern AGE =
      Pattern.compile("(\\d+) (years?|months?)(?: and (\\d+) days?)?");

  @ParameterType(
      "\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December) \\d{4}")
  public LocalDate date(String text) {
    return LocalDate.parse(text, DATE);
  }

  @ParameterType(
      "B-precursor ALL|T-lineage ALL|T-ALL|T-lymphoblastic lymphoma|B-precursor|T-lineage")
  public Immunophenotype phenotype(String text) {
    return text.startsWith("B") ? Immunophenotype.B_PRECURSOR : Immunophenotype.T_LINEAGE;
  }

  /** A percentage of marrow blasts: "35 %", "4.9 %". */
  @ParameterType("-?\\d+(?:\\.\\d+)? ?%")
  public Double percent(String text) {
    return Double.valueOf(text.replace("%", "").trim());
  }

  /** MRD as a fraction of nucleated marrow cells, however the scenario writes it. */
  @ParameterType("(?:\\d+(?:\\.\\d+)? x )?10\\^-\\d+|\\d+(?:\\.\\d+)? ?%|\\d*\\.\\d+|0|1")
  public Double mrd(String text) {
    Matcher power = POWER.matcher(text);
    BigDecimal value;
    if (power.matches()) {
      BigDecimal mantissa =
          power.group(1) == null ? BigDecimal.ONE : new BigDecimal(power.group(1));
      value = mantissa.scaleByPowerOfTen(-Integer.parseInt(power.group(2)));
    } else if (text.endsWith("%")) {
      value = new BigDecimal(text.replace("%", "").trim()).movePointLeft(2);
    } else {
      value = new BigDecimal(text);
    }
    // Via BigDecimal, so "10^-3" is exactly the double 1e-3 the rules compare against.
    return value.doubleValue();
  }

  @ParameterType(
      "no extramedullary disease|(?:CNS|testicular|other extramedullary)"
          + "(?: and (?:CNS|testicular|other extramedullary))* disease")
  public Set<ExtramedullarySite> extramedullary(String text) {
    Set<ExtramedullarySite> sites = EnumSet.noneOf(ExtramedullarySite.class);
    if (text.contains("CNS")) {
      sites.add(ExtramedullarySite.CNS);
    }
    if (text.contains("testicular")) {
      sites.add(ExtramedullarySite.TESTIS);
    }
    if (text.contains("other")) {
      sites.add(ExtramedullarySite.OTHER);
    }
    return sites;
  }

  @ParameterType("BFM|UK ALL R3|COG")
  public Scheme scheme(String text) {
    return switch (text) {
      case "BFM" -> Scheme.BFM;
      case "UK ALL R3" -> Scheme.UK_R3;
      default -> Scheme.COG;
    };
  }

  @ParameterType("very early|early|late")
  public String timing(String text) {
    return Vocabulary.constant(text);
  }

  @ParameterType("S1|S2|S3|S4|standard|intermediate|high|low")
  public String group(String text) {
    return Vocabulary.constant(text);
  }

  @ParameterType("isolated marrow|combined|isolated extramedullary|not established")
  public String site(String text) {
    return Vocabulary.constant(text);
  }

  @ParameterType("CNS1|CNS2|CNS3")
  public CnsStatus cns(String text) {
    return CnsStatus.valueOf(text);
  }

  @ParameterType("CD19|CD22")
  public String antigen(String text) {
    return text;
  }

  @ParameterType("positive|negative|unknown")
  public MarkerStatus markerStatus(String text) {
    return MarkerStatus.valueOf(Vocabulary.constant(text));
  }

  @ParameterType("first|second|third|fourth")
  public Integer ordinal(String text) {
    return switch (text) {
      case "first" -> 1;
      case "second" -> 2;
      case "third" -> 3;
      default -> 4;
    };
  }

  /** An age: "25 years", "21 years and 364 days", "1 year", "11 months". */
  @ParameterType("\\d+ (?:years?|months?)(?: and \\d+ days?)?")
  public Period age(String text) {
    Matcher m = AGE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an age: " + text);
    }
    int amount = Integer.parseInt(m.group(1));
    Period period =
        m.group(2).startsWith("year") ? Period.ofYears(amount) : Period.ofMonths(amount);
    return m.group(3) == null ? period : period.plusDays(Integer.parseInt(m.group(3)));
  }

  @ParameterType("INFO|WARNING|CRITICAL|info|warning|critical")
  public String severity(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  @ParameterType(RECOMMENDATION)
  public String recommendation(String text) {
    return Vocabulary.lookUp(Vocabulary.RECOMMENDATIONS, text);
  }

  @ParameterType(ALERT)
  public String alert(String text) {
    return Vocabulary.lookUp(Vocabulary.ALERTS, text);
  }

  @ParameterType(GENETIC)
  public String genetic(String text) {
    return Vocabulary.lookUp(Vocabulary.GENETICS, text);
  }

  @ParameterType(FIELD)
  public String field(String text) {
    return Vocabulary.lookUp(Vocabulary.FIELDS, text);
  }

  /** "BFM", "UK ALL R3 only", "BFM and COG", "BFM, UK ALL R3 and COG", "all schemes". */
  @ParameterType(
      "all schemes|(?:BFM|UK ALL R3|COG)(?:(?:, | and )(?:BFM|UK ALL R3|COG))*(?: only)?")
  public Set<String> schemes(String text) {
    if (text.equals("all schemes")) {
      return Set.of();
    }
    Set<String> schemes = new java.util.TreeSet<>();
    for (String part : text.replace(" only", "").split(", | and ")) {
      schemes.add(scheme(part).name());
    }
    return schemes;
  }
}
