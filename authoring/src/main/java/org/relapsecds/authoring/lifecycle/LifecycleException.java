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

  // the one fact a kind carries beside its message (the bad fields, the failures, the current
  // version, ...), kept here so that each kind only names it
  private final transient Object fact;

  LifecycleException(String detail) {
    this(detail, null);
  }

  LifecycleException(String detail, Object fact) {
    super(detail);
    this.fact = fact;
  }

  /** The fact given to the constructor, as the type the kind gave it. */
  @SuppressWarnings("unchecked")
  <T> T fact() {
    return (T) fact;
  }

  /** One bad field of a request. */
  public record InvalidField(String field, String message) {}

  /** Input the lifecycle cannot act on (a bad file name, a missing reason). */
  public static final class InvalidInput extends LifecycleException {
    private static final long serialVersionUID = 1L;

    /** Input with the named bad fields (may be none when the request as a whole is wrong). */
    public InvalidInput(String detail, List<InvalidField> fields) {
      super(detail, List.copyOf(fields));
    }

    public List<InvalidField> fields() {
      return fact();
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

    public NotPublished(String detail, boolean remoteChanged) {
      super(detail, remoteChanged);
    }

    /** True: another server won; false: the remote was unreachable. */
    public boolean remoteChanged() {
      return fact();
    }
  }

  /** A publish that does not name the draft whose impact the editor reviewed. */
  public static final class ImpactNotConfirmed extends LifecycleException {
    private static final long serialVersionUID = 1L;

    public ImpactNotConfirmed(String detail, String draftCommit) {
      super(detail, draftCommit);
    }

    /** The draft as it is now. */
    public String draftCommit() {
      return fact();
    }
  }

  /** A conditional edit of a file whose version is no longer the one the editor read. */
  public static final class StaleVersion extends LifecycleException {
    private static final long serialVersionUID = 1L;

    public StaleVersion(String detail, String currentVersion) {
      super(detail, currentVersion);
    }

    /** The file's version now; null when it does not exist. */
    public String currentVersion() {
      return fact();
    }
  }

  /**
   * Rules refused with the failing points that say why (rule check, compile, gate steps); the kinds
   * differ only in which step refused.
   */
  public abstract static sealed class RulesRefused extends LifecycleException {
    private static final long serialVersionUID = 1L;

    RulesRefused(String detail, List<GateFailure> failures) {
      super(detail, List.copyOf(failures));
    }

    /** Every failing point, in step order. */
    public List<GateFailure> failures() {
      return fact();
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

    public DraftDoesNotFinish(String detail, List<String> rulesInvolved) {
      super(detail, List.copyOf(rulesInvolved));
    }

    public List<String> rulesInvolved() {
      return fact();
    }
  }

  /** A CPU-heavy task that runs one at a time per server is running; try again later. */
  public static final class Busy extends LifecycleException {
    private static final long serialVersionUID = 1L;

    public Busy(String detail, long retryAfterSeconds) {
      super(detail, Math.max(1, retryAfterSeconds));
    }

    public long retryAfterSeconds() {
      return fact();
    }
  }
}
