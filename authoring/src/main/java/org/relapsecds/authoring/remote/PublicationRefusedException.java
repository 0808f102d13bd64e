package org.relapsecds.authoring.remote;

/** A change of the active rules that the remote did not take; the local commit has been undone. */
public final class PublicationRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the remote did not take it. */
  public enum Reason {
    /** Another server published first: the change was based on a head that is no longer there. */
    REMOTE_CHANGED,
    /** The remote could not be reached or failed; nothing is known to be published. */
    REMOTE_UNAVAILABLE
  }

  private final Reason reason;

  public PublicationRefusedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
