package org.relapsecds.api.decisions;

/** The ways an evaluation reaches the service, as the decision log records them. */
public final class Channels {
  /** {@code POST /api/v1/evaluations} by a calling system (API key or HTTP Basic). */
  public static final String SINGLE = "single";

  /** One line of {@code POST /api/v1/evaluations/batch}. */
  public static final String BATCH = "batch";

  /** {@code POST /api/v1/evaluations} from the web UI's case workbench (browser session). */
  public static final String WORKBENCH = "workbench";

  /** A CDS Hooks service call. */
  public static final String CDS_HOOKS = "cds-hooks";

  private Channels() {}
}
