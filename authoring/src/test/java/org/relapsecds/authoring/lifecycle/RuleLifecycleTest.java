package org.relapsecds.authoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapsecds.authoring.gate.GateFailure;
import org.relapsecds.authoring.impact.ImpactCorpus;
import org.relapsecds.authoring.impact.ImpactReport;
import org.relapsecds.authoring.store.git.GitRuleRepository;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;

/**
 * The lifecycle on a real git rule store, a gate of rule check and compile, and in-memory live
 * knowledge base and audit trail: each refusal is its own domain exception and changes nothing.
 */
class RuleLifecycleTest {
  private static final String HEADER =
      "package org.relapsecds.rules.kb;\n\nimport org.relapsecds.rules.model.*;\n\n";
  private static final String SAFE_RULE =
      HEADER
          + "rule \"Test: relapse after HSCT is flagged\"\n"
          + "  @evidence(\"Reismuller2013\") @status(\"unverified\")\n"
          + "when\n"
          + "  RelapseCase( priorHsct, marrowBlastPercent >= 25 )\n"
          + "then\n"
          + "  insert(new Alert(AlertCode.CNS_NOT_COUNTED, Severity.INFO, \"test alert\"));\n"
          + "end\n";
  private static KnowledgeBase bundled;

  @TempDir Path dir;
  private GitRuleRepository store;
  private final CompilingGate gate = new CompilingGate();
  private final Live live = new Live();
  private final List<String> audit = new ArrayList<>();

  /** The live knowledge base as an atomic reference. */
  static final class Live implements LiveKnowledgeBase {
    final AtomicReference<KnowledgeBase> current = new AtomicReference<>(bundled);

    @Override
    public KnowledgeBase current() {
      return current.get();
    }

    @Override
    public void activate(KnowledgeBase knowledgeBase) {
      current.set(knowledgeBase);
    }
  }

  @BeforeAll
  static void compileBundled() {
    bundled = new KnowledgeBaseCompiler().compile(BundledRules.load()).orThrow();
  }

