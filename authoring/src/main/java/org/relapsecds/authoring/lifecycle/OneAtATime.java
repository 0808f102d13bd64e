package org.relapsecds.authoring.lifecycle;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Lets one CPU-heavy task run at a time per server. A request that finds one running is refused at
 * once ({@link LifecycleException.Busy}, with when to try again) instead of queueing: queued
 * analyses would pile up behind each other and hold a request thread each.
 */
public final class OneAtATime {
  private final ReentrantLock lock = new ReentrantLock();
  private final String busyMessage;

  /**
   * @param busyMessage the refusal's detail, e.g. "An impact analysis is already running."
   */
  public OneAtATime(String busyMessage) {
    this.busyMessage = busyMessage;
  }

  /**
   * Runs the task unless another is running.
   *
   * @param retryAfterSeconds the refusal's Retry-After, e.g. how long the last run took
   * @throws LifecycleException.Busy when another task is running
   */
  public <T> T runOrRefuse(Supplier<T> task, LongSupplier retryAfterSeconds) {
    if (!lock.tryLock()) {
      throw new LifecycleException.Busy(busyMessage, retryAfterSeconds.getAsLong());
    }
    try {
      return task.get();
    } finally {
      lock.unlock();
    }
  }

  /** Runs the task after the running one, for callers that are themselves serialised. */
  public <T> T runAfterOthers(Supplier<T> task) {
    lock.lock();
    try {
      return task.get();
    } finally {
      lock.unlock();
    }
  }
}
