package org.relapsecds.rules.engine;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

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
  private final KieSessionConfiguration singleThreaded;

  SessionPool(KieBase kieBase) {
    // No session up front: many compiled knowledge bases (rule-editor validation) never evaluate.
    this.pool = kieBase.newKieSessionsPool(0);
    // Only one thread uses a session at a time, so it needs no locks and no queue for the inserts
    // of other threads: Drools then propagates each insert at once.
    this.singleThreaded = KieServices.Factory.get().newKieSessionConfiguration();
    singleThreaded.setOption(ThreadSafeOption.NO);
  }

  /**
   * A session with no facts and no listeners, for the calling thread alone. The caller must {@code
   * dispose()} it, also on failure, which resets it and gives it back.
   */
  KieSession borrow() {
    return pool.newKieSession(singleThreaded);
  }

  /**
   * Drops a session that was halted in the middle of an evaluation instead of returning it: it is
   * not given out again, and the garbage collector takes it with its facts.
   */
  void discard(KieSession session) {
    session.halt();
  }
}
