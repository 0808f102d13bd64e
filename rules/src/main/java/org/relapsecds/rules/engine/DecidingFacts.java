package org.relapsecds.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kie.api.runtime.rule.Match;
import org.relapsecds.rules.model.ExtramedullaryInvolvement;
import org.relapsecds.rules.model.HsctIndication;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.MarrowStatus;
import org.relapsecds.rules.model.NovelAgentSetting;
import org.relapsecds.rules.model.RegimenCount;
import org.relapsecds.rules.model.RelapseSite;
import org.relapsecds.rules.model.RelapseTiming;
import org.relapsecds.rules.model.RiskGroup;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * The facts of this case that decided one rule firing, in words: the derived facts the rule matched
 * and the case values its conditions bound ({@code $mrd : mrd >= 0.001}). The rules stay
 * declarative (their consequences only insert facts); the sentence is written here, from what the
 * engine reports it matched, so it can never claim a fact the rule did not test.
 *
 * <p>Case values are recognised by the name of the bound variable (the DRL convention {@code $mrd},
 * {@code $age}, {@code $cd19}, ...); a binding with another name is not rendered.
 */
final class DecidingFacts {
  private DecidingFacts() {}

  /** The phrases of one match, in the order of the rule's conditions. */
  static List<String> of(Match match) {
    List<String> phrases = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String id : match.getDeclarationIds()) {
      Object value = match.getDeclarationValue(id);
      if (value != null && seen.add(value)) {
        add(phrases, binding(id, value));
      }
    }
    for (Object fact : match.getObjects()) {
      if (fact != null && seen.add(fact)) {
        add(phrases, fact(fact));
      }
    }
    return List.copyOf(phrases);
  }

  private static void add(List<String> phrases, String phrase) {
    if (phrase != null && !phrases.contains(phrase)) {
      phrases.add(phrase);
    }
  }

  /** A derived fact in words; null for facts that carry nothing case-specific. */
  static String fact(Object fact) {
    if (fact instanceof RelapseSite s) {
      return site(s.siteClass());
    } else if (fact instanceof RelapseTiming t) {
      return words(t.category().name()) + " relapse (" + scheme(t.scheme()) + " timing)";
    } else if (fact instanceof RiskGroup g) {
      return scheme(g.scheme()) + " " + g.stratum();
    } else if (fact instanceof HsctIndication h) {
      return scheme(h.scheme()) + " HSCT " + words(h.decision().name());
    } else if (fact instanceof NovelAgentSetting s) {
      return s.kind().description();
    } else if (fact instanceof RegimenCount r) {
      return r.assumed()
          ? r.count()
              + " prior regimens counted (history.priorRegimens not sent; a refractory or"
              + " later relapse has had at least 2)"
          : r.count() + " prior regimens reported";
    } else if (fact instanceof ExtramedullaryInvolvement e) {
      return switch (e.site()) {
        case CNS -> "CNS involved";
        case TESTIS -> "testis involved (TESTIS listed)";
        case OTHER -> "another extramedullary site involved";
      };
    } else if (fact instanceof MarrowStatus m) {
      return "marrow " + m.grade() + marrowRange(m.grade());
    }
    return null;
  }

  private static String binding(String id, Object value) {
    if (!(value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof Set<?>)) {
      return fact(value);
    }
    String name = id.startsWith("$") ? id.substring(1) : id;
    return switch (name) {
      case "phenotype" -> phenotype((Immunophenotype) value);
      case "mrd" -> "MRD " + mrd(((Number) value).doubleValue());
      case "age" -> "age " + value + " completed years at relapse";
      case "ageAtDiagnosis" -> "age " + value + " completed years at diagnosis";
      case "months" -> value + " months from diagnosis to relapse";
      case "cd19" -> "CD19 " + words(((MarkerStatus) value).name());
      case "cd22" -> "CD22 " + words(((MarkerStatus) value).name());
      case "laterality" ->
          words(((TesticularInvolvement) value).name()) + " testicular involvement reported";
      case "remission" ->
          Boolean.FALSE.equals(value) ? "no second remission after reinduction" : null;
      case "number" -> "relapse number " + value;
      case "priorHsct" -> Boolean.TRUE.equals(value) ? "allogeneic HSCT before this relapse" : null;
      case "regimens" -> value + " prior regimens reported (history.priorRegimens)";
      case "hypersensitivity" ->
          Boolean.TRUE.equals(value) ? "asparaginase hypersensitivity reported" : null;
      case "priorIrradiation" ->
          Boolean.TRUE.equals(value) ? "earlier cranial irradiation reported" : null;
      case "genetics" -> "genetics reported: " + value;
      case "marrow" -> "marrow " + value + marrowRange((MarrowGrade) value);
      case "cns" -> "CSF " + value + " at relapse";
      default -> null;
    };
  }

  /** The scheme as clinicians name it. */
  static String scheme(Scheme scheme) {
    return switch (scheme) {
      case BFM -> "BFM";
      case UK_R3 -> "UK ALL R3";
      case COG -> "COG";
    };
  }

  private static String site(SiteClass site) {
    return switch (site) {
      case ISOLATED_MARROW -> "isolated marrow relapse";
      case COMBINED -> "combined marrow and extramedullary relapse";
      case ISOLATED_EXTRAMEDULLARY -> "isolated extramedullary relapse";
      case NOT_ESTABLISHED -> "relapse not established";
    };
  }

  private static String phenotype(Immunophenotype phenotype) {
    return phenotype == Immunophenotype.B_PRECURSOR ? "B-precursor ALL" : "T-lineage ALL";
  }

  private static String marrowRange(MarrowGrade grade) {
    return switch (grade) {
      case M1 -> " (fewer than 5 % blasts)";
      case M2 -> " (5 % to less than 25 % blasts)";
      case M3 -> " (25 % blasts or more)";
    };
  }

  /** MRD as clinicians write it: 2 x 10^-4; 0 as 0. */
  static String mrd(double fraction) {
    if (fraction == 0) {
      return "0";
    }
    int exponent = (int) Math.floor(Math.log10(fraction));
    double mantissa = fraction / Math.pow(10, exponent);
    String m =
        Math.abs(mantissa - Math.rint(mantissa)) < 1e-9
            ? String.valueOf((long) Math.rint(mantissa))
            : String.format(Locale.ROOT, "%.2g", mantissa);
    return m + " x 10^" + exponent;
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
