package org.relapsecds.api.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.jgit.lib.PersonIdent;
import org.relapsecds.api.audit.AuditLog;
import org.relapsecds.api.authoring.AuthoringViews.Activation;
import org.relapsecds.api.authoring.AuthoringViews.CompileError;
import org.relapsecds.api.authoring.AuthoringViews.DraftState;
import org.relapsecds.api.authoring.AuthoringViews.DraftView;
import org.relapsecds.api.authoring.AuthoringViews.FileEntry;
import org.relapsecds.api.authoring.AuthoringViews.FileListing;
import org.relapsecds.api.authoring.AuthoringViews.LintFinding;
import org.relapsecds.api.authoring.AuthoringViews.ValidationResult;
import org.relapsecds.api.authoring.gate.GateFailure;
import org.relapsecds.api.authoring.gate.GateResult;
import org.relapsecds.api.authoring.gate.PublishingGate;
import org.relapsecds.api.authoring.impact.ImpactAnalysis;
import org.relapsecds.api.authoring.impact.ImpactCorpus;
import org.relapsecds.api.authoring.impact.ImpactReport;
import org.relapsecds.api.authoring.impact.OneAtATime;
import org.relapsecds.api.authoring.repository.RuleRepository;
import org.relapsecds.api.authoring.repository.RuleSnapshot;
import org.relapsecds.api.authoring.repository.StaleVersionException;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.authoring.remote.Adoption;
import org.relapsecds.authoring.remote.PublicationRefusedException;
import org.relapsecds.authoring.remote.RulePublication;
import org.relapsecds.authoring.remote.Verdict;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.http.HttpStatus;

/**
 * The rule authoring lifecycle: draft edits with optimistic concurrency, validation, impact,
 * publishing through the gate, rollback and reload.
 *
 * <p>Every write to the repository and every switch of the active knowledge base happens under one
 * lock, so publishes are serialised and an edit never interleaves with a publish. Evaluations never
 * take the lock: they read {@link ActiveKnowledgeBase#current()}, which a publish swaps atomically
 * after the gate has passed and the commit is written. A refused or failed publish therefore leaves
 * both the active knowledge base and the repository as they were.
 */
public class RuleAuthoringService {
  private final RuleRepository repository;
  private final PublishingGate gate;
  private final ActiveKnowledgeBase active;
  private final AuditLog audit;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final OneAtATime impactRuns =
      new OneAtATime(
          "An impact analysis is already running on this server; try again when it has finished.");
  private final AtomicReference<String> activeCommit = new AtomicReference<>();
  private final AtomicReference<CachedDraft> draftCache = new AtomicReference<>();
  private final AtomicReference<ImpactReport> impactCache = new AtomicReference<>();
  private final Supplier<List<RelapseCase>> grid;
  private final RulePublication publication;
  private final AtomicReference<KnowledgeBase> prepared = new AtomicReference<>();

  /** A compiled draft, kept while the draft commit is unchanged. */
  private record CachedDraft(String commit, GateResult validation) {}

  public RuleAuthoringService(
      RuleRepository repository, PublishingGate gate, ActiveKnowledgeBase active, AuditLog audit) {
    this(repository, gate, active, audit, RulePublication.LOCAL_ONLY);
  }

  /**
   * @param publication what makes a new active commit the published one (several servers: the push
   *     to the rule remote, org.relapsecds.api.replication)
   */
  public RuleAuthoringService(
      RuleRepository repository,
      PublishingGate gate,
      ActiveKnowledgeBase active,
      AuditLog audit,
      RulePublication publication) {
    this.publication = publication;
    this.repository = repository;
    this.gate = gate;
    this.active = active;
    this.audit = audit;
    this.activeCommit.set(repository.active().commit());
    List<RelapseCase> corpus = ImpactCorpus.grid();
    this.grid = () -> corpus;
  }

  // --- reading ---

  public FileListing files() {
    RuleSnapshot now = repository.active();
    RuleSnapshot draft = repository.draft();
    TreeSet<String> names = new TreeSet<>(now.blobIds().keySet());
    names.addAll(draft.blobIds().keySet());
    List<FileEntry> files = new ArrayList<>();
    for (String name : names) {
      String a = now.blobIds().get(name);
      String d = draft.blobIds().get(name);
      DraftState state =
          a == null
              ? DraftState.ADDED
              : d == null
                  ? DraftState.DELETED
                  : a.equals(d) ? DraftState.UNCHANGED : DraftState.MODIFIED;
      files.add(new FileEntry(name, a, d, state));
    }
    KnowledgeBase kb = active.current();
    return new FileListing(
        activeCommit.get(),
        kb.version(),
        kb.ruleCount(),
        draft.commit(),
        repository.hasPendingDraft(),
        files);
  }

