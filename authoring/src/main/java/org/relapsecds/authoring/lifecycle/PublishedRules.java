package org.relapsecds.authoring.lifecycle;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.remote.Adoption;
import org.relapsecds.authoring.remote.Verdict;
import org.relapsecds.authoring.store.RuleSnapshot;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;

/**
 * Rules published by another server (several servers share a rule remote): checked and compiled
 * here before they become live, under {@link RuleLifecycle}'s write lock. Only the rule check and
 * the compiler run (the publishing server ran the whole gate).
 */
final class PublishedRules {
  private final RuleStore store;
  private final Gate gate;
  private final LiveKnowledgeBase live;
  private final LifecycleAudit audit;
  private final ReentrantLock writeLock;
  private final AtomicReference<String> activeCommit;
  private final AtomicReference<KnowledgeBase> prepared = new AtomicReference<>();

  PublishedRules(
      RuleStore store,
      Gate gate,
      LiveKnowledgeBase live,
      LifecycleAudit audit,
      ReentrantLock writeLock,
      AtomicReference<String> activeCommit) {
    this.store = store;
    this.gate = gate;
    this.live = live;
    this.audit = audit;
    this.writeLock = writeLock;
    this.activeCommit = activeCommit;
  }

  void adopt(
      Function<Verdict.Verifier<KnowledgeBase>, Optional<Adoption<KnowledgeBase>>> step,
      String server) {
    writeLock.lock();
    try {
      Optional<Adoption<KnowledgeBase>> adoption = step.apply(this::verify);
      if (adoption.isEmpty()) {
        return;
      }
      Adoption<KnowledgeBase> adopted = adoption.get();
      String before = live.current().version();
      live.activate(adopted.value());
      activeCommit.set(adopted.commit());
      if (adopted.abandoned() != null) {
        audit.abandoned(server, adopted.abandoned(), adopted.commit());
      }
      audit.synced(server, adopted.commit(), before, adopted.value());
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Checks and compiles a commit another server is about to publish, so that adopting it later is a
   * swap (the version is the content hash: the same files, the same knowledge base). Only the
   * newest candidate is kept.
   */
  void prepare(String commit) {
    store
        .at(commit)
        .map(s -> gate.validate(s.sources()))
        .flatMap(GateResult::knowledgeBase)
        .ifPresent(prepared::set);
  }

  private Verdict<KnowledgeBase> verify(String commit) {
    Optional<RuleSnapshot> snapshot = store.at(commit);
    if (snapshot.isEmpty()) {
      return Verdict.refuse("commit " + commit + " is not in the local repository");
    }
    String version = KnowledgeBaseCompiler.version(snapshot.get().sources());
    KnowledgeBase now = live.current();
    if (version.equals(now.version())) {
      return Verdict.accept(now); // the same files (e.g. two servers seeded an empty remote)
    }
    KnowledgeBase ready = prepared.get();
    if (ready != null && ready.version().equals(version)) {
      return Verdict.accept(ready); // checked and compiled while the other server's gate ran
    }
    GateResult result = gate.validate(snapshot.get().sources());
    return result
        .knowledgeBase()
        .map(Verdict::accept)
        .orElseGet(
            () ->
                Verdict.refuse(
                    result.failures().size() + " failing point(s): " + result.failures()));
  }
}
