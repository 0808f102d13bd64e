package org.relapsecds.rules.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Reusable Drools sessions of one knowledge base; thread-safe.
 *
 * <p>A new session builds the memory of every node and segment of the network it touches, which was
 * about a quarter of an evaluation. A session from Drools' pool keeps those memories: its {@code
 * dispose()} resets it (facts, agenda, globals and all event listeners) and returns it to the pool
 * instead of discarding it. The pool hands each session to one caller at a time, grows to the
 * number of evaluations that run at once, and is garbage together with its knowledge base.
 */
final class SessionPool {
  private final KieSessionsPool pool;

  SessionPool(KieBase kieBase) {
    // No session up front: many compiled knowledge bases (rule-editor validation) never evaluate.
    this.pool = kieBase.newKieSessionsPool(0);
  }

  /**
   * A session with no facts and no listeners, for the calling thread alone. The caller must {@code
   * dispose()} it, also on failure, which resets it and gives it back.
   */
  KieSession borrow() {
    return pool.newKieSession();
  }
}