  /** The draft text of a file with its ETag (blob id). */
  public Optional<Map.Entry<String, String>> file(String file) {
    RuleSnapshot draft = repository.draft();
    return draft.file(file).map(s -> Map.entry(draft.blobIds().get(file), s.text()));
  }

  public ValidationResult validate(String file, String text) {
    List<RuleSource> sources = replace(repository.draft().sources(), file, text);
    GateResult result = gate.validate(sources);
    return new ValidationResult(
        result.passed(),
        result.compileProblems().stream()
            // the edited file first: a syntax error there makes errors elsewhere follow
            .sorted(java.util.Comparator.comparing(p -> !p.file().equals(file)))
            .map(p -> new CompileError(p.file(), p.line(), p.column(), p.message()))
            .toList(),
        result.lint().stream()
            .map(f -> new LintFinding(f.file(), f.line(), f.column(), f.code(), f.message()))
            .toList(),
        result.compiled());
  }

  public DraftView draft() {
    RuleSnapshot draft = repository.draft();
    String base = activeCommit.get();
    return new DraftView(
        base,
        active.current().version(),
        draft.commit(),
        repository.hasPendingDraft(),
        repository.diff(base, draft.commit()));
  }

  /**
   * The draft's impact on the reference corpus; the draft must pass lint and compile. The analysis
   * takes every core for a while, so one runs at a time per server: a request while one is running
   * is refused with a {@code ServiceBusyException} (429) rather than queued behind it.
   */
  public ImpactReport impact() {
    return impactRuns.runOrRefuse(
        this::analyseImpact,
        () -> {
          ImpactReport last = impactCache.get();
          return last == null ? 5 : (last.millis() + 999) / 1000;
        });
  }

  /** The guard of {@link #impact()}, for tests that hold it. */
  OneAtATime impactRuns() {
    return impactRuns;
  }

