package org.relapsecds.rules.reference;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;

/**
 * One value a reference case's outcome must have, e.g. "HSCT under UK ALL R3: INDICATED".
 *
 * @param aspect which part of the outcome
 * @param scheme the scheme, or null for the site
 * @param expected the value as its enum constant's name (free text for the pending groups), or null
 *     when the rules must derive nothing (a group still pending)
 */
public record Expectation(Aspect aspect, Scheme scheme, String expected) {
  /** The parts of an outcome a reference case states. */
  public enum Aspect {
    SITE(SiteClass.class),
    TIMING(TimingCategory.class),
    GROUP(RiskStratum.class),
    GROUP_PENDING(null),
    HSCT(HsctDecision.class);

    private final Class<? extends Enum<?>> values;

    Aspect(Class<? extends Enum<?>> values) {
      this.values = values;
    }

    /** Whether a value names a constant of this aspect's type (any text for the pending groups). */
    boolean admits(String value) {
      if (value == null || values == null) {
        return true;
      }
      for (Enum<?> constant : values.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return true;
        }
      }
      return false;
    }
  }

  public Expectation {
    Objects.requireNonNull(aspect, "aspect");
    if ((aspect == Aspect.SITE) != (scheme == null)) {
      throw new IllegalArgumentException("the site has no scheme; every other aspect has one");
    }
    if (!aspect.admits(expected)) {
      throw new IllegalArgumentException(expected + " is not a value of " + aspect);
    }
  }

  /** What is expected, in clinical words: "HSCT under UK ALL R3", "BFM risk group". */
  public String label() {
    return switch (aspect) {
      case SITE -> "Relapse site";
      case TIMING -> label(scheme) + " time to relapse";
      case GROUP -> label(scheme) + " risk group";
      case GROUP_PENDING -> label(scheme) + " groups possible while MRD is unknown";
      case HSCT -> "HSCT under " + label(scheme);
    };
  }

  /** The value the outcome has for this aspect, or null when the rules derived none. */
  public String actual(Outcome outcome) {
    if (aspect == Aspect.SITE) {
      return outcome.site().map(Enum::name).orElse(null);
    }
    Function<SchemeAssessment, Object> field =
        switch (aspect) {
          case TIMING -> SchemeAssessment::timing;
          case GROUP -> SchemeAssessment::group;
          case GROUP_PENDING -> SchemeAssessment::groupPending;
          default -> SchemeAssessment::hsct;
        };
    Optional<Object> value = outcome.assessment(scheme).map(field);
    return value.map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).orElse(null);
  }

  public boolean metBy(Outcome outcome) {
    return Objects.equals(expected, actual(outcome));
  }

  /** "HSCT under UK ALL R3: expected INDICATED, the rules give NOT_INDICATED". */
  public String describeMismatch(Outcome outcome) {
    String actual = actual(outcome);
    return label()
        + ": expected "
        + (expected == null ? "nothing" : expected)
        + ", the rules give "
        + (actual == null ? "nothing" : actual);
  }

  /** The scheme as the papers name it. */
  public static String label(Scheme scheme) {
    return switch (scheme) {
      case BFM -> "BFM";
      case UK_R3 -> "UK ALL R3";
      case COG -> "COG";
    };
  }
}
