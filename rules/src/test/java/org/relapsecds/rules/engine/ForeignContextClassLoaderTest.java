package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/**
 * Inside the executable jar, threads of the common ForkJoin pool carry a context class loader that
 * cannot see Drools; compiling and evaluating there must still work.
 */
class ForeignContextClassLoaderTest {

  @Test
  void evaluationAndCompilationWorkOnAThreadWhoseContextLoaderCannotSeeDrools() throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  Outcome outcome =
                      BundledKnowledgeBase.get()
                          .evaluate(Cases.firstRelapse(Immunophenotype.B_PRECURSOR).build());
                  Compilation compilation =
                      new KnowledgeBaseCompiler().compile(BundledRules.load());
                  result.set(
                      outcome.assessment(Scheme.BFM).orElseThrow().group()
                          + "/"
                          + compilation.succeeded());
                } catch (RuntimeException | Error e) {
                  result.set(e);
                }
              });
      thread.setContextClassLoader(blind);
      thread.start();
      thread.join();
      assertThat(thread.getContextClassLoader()).isSameAs(blind);
    }
    assertThat(result.get()).isEqualTo(RiskStratum.S2 + "/true");
  }
}
