package org.relapsecds.authoring.lifecycle;

import java.util.List;
import org.relapsecds.authoring.gate.GateFailure;

/**
 * Why the lifecycle did not do what was asked. Nothing was changed when one of these is thrown: the
 * active rules, the draft and the store are as they were. Each kind says what went wrong in domain
 * terms; the HTTP adapter chooses a status for each (none is chosen here).
 */
public abstract sealed class LifecycleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LifecycleException(String detail) {
    super(detail);
  }

  /** One bad field of a request. */
  public record InvalidField(String field, String message) {}

  /** Input the lifecycle cannot act on (a bad file name, a missing reason). */
  public static final class InvalidInput extends LifecycleException {
    private static final long serialVersionUID = 1L;
    private final transient List<InvalidField> fields;

    /** Input with the named bad fields (may be none when the request as a whole is wrong). */
    public InvalidInput(String detail, List<InvalidField> fields) {
      super(detail);
      this.fields = List.copyOf(fields);
    }

    public List<InvalidField> fields() {
      return fields;
    }
  }

  /** No such rule file, version or commit. */
  public static final class NotFound extends LifecycleException {
    private static final long serialVersionUID = 1L;

    public NotFound(String detail) {
      super(detail);
    }
  }

  /** The state of the rules does not allow this now (a pending draft, outside edits, ...). */
  public static final class Conflict extends LifecycleException {
    private static final long serialVersionUID = 1L;

    public Conflict(String detail) {
      super(detail);
    }
  }

  /**
   * A change the rule remote did not take (several servers): another server published first, or the
   * remote could not be reached. The local commit was undone.
   */
  public static final class NotPublished extends LifecycleException {
    private static final long serialVersionUID = 1L;
    private final boolean remoteChanged;

    public NotPublished(String detail, boolean remoteChanged) {
      super(detail);
      this.remoteChanged = remoteChanged;
    }

    /** True: another server won; false: the remote was unreachable. */
    public boolean remoteChanged() {
      return remoteChanged;
    }
  }

  /** A publish that does not name the draft whose impact the editor reviewed. */
  public static final class ImpactNotConfirmed extends LifecycleException {
    private static final long serialVersionUID = 1L;
    private final String draftCommit;

    public ImpactNotConfirmed(String detail, String draftCommit) {
      super(detail);
      this.draftCommit = draftCommit;
    }

    /** The draft as it is now. */
    public String draftCommit() {
      return draftCommit;
    }
  }

  /** A conditional edit of a file whose version is no longer the one the editor read. */
  public static final class StaleVersion extends LifecycleException {
    private static final long serialVersionUID = 1L;
    private final String currentVersion;

    public StaleVersion(String detail, String currentVersion) {
      super(detail);
      this.currentVersion = currentVersion;
    }

    /** The file's version now; null when it does not exist. */
    public String currentVersion() {
      return currentVersion;
    }
  }

  /** Rules refused with the failing points that say why (rule check, compile, gate steps). */
  public abstract static sealed class RulesRefused extends LifecycleException {
    private static final long serialVersionUID = 1L;
    private final transient List<GateFailure> failures;

    RulesRefused(String detail, List<GateFailure> failures) {
      super(detail);
      this.failures = List.copyOf(failures);
    }

    /** Every failing point, in step order. */
    public List<GateFailure> failures() {
      return failures;
    }
  }

  /** Rule text that says what a rule may not say: refused on save, never stored. */
  public static final class RuleCheckRefused extends RulesRefused {
    private static final long serialVersionUID = 1L;

    public RuleCheckRefused(String detail, List<GateFailure> failures) {
      super(detail, failures);
    }
  }

  /** A draft that fails the rule check or does not compile, where a compiled draft is needed. */
  public static final class DraftInvalid extends RulesRefused {
    private static final long serialVersionUID = 1L;

    public DraftInvalid(String detail, List<GateFailure> failures) {
      super(detail, failures);
    }
  }

  /** The publishing gate refused the rules: they were not activated. */
  public static final class GateRefused extends RulesRefused {
    private static final long serialVersionUID = 1L;

    public GateRefused(String detail, List<GateFailure> failures) {
      super(detail, failures);
    }
  }

  /** A draft that did not finish for a reference case (an evaluation limit stopped it). */
  public static final class DraftDoesNotFinish extends LifecycleException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> rulesInvolved;

    public DraftDoesNotFinish(String detail, List<String> rulesInvolved) {
      super(detail);
      this.rulesInvolved = List.copyOf(rulesInvolved);
    }

    public List<String> rulesInvolved() {
      return rulesInvolved;
    }
  }

  /** A CPU-heavy task that runs one at a time per server is running; try again later. */
  public static final class Busy extends LifecycleException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public Busy(String detail, long retryAfterSeconds) {
      super(detail);
      this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
