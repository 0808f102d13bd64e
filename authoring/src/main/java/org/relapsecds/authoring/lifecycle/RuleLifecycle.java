package org.relapsecds.authoring.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.authoring.gate.GateFailure;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.impact.ImpactReport;
import org.relapsecds.authoring.remote.Adoption;
import org.relapsecds.authoring.remote.RulePublication;
import org.relapsecds.authoring.remote.Verdict;
import org.relapsecds.authoring.store.HistoryEntry;
import org.relapsecds.authoring.store.RuleSnapshot;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.authoring.store.StaleVersionException;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleSource;

/**
 * The knowledge lifecycle: draft edits with optimistic concurrency, validation, impact, publishing
 * through the gate, rollback, reload, history and diff. Speaks in domain results and {@link
 * LifecycleException}s; it knows no HTTP.
 *
 * <p>Every write to the store and every switch of the live knowledge base happens under one lock,
 * so publishes are serialised and an edit never interleaves with a publish. Evaluations never take
 * the lock: they read {@link LiveKnowledgeBase#current()}, which a publish switches after the gate
 * has passed and the commit is written. A refused or failed publish therefore leaves both the live
 * knowledge base and the store as they were.
 */
public class RuleLifecycle {
  private final RuleStore store;
  private final Gate gate;
  private final RuleCheck ruleCheck;
  private final LiveKnowledgeBase live;
  private final LifecycleAudit audit;
  private final DraftImpact impact;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final AtomicReference<String> activeCommit = new AtomicReference<>();
  private final RuleActivation activation;
  private final PublishedRules published;

  /**
   * @param ruleCheck the gate's rule check, run on every draft save
   * @param maxGridCases sample the impact grid down to this many cases; 0 keeps the whole grid
   */
  public RuleLifecycle(
      RuleStore store,
      Gate gate,
      RuleCheck ruleCheck,
      LiveKnowledgeBase live,
      AuditTrail audit,
      int maxGridCases) {
    this(store, gate, ruleCheck, live, audit, maxGridCases, RulePublication.LOCAL_ONLY);
  }

  /**
   * @param publication what makes a new active commit the published one (several servers: the push
   *     to the rule remote, {@link org.relapsecds.authoring.remote.RuleReplica})
   */
  public RuleLifecycle(
      RuleStore store,
      Gate gate,
      RuleCheck ruleCheck,
      LiveKnowledgeBase live,
      AuditTrail audit,
      int maxGridCases,
      RulePublication publication) {
    this.store = store;
    this.gate = gate;
    this.ruleCheck = ruleCheck;
    this.live = live;
    this.audit = new LifecycleAudit(audit);
    this.impact = new DraftImpact(store, gate, live, maxGridCases);
    this.activeCommit.set(store.active().commit());
    this.activation =
        new RuleActivation(
            store, gate, live, this.audit, impact, writeLock, activeCommit, publication);
    this.published = new PublishedRules(store, gate, live, this.audit, writeLock, activeCommit);
  }

  // --- reading ---

  /** Every rule file with its active and draft version. */
  public RuleFiles files() {
    RuleSnapshot now = store.active();
    RuleSnapshot draft = store.draft();
    TreeSet<String> names = new TreeSet<>(now.blobIds().keySet());
    names.addAll(draft.blobIds().keySet());
    List<RuleFiles.RuleFile> files = new ArrayList<>();
    for (String name : names) {
      files.add(RuleFiles.RuleFile.of(name, now.blobIds().get(name), draft.blobIds().get(name)));
    }
    KnowledgeBase kb = live.current();
    return new RuleFiles(
        activeCommit.get(),
        kb.version(),
        kb.ruleCount(),
        draft.commit(),
        store.hasPendingDraft(),
        files);
  }

  /** The draft text of a file with its version. */
  public Optional<RuleText> file(String file) {
    RuleFileNames.require(file);
    RuleSnapshot draft = store.draft();
    return draft.file(file).map(s -> new RuleText(draft.blobIds().get(file), s.text()));
  }

  /** Rule check and compile of the draft with one file replaced; nothing is saved. */
  public Validation validate(String file, String text) {
    RuleFileNames.require(file);
    List<RuleSource> sources = new ArrayList<>();
    store.draft().sources().stream().filter(s -> !s.file().equals(file)).forEach(sources::add);
    sources.add(new RuleSource(file, text == null ? "" : text));
    GateResult verdict = gate.validate(sources);
    return new Validation(
        verdict.passed(),
        verdict.compileProblems().stream()
            // the edited file first: a syntax error there makes errors elsewhere follow
            .sorted(Comparator.comparing(p -> !p.file().equals(file)))
            .toList(),
        verdict.lint(),
        verdict.compiled());
  }

