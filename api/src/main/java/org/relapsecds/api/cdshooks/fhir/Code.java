package org.relapsecds.api.cdshooks.fhir;

import org.hl7.fhir.r4.model.Coding;

/**
 * A code in its system, compared with the system normalised (no trailing {@code /}: mCODE and
 * Genomics Reporting spell Sequence Ontology differently).
 *
 * @param system the code system URI
 * @param code the code
 */
public record Code(String system, String code) {
  public Code {
    system = normalise(system);
  }

  /** Parses {@code system|code}. */
  public static Code parse(String entry) {
    int bar = entry.indexOf('|');
    if (bar <= 0 || bar == entry.length() - 1) {
      throw new IllegalArgumentException(
          "a code list entry must be 'system|code', got '" + entry + "'");
    }
    return new Code(entry.substring(0, bar).trim(), entry.substring(bar + 1).trim());
  }

  /** The code of a FHIR Coding, or null without system or code. */
  public static Code of(Coding coding) {
    return coding == null || !coding.hasSystem() || !coding.hasCode()
        ? null
        : new Code(coding.getSystem(), coding.getCode());
  }

  private static String normalise(String system) {
    String s = system == null ? "" : system.trim();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  @Override
  public String toString() {
    return system + "|" + code;
  }
}
