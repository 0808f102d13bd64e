package org.relapsecds.api.knowledgebase;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.relapsecds.api.problem.ServiceNotReadyException;
import org.relapsecds.authoring.lifecycle.LiveKnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The knowledge base that answers evaluations right now.
 *
 * <p>Switching is one atomic reference swap: an evaluation reads {@link #current()} once and uses
 * that knowledge base to the end, so every response names exactly one version, and a publish never
 * makes a running evaluation fail.
 */
@Component
public class ActiveKnowledgeBase implements LiveKnowledgeBase {
  private static final Logger log = LoggerFactory.getLogger(ActiveKnowledgeBase.class);

  /** The active knowledge base and the moment it became active. */
  public record Activation(KnowledgeBase knowledgeBase, Instant activatedAt) {}

  private final AtomicReference<Activation> active = new AtomicReference<>();

  /**
   * The active knowledge base.
   *
   * @throws ServiceNotReadyException before the first knowledge base is active (answered with 503)
   */
  @Override
  public KnowledgeBase current() {
    return activation().knowledgeBase();
  }

  /** The active knowledge base with its activation time; throws like {@link #current()}. */
  public Activation activation() {
    Activation activation = active.get();
    if (activation == null) {
      throw new ServiceNotReadyException("The knowledge base is still loading; try again shortly.");
    }
    return activation;
  }

  /** The active knowledge base, if any (for health and info, which must not throw). */
  public Optional<Activation> find() {
    return Optional.ofNullable(active.get());
  }

  /** Makes a compiled knowledge base the active one; evaluations already running are unaffected. */
  @Override
  public void activate(KnowledgeBase knowledgeBase) {
    Activation previous = active.getAndSet(new Activation(knowledgeBase, Instant.now()));
    log.info(
        "Knowledge base {} active ({} rules{})",
        knowledgeBase.version(),
        knowledgeBase.ruleCount(),
        previous == null ? "" : ", replaces " + previous.knowledgeBase().version());
  }
}