  @BeforeEach
  void openStore() {
    store = GitRuleRepository.openOrCreate(dir.resolve("rules"), null, BundledRules.load());
    live.current.set(bundled);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private RuleLifecycle lifecycle(int maxGridCases) {
    return new RuleLifecycle(
        store,
        gate,
        gate.ruleCheck,
        live,
        (actor, action, target, detail) -> audit.add(actor + " " + action + " " + target),
        maxGridCases);
  }

  @Test
  void theImpactEvaluatesAtMostMaxGridCasesOfTheGrid() {
    RuleLifecycle lifecycle = lifecycle(40);
    lifecycle.save("extra.drl", SAFE_RULE, null, "alice");

    ImpactReport report = lifecycle.impact();

    assertThat(report.cases()).isEqualTo(40);
    assertThat(report.activeVersion()).isEqualTo(bundled.version());
    assertThat(report.draftVersion()).isNotEqualTo(bundled.version());
  }

  @Test
  void maxGridCasesZeroKeepsTheWholeGridAndANegativeValueIsRefused() {
    assertThat(new DraftImpact(store, gate, live, 0).gridCases())
        .isEqualTo(ImpactCorpus.grid().size());
    assertThat(new DraftImpact(store, gate, live, 100).gridCases()).isEqualTo(100);
    assertThatThrownBy(() -> lifecycle(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSavedDraftIsPublishedThroughTheGateAndRecorded() {
    RuleLifecycle lifecycle = lifecycle(40);
    String version = lifecycle.save("extra.drl", SAFE_RULE, null, "alice");
    String draft = lifecycle.files().draftCommit();

    Activation activation = lifecycle.publish("Flag relapses after HSCT", draft, "bob");

    assertThat(version).isNotNull();
    assertThat(activation.action()).isEqualTo("publish");
    assertThat(activation.previousVersion()).isEqualTo(bundled.version());
    assertThat(activation.impact().cases()).isEqualTo(40);
    assertThat(live.current().version()).isEqualTo(activation.knowledgeBaseVersion());
    assertThat(lifecycle.files().draftPending()).isFalse();
    assertThat(lifecycle.history(null, 1).get(0).reason()).isEqualTo("Flag relapses after HSCT");
    assertThat(audit)
        .containsExactly("alice rule.create extra.drl", "bob rules.publish " + activation.commit());
  }

  @Test
  void eachRefusalIsItsOwnDomainExceptionAndChangesNothing() {
    RuleLifecycle lifecycle = lifecycle(40);
    assertThatThrownBy(() -> lifecycle.publish("why", "x", "alice"))
        .isInstanceOf(LifecycleException.Conflict.class);
    assertThat(
            catchThrowableOfType(
                    LifecycleException.InvalidInput.class,
                    () -> lifecycle.save("../etc/passwd", SAFE_RULE, null, "alice"))
                .fields())
        .extracting(LifecycleException.InvalidField::field)
        .containsExactly("file");
    assertThatThrownBy(() -> lifecycle.save("site.drl", SAFE_RULE, null, "alice"))
        .isInstanceOf(LifecycleException.StaleVersion.class)
        .hasMessageContaining("already exists");
    String unsafe = SAFE_RULE.replace("insert(new Alert", "System.exit(1); insert(new Alert");
    assertThat(
            catchThrowableOfType(
                    LifecycleException.RuleCheckRefused.class,
                    () -> lifecycle.save("unsafe.drl", unsafe, null, "alice"))
                .failures())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.step()).isEqualTo("lint"));

    lifecycle.save("extra.drl", SAFE_RULE, null, "alice");
    assertThat(
            catchThrowableOfType(
                    LifecycleException.ImpactNotConfirmed.class,
                    () -> lifecycle.publish("why", "not-the-draft", "alice"))
                .draftCommit())
        .isEqualTo(lifecycle.files().draftCommit());
    assertThatThrownBy(() -> lifecycle.rollback("abc", null, "why", "alice"))
        .isInstanceOf(LifecycleException.NotFound.class);
    assertThatThrownBy(() -> lifecycle.publish(" ", "x", "alice"))
        .isInstanceOf(LifecycleException.InvalidInput.class);

    assertThat(live.current()).isSameAs(bundled);
    assertThat(audit).containsExactly("alice rule.create extra.drl");
  }

  @Test
  void aGateRefusalIsAuditedAndLeavesTheActiveRules() {
    RuleLifecycle lifecycle = lifecycle(40);
    String active = store.active().commit();
    lifecycle.save(CompilingGate.REFUSED_FILE, SAFE_RULE, null, "alice");
    String draft = lifecycle.files().draftCommit();

    LifecycleException.GateRefused refused =
        catchThrowableOfType(
            LifecycleException.GateRefused.class, () -> lifecycle.publish("why", draft, "alice"));

    assertThat(refused.failures()).extracting(GateFailure::step).containsExactly("reference");
    assertThat(store.active().commit()).isEqualTo(active);
    assertThat(live.current()).isSameAs(bundled);
    assertThat(audit).last().isEqualTo("alice rules.publish.refused " + draft);
  }

  @Test
  void aDraftThatDoesNotCompileHasNoImpact() {
    RuleLifecycle lifecycle = lifecycle(40);
    lifecycle.save("broken.drl", SAFE_RULE.replace("when", "when when ("), null, "alice");

    assertThat(
            catchThrowableOfType(LifecycleException.DraftInvalid.class, lifecycle::impact)
                .failures())
        .extracting(GateFailure::step)
        .contains("compile");
  }

  @Test
  void aRollbackByVersionReturnsToTheEarlierKnowledgeBase() {
    RuleLifecycle lifecycle = lifecycle(40);
    lifecycle.save("extra.drl", SAFE_RULE, null, "alice");
    lifecycle.publish("Add", lifecycle.files().draftCommit(), "alice");

    Activation back = lifecycle.rollback(bundled.version(), null, "Undo", "bob");

    assertThat(back.knowledgeBaseVersion()).isEqualTo(bundled.version());
    assertThat(lifecycle.history(null, 1).get(0).action()).isEqualTo("rollback");
    assertThat(lifecycle.history(null, 1).get(0).reason()).startsWith("Undo\n\nRoll back to ");
    assertThat(lifecycle.draft().pending()).isFalse();
  }
}
