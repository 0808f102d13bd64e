package org.relapsecds.rules.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of literature sources that rules may cite in {@code @evidence}: the sources table of
 * the clinical specification, shipped as {@code evidence-sources.tsv} (key, tab, citation).
 */
public final class EvidenceSources {
  static final String RESOURCE = "org/relapsecds/rules/evidence-sources.tsv";

  private static final EvidenceSources BUNDLED = load();

  private final Map<String, String> citations;

  private EvidenceSources(Map<String, String> citations) {
    this.citations = Collections.unmodifiableMap(citations);
  }

  /** The bundled registry. */
  public static EvidenceSources bundled() {
    return BUNDLED;
  }

  /** Whether a key exists in the registry. */
  public boolean contains(String key) {
    return citations.containsKey(key);
  }

  /** Every key with its citation, in the order of the sources table. */
  public Map<String, String> all() {
    return citations;
  }

  /** The evidence for a list of keys; unknown keys are kept, marked as such. */
  public List<Evidence> resolve(List<String> keys) {
    return keys.stream()
        .map(k -> new Evidence(k, citations.getOrDefault(k, "unknown source key")))
        .toList();
  }

  private static EvidenceSources load() {
    Map<String, String> map = new LinkedHashMap<>();
    try (InputStream in = EvidenceSources.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        map.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EvidenceSources(map);
  }
}
