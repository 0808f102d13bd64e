package org.relapsecds.api.authoring.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The simple names of the fact model's types ({@code org.relapsecds.rules.model}): the only types a
 * rule may name, create or reach statically.
 */
public final class FactModelTypes {
  /** The package rules may import from. */
  public static final String PACKAGE = RelapseCase.class.getPackageName();

  private FactModelTypes() {}

  /** Reads the type names from the classpath, which works inside the executable jar too. */
  public static Set<String> scan() {
    String pattern = "classpath*:" + PACKAGE.replace('.', '/') + "/*.class";
    Set<String> names = new TreeSet<>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String file = r.getFilename();
        if (file == null || file.equals("package-info.class")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".class".length());
        int nested = name.indexOf('$');
        names.add(nested < 0 ? name : name.substring(0, nested));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("fact model classes not found on the classpath");
    }
    return Set.copyOf(names);
  }
}
