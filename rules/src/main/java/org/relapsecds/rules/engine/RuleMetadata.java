package org.relapsecds.rules.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Normalises Drools rule metadata: values arrive with their DRL quoting or as other types,
 * depending on the engine path, and leave as plain strings.
 */
final class RuleMetadata {
  private RuleMetadata() {}

  static Map<String, String> normalise(Map<String, Object> raw) {
    Map<String, String> clean = new TreeMap<>();
    raw.forEach((key, value) -> clean.put(key, asString(value)));
    return new LinkedHashMap<>(clean);
  }

  static String asString(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value).trim();
    if (text.length() >= 2
        && (text.startsWith("\"") && text.endsWith("\"")
            || text.startsWith("'") && text.endsWith("'"))) {
      text = text.substring(1, text.length() - 1);
    }
    return text;
  }
}
