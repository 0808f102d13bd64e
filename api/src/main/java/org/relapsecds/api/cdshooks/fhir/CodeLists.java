package org.relapsecds.api.cdshooks.fhir;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The code lists in force: the defaults of {@link CodeList}, each replaceable by configuration. */
public final class CodeLists {
  private final Map<CodeList, Set<Code>> lists = new EnumMap<>(CodeList.class);

  /**
   * Builds the lists.
   *
   * @param overrides configuration key ({@link CodeList#key()}) to entries; replaces the default
   * @throws IllegalArgumentException for an unknown key or an entry that is not {@code system|code}
   */
  public CodeLists(Map<String, List<String>> overrides) {
    Map<String, CodeList> byKey = new java.util.HashMap<>();
    for (CodeList list : CodeList.values()) {
      byKey.put(list.key(), list);
      lists.put(list, parse(list.defaults()));
    }
    overrides.forEach(
        (key, entries) -> {
          CodeList list = byKey.get(key);
          if (list == null) {
            throw new IllegalArgumentException(
                "cds.hooks.codes." + key + " is not a code list; known: " + byKey.keySet());
          }
          lists.put(list, parse(entries == null ? List.of() : entries));
        });
  }

  /** The defaults only. */
  public static CodeLists defaults() {
    return new CodeLists(Map.of());
  }

  private static Set<Code> parse(List<String> entries) {
    Set<Code> codes = new HashSet<>();
    for (String entry : entries) {
      if (entry != null && !entry.isBlank()) {
        codes.add(Code.parse(entry.trim()));
      }
    }
    return Set.copyOf(codes);
  }

  /** The codes of a list. */
  public Set<Code> get(CodeList list) {
    return lists.get(list);
  }

  /** True when the coding is in the list. */
  public boolean matches(CodeList list, Coding coding) {
    Code code = Code.of(coding);
    return code != null && lists.get(list).contains(code);
  }

  /** True when any coding of the concept is in the list. */
  public boolean matches(CodeList list, CodeableConcept concept) {
    if (concept == null) {
      return false;
    }
    for (Coding coding : concept.getCoding()) {
      if (matches(list, coding)) {
        return true;
      }
    }
    return false;
  }
}
