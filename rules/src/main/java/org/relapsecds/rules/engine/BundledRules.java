package org.relapsecds.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads DRL sources: the knowledge base bundled with this module, or the files of a directory.
 *
 * <p>The bundled files are listed in {@code knowledge-base.index} next to them and read as plain
 * classpath resources, which works the same from a directory, a jar, or a jar nested in a Spring
 * Boot executable jar (where directory listing of the classpath does not).
 */
public final class BundledRules {
  /** Classpath folder of the bundled DRL files. */
  public static final String FOLDER = "org/relapsecds/rules/kb/";

  static final String INDEX = FOLDER + "knowledge-base.index";

  private BundledRules() {}

  /** The bundled knowledge base sources, in index order. */
  public static List<RuleSource> load() {
    List<RuleSource> sources = new ArrayList<>();
    for (String file : indexedFiles()) {
      sources.add(new RuleSource(file, resource(FOLDER + file)));
    }
    return sources;
  }

  /** The file names listed in the bundled index. */
  public static List<String> indexedFiles() {
    return resource(INDEX)
        .lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** Every rule file ({@link RuleFileKind}) directly in a directory, sorted by name. */
  public static List<RuleSource> fromDirectory(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> drl =
          files
              .filter(
                  p ->
                      RuleFileKind.isRuleFile(p.getFileName().toString()) && Files.isRegularFile(p))
              .sorted()
              .toList();
      List<RuleSource> sources = new ArrayList<>();
      for (Path p : drl) {
        sources.add(
            new RuleSource(
                p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = BundledRules.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