  private ImpactReport analyseImpact() {
    RuleSnapshot draft = repository.draft();
    KnowledgeBase candidate = compiledDraft(draft);
    KnowledgeBase now = active.current();
    ImpactReport cached = impactCache.get();
    if (cached != null
        && cached.activeVersion().equals(now.version())
        && cached.draftVersion().equals(candidate.version())) {
      return cached;
    }
    ImpactReport report;
    try {
      report = ImpactAnalysis.analyse(now, candidate, corpus(now));
    } catch (EvaluationLimitExceededException e) {
      throw new AuthoringException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "The draft did not finish for a reference case",
          "Knowledge base "
              + e.knowledgeBaseVersion()
              + " was stopped at the "
              + (e.limit() == EvaluationLimitExceededException.Limit.RULE_FIRINGS
                  ? "rule firing limit"
                  : "time budget")
              + "; no impact can be given. Rules involved: "
              + String.join(", ", e.rulesInvolved()),
          Map.of("rulesInvolved", e.rulesInvolved()));
    }
    impactCache.set(report);
    return report;
  }

  public List<org.relapsecds.api.authoring.repository.HistoryEntry> history(
      String file, int limit) {
    return repository.history(file, limit);
  }

  // --- draft edits ---

  /**
   * Saves a draft change of one file.
   *
   * @param text new DRL, or null to delete
   * @param ifMatch the ETag the editor read; null to create a file that must not exist
   * @return the file's new ETag, or null after a delete
   */
  public String save(String file, String text, String ifMatch, String editor) {
    requireFileName(file);
    if (text != null) {
      requirePassesRuleCheck(file, text);
    }
    writeLock.lock();
    try {
      String action = text == null ? "rule.delete" : ifMatch == null ? "rule.create" : "rule.save";
      String message =
          (text == null ? "Delete " : ifMatch == null ? "Create " : "Edit ")
              + file
              + " (draft)\n\nCds-Action: draft\n";
      String commit;
      try {
        commit = repository.saveDraft(file, text, ifMatch, person(editor), message);
      } catch (StaleVersionException e) {
        throw new AuthoringException(
            ifMatch == null ? HttpStatus.PRECONDITION_FAILED : HttpStatus.PRECONDITION_FAILED,
            "Precondition Failed",
            ifMatch == null
                ? file + " already exists; edit it with If-Match instead"
                : e.getMessage() + "; reload it and apply your change again",
            e.currentVersion() == null ? Map.of() : Map.of("currentEtag", e.currentVersion()));
      }
      String etag = repository.draft().blobIds().get(file);
      audit.record(editor, action, file, "draft commit " + commit);
      return etag;
    } finally {
      writeLock.unlock();
    }
  }

  /** Drops the pending draft. */
  public void discardDraft(String editor) {
    writeLock.lock();
    try {
      String commit = repository.draft().commit();
      repository.discardDraft();
      audit.record(editor, "draft.discard", commit, "pending draft discarded");
    } finally {
      writeLock.unlock();
    }
  }

  // --- switching the active rules ---

  public Activation publish(String reason, String confirmedDraft, String editor) {
    requireReason(reason);
    writeLock.lock();
    try {
      RuleSnapshot draft = repository.draft();
      if (!repository.hasPendingDraft()) {
        throw conflict("There is no pending draft to publish.");
      }
      if (repository.draftIsBehindActive()) {
        throw conflict(
            "The draft was started before the active rules last changed (rollback or reload);"
                + " discard it (DELETE /api/v1/rules/draft) and edit again.");
      }
      if (confirmedDraft == null || !confirmedDraft.equals(draft.commit())) {
        throw new AuthoringException(
            HttpStatus.CONFLICT,
            "Impact not confirmed",
            "Publishing needs draftCommit: the draft commit whose impact you reviewed"
                + " (GET /api/v1/rules/draft/impact). The draft is now at "
                + draft.commit()
                + ".",
            Map.of("draftCommit", draft.commit()));
      }
      requireCleanWorkingTree();
      publication.announce(draft.commit()); // replication call site: others compile meanwhile
      // the impact after the gate: rules that do not finish are refused before the impact
      // analysis would evaluate thousands of cases with them
      return switchTo(
          draft.sources(), true, reason, "publish", editor, draft.commit(), this::impactOrNull);
    } finally {
      writeLock.unlock();
    }
  }

  public Activation rollback(String version, String commit, String reason, String editor) {
    requireReason(reason);
    if ((version == null || version.isBlank()) == (commit == null || commit.isBlank())) {
      throw new AuthoringException(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "Give either version (a knowledge-base version) or commit, not both.");
    }
    writeLock.lock();
    try {
      String target =
          commit != null && !commit.isBlank()
              ? commit
              : repository
                  .commitOfVersion(version)
                  .orElseThrow(
                      () ->
                          new AuthoringException(
                              HttpStatus.NOT_FOUND,
                              "Not Found",
                              "No published commit has knowledge-base version " + version));
      RuleSnapshot snapshot =
          repository
              .at(target)
              .orElseThrow(
                  () ->
                      new AuthoringException(
                          HttpStatus.NOT_FOUND, "Not Found", "No commit " + target));
      if (repository.hasPendingDraft()) {
        throw conflict("A draft is pending: publish or discard it before rolling back.");
      }
      requireCleanWorkingTree();
      return switchTo(
          snapshot.sources(),
          false,
          reason + "\n\nRoll back to " + snapshot.commit(),
          "rollback",
          editor,
          snapshot.commit(),
          () -> null);
    } finally {
      writeLock.unlock();
    }
  }

  /** Picks up the DRL files as outside tools left them in the working tree. */
  public Activation reload(String reason, String editor) {
    writeLock.lock();
    try {
      if (repository.hasPendingDraft()) {
        throw conflict("A draft is pending: publish or discard it before reloading.");
      }
      List<RuleSource> sources = repository.workingTreeSources();
      RuleSnapshot head = repository.active();
      KnowledgeBase now = active.current();
      if (head.commit().equals(activeCommit.get())
          && head.sources().equals(sources)
          && repository.workingTreeIsClean()) {
        return new Activation(
            "reload", head.commit(), now.version(), now.version(), now.ruleCount(), null, 0);
      }
      return switchTo(
          sources,
          false,
          reason == null || reason.isBlank() ? "Reload edits made outside the editor" : reason,
          "reload",
          editor,
          repository.directory().toString(),
          () -> null);
    } finally {
      writeLock.unlock();
    }
  }

  /** Gate, commit, switch: in this order, so a refusal or a failed commit changes nothing. */
  private Activation switchTo(
      List<RuleSource> sources,
      boolean mergeDraft,
      String reason,
      String action,
      String editor,
      String target,
      Supplier<ImpactReport> impactAfterGate) {
    long start = System.nanoTime();
    KnowledgeBase before = active.current();
    GateResult result = gate.check(sources, before);
    if (!result.passed()) {
      audit.record(
          editor,
          "rules." + action + ".refused",
          target,
          result.failures().size() + " failing point(s): " + summary(result.failures()));
      throw new AuthoringException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Refused by the publishing gate",
          "The rules were not activated: "
              + result.failures().size()
              + " failing point(s). The active knowledge base and the repository are unchanged.",
          Map.of("failures", result.failures()));
    }
    KnowledgeBase candidate = result.knowledgeBase().orElseThrow();
    ImpactReport impact = impactAfterGate.get();
    String commit =
        repository.commitActive(
            sources, mergeDraft, person(editor), reason, action, candidate.version());
    pushToRemote(commit, action, editor); // replication call site: push, or undo and refuse
    active.activate(candidate);
    activeCommit.set(commit);
    audit.record(
        editor,
        "rules." + action,
        commit,
        "knowledge base "
            + before.version()
            + " -> "
            + candidate.version()
            + "; reason: "
            + reason.lines().findFirst().orElse(""));
    return new Activation(
        action,
        commit,
        before.version(),
        candidate.version(),
        candidate.ruleCount(),
        impact,
        (System.nanoTime() - start) / 1_000_000);
  }

  // --- replication (several servers share a rule remote: org.relapsecds.api.replication) ---

  /** Pushes the new commit; a refusal has undone it locally and becomes a 409 or 503 problem. */
  private void pushToRemote(String commit, String action, String editor) {
    try {
      publication.publish(commit);
    } catch (PublicationRefusedException e) {
      audit.record(editor, "rules." + action + ".refused", commit, e.getMessage());
      boolean raced = e.reason() == PublicationRefusedException.Reason.REMOTE_CHANGED;
      throw new AuthoringException(
          raced ? HttpStatus.CONFLICT : HttpStatus.SERVICE_UNAVAILABLE,
          raced ? "Published by another server first" : "Rule remote unavailable",
          e.getMessage() + " The active knowledge base and the repository are unchanged.");
    }
  }

  /**
   * Activates rules another server published: under the write lock, {@code step} moves the
   * repository to the published commit if the rule check and the compiler accept it (nothing else
   * of the gate: the publishing server ran all of it), and what it returns becomes active here.
   */
  public void adoptPublished(
      java.util.function.Function<
              Verdict.Verifier<KnowledgeBase>, Optional<Adoption<KnowledgeBase>>>
          step,
      String server) {
    writeLock.lock();
    try {
      Optional<Adoption<KnowledgeBase>> adoption = step.apply(this::verifyPublished);
      if (adoption.isEmpty()) {
        return;
      }
      Adoption<KnowledgeBase> adopted = adoption.get();
      String before = active.find().map(a -> a.knowledgeBase().version()).orElse("none");
      active.activate(adopted.value());
      activeCommit.set(adopted.commit());
      if (adopted.abandoned() != null) {
        audit.record(
            server,
            "rules.publish.abandoned",
            adopted.abandoned(),
            "local commit never reached the rule remote; replaced by " + adopted.commit());
      }
      audit.record(
          server,
          "rules.sync",
          adopted.commit(),
          "knowledge base "
              + before
              + " -> "
              + adopted.value().version()
              + " from the rule remote");
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Checks and compiles a commit another server is about to publish, without the lock, so that
   * adopting it later is a swap (the version is the content hash: the same files, the same
   * knowledge base). Only the newest candidate is kept.
   */
  public void prepare(String commit) {
    repository
        .at(commit)
        .map(s -> gate.validate(s.sources()))
        .flatMap(GateResult::knowledgeBase)
        .ifPresent(prepared::set);
  }

  private Verdict<KnowledgeBase> verifyPublished(String commit) {
    Optional<RuleSnapshot> snapshot = repository.at(commit);
    if (snapshot.isEmpty()) {
      return Verdict.refuse("commit " + commit + " is not in the local repository");
    }
    String version = KnowledgeBaseCompiler.version(snapshot.get().sources());
    KnowledgeBase now = active.current();
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
        .orElseGet(() -> Verdict.refuse(summary(result.failures())));
  }

  // --- helpers ---

  private ImpactReport impactOrNull() {
    // publishes are serialised by the write lock: waiting here for an editor's running analysis
    // keeps the one-at-a-time rule without refusing the publish
    try {
      return impactRuns.runAfterOthers(this::analyseImpact);
    } catch (AuthoringException e) {
      return null; // the gate reports why the draft cannot be compiled
    }
  }

  private KnowledgeBase compiledDraft(RuleSnapshot draft) {
    CachedDraft cached = draftCache.get();
    GateResult validation;
    if (cached != null && cached.commit().equals(draft.commit())) {
      validation = cached.validation();
    } else {
      validation = gate.validate(draft.sources());
      draftCache.set(new CachedDraft(draft.commit(), validation));
    }
    return validation
        .knowledgeBase()
        .orElseThrow(
            () ->
                new AuthoringException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Draft does not pass the rule check and compilation",
                    "The impact needs a draft that passes the rule check and compiles.",
                    Map.of("failures", validation.failures())));
  }

  private List<RelapseCase> corpus(KnowledgeBase kb) {
    List<RelapseCase> cases = new ArrayList<>(grid.get());
    int n = 0;
    for (RelapseCase c : gate.referenceCheck().cases(kb)) {
      n++;
      // scenario cases carry no id; name them so the impact view can point at them
      cases.add(c.getCaseId() != null ? c : c.toBuilder().caseId("reference-case-" + n).build());
    }
    return cases;
  }

  /**
   * A draft may be unfinished (the parser may not read it yet), but it never holds what a rule may
   * not say: the check runs on save too, so unsafe text is not even stored.
   */
  private void requirePassesRuleCheck(String file, String text) {
    List<GateFailure> failures =
        gate.ruleCheck().check(new RuleSource(file, text)).stream()
            .filter(f -> !f.isSyntax())
            .map(f -> new GateFailure("lint", f.file(), f.line(), f.column(), f.message()))
            .toList();
    if (!failures.isEmpty()) {
      throw new AuthoringException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Refused by the rule check",
          "The draft was not saved: "
              + failures.size()
              + " finding(s) of what a rule may not say (see failures).",
          Map.of("failures", failures));
    }
  }

  private void requireCleanWorkingTree() {
    if (!repository.workingTreeIsClean()) {
      throw conflict(
          "The repository folder has edits made outside the editor: reload them"
              + " (POST /api/v1/rules/reload) or revert them first.");
    }
  }

  static void requireFileName(String file) {
    if (file == null || !file.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.drl") || file.length() > 100) {
      throw new AuthoringException(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "file must be a DRL file name such as bfm.drl (letters, digits, '.', '_', '-').",
          Map.of("errors", List.of(Map.of("field", "file", "message", "not a DRL file name"))));
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new AuthoringException(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "A reason is required: it becomes the commit message.",
          Map.of("errors", List.of(Map.of("field", "reason", "message", "must not be blank"))));
    }
  }

  private static AuthoringException conflict(String detail) {
    return new AuthoringException(HttpStatus.CONFLICT, "Conflict", detail);
  }

  private static List<RuleSource> replace(List<RuleSource> sources, String file, String text) {
    requireFileName(file);
    List<RuleSource> result = new ArrayList<>();
    for (RuleSource s : sources) {
      if (!s.file().equals(file)) {
        result.add(s);
      }
    }
    result.add(new RuleSource(file, text == null ? "" : text));
    return result;
  }

  private static String summary(List<GateFailure> failures) {
    StringBuilder text = new StringBuilder();
    for (GateFailure f : failures.subList(0, Math.min(5, failures.size()))) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(f.step())
          .append(f.file() == null ? "" : " " + f.file() + ":" + f.line())
          .append(" ")
          .append(f.message());
    }
    return text.toString();
  }

  private static PersonIdent person(String editor) {
    return new PersonIdent(editor, editor + "@relapse-cds");
  }
}