  /** The pending draft against the active rules. */
  public DraftChanges draft() {
    RuleSnapshot draft = store.draft();
    String base = activeCommit.get();
    return new DraftChanges(
        base,
        live.current().version(),
        draft.commit(),
        store.hasPendingDraft(),
        store.diff(base, draft.commit()));
  }

  /**
   * The draft's impact on the reference corpus; the draft must pass the rule check and compile. One
   * analysis runs at a time per server: a request while one runs is refused ({@link
   * LifecycleException.Busy}) rather than queued behind it.
   */
  public ImpactReport impact() {
    return impact.analyseOrRefuse();
  }

  /** The guard of {@link #impact()}, for callers (and tests) that run heavy work under it. */
  public OneAtATime impactRuns() {
    return impact.runs();
  }

  /** The activations, newest first, or with a file, every change of it. */
  public List<HistoryEntry> history(String file, int limit) {
    if (file != null) {
      RuleFileNames.require(file);
    }
    return store.history(file, limit);
  }

  // --- draft edits ---

  /**
   * Saves a draft change of one file.
   *
   * @param text new rule text, or null to delete
   * @param expectedVersion the version the editor read; null to create a file that must not exist
   * @return the file's new version, or null after a delete
   */
  public String save(String file, String text, String expectedVersion, String editor) {
    RuleFileNames.require(file);
    if (text != null) {
      requirePassesRuleCheck(file, text);
    }
    boolean create = expectedVersion == null;
    writeLock.lock();
    try {
      String action = text == null ? "rule.delete" : create ? "rule.create" : "rule.save";
      String description =
          (text == null ? "Delete " : create ? "Create " : "Edit ") + file + " (draft)";
      String commit;
      try {
        commit = store.saveDraft(file, text, expectedVersion, editor, description);
      } catch (StaleVersionException e) {
        throw new LifecycleException.StaleVersion(
            create
                ? file + " already exists; edit it with If-Match instead"
                : e.getMessage() + "; reload it and apply your change again",
            e.currentVersion());
      }
      String version = store.draft().blobIds().get(file);
      audit.draftSaved(editor, action, file, commit);
      return version;
    } finally {
      writeLock.unlock();
    }
  }

  /** Drops the pending draft. */
  public void discardDraft(String editor) {
    writeLock.lock();
    try {
      String commit = store.draft().commit();
      store.discardDraft();
      audit.draftDiscarded(editor, commit);
    } finally {
      writeLock.unlock();
    }
  }

  // --- switching the active rules ---

  /**
   * Publishes the draft through the gate.
   *
   * @param confirmedDraft the draft version whose impact the editor reviewed
   */
  public Activation publish(String reason, String confirmedDraft, String editor) {
    return activation.publish(reason, confirmedDraft, editor);
  }

  /** Makes an earlier version active again (given by knowledge-base version or commit). */
  public Activation rollback(String version, String commit, String reason, String editor) {
    return activation.rollback(version, commit, reason, editor);
  }

  /** Picks up the rule files as outside tools left them in the store's working folder. */
  public Activation reload(String reason, String editor) {
    return activation.reload(reason, editor);
  }

  // --- several servers (authoring.remote) ---

  /**
   * Activates rules another server published: under the write lock, {@code step} moves the store to
   * the published commit if the rule check and the compiler accept it, and what it returns becomes
   * live here.
   */
  public void adoptPublished(
      java.util.function.Function<
              Verdict.Verifier<KnowledgeBase>, Optional<Adoption<KnowledgeBase>>>
          step,
      String server) {
    published.adopt(step, server);
  }

  /** Checks and compiles a commit another server announced, without the lock. */
  public void prepare(String commit) {
    published.prepare(commit);
  }

  // --- checks ---

  /**
   * A draft may be unfinished (the parser may not read it yet), but it never holds what a rule may
   * not say: the check runs on save too, so unsafe text is not even stored.
   */
  private void requirePassesRuleCheck(String file, String text) {
    List<GateFailure> failures =
        ruleCheck.check(new RuleSource(file, text)).stream()
            .filter(f -> !f.isSyntax())
            .map(f -> new GateFailure("lint", f.file(), f.line(), f.column(), f.message()))
            .toList();
    if (!failures.isEmpty()) {
      throw new LifecycleException.RuleCheckRefused(
          "The draft was not saved: "
              + failures.size()
              + " finding(s) of what a rule may not say (see failures).",
          failures);
    }
  }
}
