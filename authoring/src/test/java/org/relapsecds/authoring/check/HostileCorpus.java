package org.relapsecds.authoring.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hostile rule corpus of the tests, read from the test class path ({@code
 * org/relapsecds/authoring/check/hostile/}); the api's tests read it through this module's test
 * jar, to prove through the service that none of it can be saved, reloaded or published.
 */
public final class HostileCorpus {
  private HostileCorpus() {}

  /**
   * One corpus entry.
   *
   * @param file the corpus file name
   * @param text its DRL
   * @param code the finding code it must get
   * @param line the line that finding must name
   */
  public record Hostile(String file, String text, String code, int line) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** Every entry, in file order. */
  public static List<Hostile> load() {
    return new String(read("index.tsv"), StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(
            p ->
                new Hostile(
                    p[0],
                    new String(read(p[0]), StandardCharsets.UTF_8),
                    p[1],
                    Integer.parseInt(p[2])))
        .toList();
  }

  private static byte[] read(String name) {
    try (InputStream in =
        HostileCorpus.class.getResourceAsStream(
            "/org/relapsecds/authoring/check/hostile/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
