package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.testing.Cases;

/**
 * Layer 2 on its own: hostile consequences compiled straight through the compiler (no rule check in
 * front of it) either do not compile or fail when they run, and never do what they try (a marker
 * file, a system property, the default time zone stay untouched). Each names one class family that
 * rules must not reach.
 */
class RuleClassLoaderTest {
  private static final String PROPERTY = "relapsecds.hostile";

  @TempDir static Path dir;

  static List<Arguments> hostileConsequences() {
    String f = "\"MARKER\"";
    return List.of(
        Arguments.of(
            "Runtime.exec", "Runtime.getRuntime().exec(new String[] {\"touch\", " + f + "});"),
        Arguments.of("ProcessBuilder", "new ProcessBuilder(\"touch\", " + f + ").start();"),
        Arguments.of(
            "java.nio.file",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(" + f + "), \"x\");"),
        Arguments.of("java.io.File", "new java.io.File(" + f + ").createNewFile();"),
        Arguments.of("FileOutputStream", "new java.io.FileOutputStream(" + f + ").close();"),
        Arguments.of("java.util.Formatter", "new java.util.Formatter(" + f + ").close();"),
        Arguments.of("System setter", "System.setProperty(\"" + PROPERTY + "\", \"set\");"),
        Arguments.of("TimeZone setter", "java.util.TimeZone.setDefault(null);"),
        Arguments.of(
            "Thread", "new Thread(() -> System.setProperty(\"" + PROPERTY + "\", \"t\")).start();"),
        Arguments.of("context class loader", "Thread.currentThread().setContextClassLoader(null);"),
        Arguments.of(
            "reflection from a model enum",
            "org.relapsecds.rules.model.Scheme.BFM.getDeclaringClass().getMethods()[0]"
                + ".invoke(null);"),
        Arguments.of("java.lang.reflect", "java.lang.reflect.Method m = null;"),
        Arguments.of(
            "Class.forName",
            "Class.forName(\"java.lang.\" + \"Run\" + \"time\").getMethod(\"getRuntime\");"),
        Arguments.of(
            "Class.forName through a loader",
            "Class.forName(\"java.lang.Runtime\", true, $c.getClass().getClassLoader());"),
        Arguments.of(
            "ClassLoader", "$c.getClass().getClassLoader().loadClass(\"java.lang.Runtime\");"),
        Arguments.of(
            "MethodHandles.findClass",
            "java.lang.invoke.MethodHandles.lookup().findClass(\"java.lang.Runtime\");"),
        Arguments.of(
            "MethodHandle",
            "java.lang.invoke.MethodHandles.lookup().findStatic(Runtime.class, \"getRuntime\","
                + " java.lang.invoke.MethodType.methodType(Object.class)).invoke();"),
        Arguments.of("parallel stream", "java.util.List.of(1, 2).parallelStream().count();"),
        Arguments.of("engine classes", "org.relapsecds.rules.engine.BundledRules.load();"),
        Arguments.of("Drools API", "org.kie.api.KieServices.Factory.get();"),
        Arguments.of("Drools internals", "drools.getKieRuntime().getKieBase();"),
        Arguments.of("logging library", "org.slf4j.LoggerFactory.getLogger(\"x\");"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileConsequences")
  void aConsequenceCannotReachWhatTheClassLoaderHides(String family, String consequence)
      throws Exception {
    Path marker = dir.resolve(family.replaceAll("[^A-Za-z]", "") + ".marker");
    String drl =
        """
        package org.relapsecds.rules.kb;

        import org.relapsecds.rules.model.*;

        rule "Hostile"
        when
          $c : RelapseCase()
        then
          %s
        end
        """
            .formatted(consequence.replace("MARKER", marker.toString()));
    TimeZone zone = TimeZone.getDefault();

    Compilation compilation =
        new KnowledgeBaseCompiler().compile(List.of(new RuleSource("hostile.drl", drl)));
    Throwable failure = null;
    if (compilation.succeeded()) {
      RelapseCase relapseCase = Cases.contractExample().build();
      failure = catchThrowable(() -> compilation.orThrow().evaluate(relapseCase));
      assertThat(failure).as("the evaluation must fail for: " + family).isNotNull();
    } else {
      assertThat(compilation.problems()).isNotEmpty();
    }

    assertThat(Files.exists(marker)).as("file written by " + family).isFalse();
    assertThat(System.getProperty(PROPERTY)).as("property set by " + family).isNull();
    assertThat(TimeZone.getDefault()).isEqualTo(zone);
    assertThat(Thread.currentThread().getContextClassLoader()).isNotNull();
  }
}
