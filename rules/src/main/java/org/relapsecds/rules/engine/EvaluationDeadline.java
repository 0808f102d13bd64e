package org.relapsecds.rules.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * When one evaluation has used up its time budget.
 *
 * <p>The budget counts the evaluating thread's CPU time, not the clock on the wall: on a busy
 * machine a thread can wait for a core longer than the budget, and a sound case must not fail then
 * (on two cores at a load average of 9, with 16 concurrent requests, a wall-clock budget of 250 ms
 * failed 39 of 2,425 evaluations of the contract example with a 500). A runaway rule computes, so
 * it reaches the CPU budget all the same; one that waits without computing is stopped at {@value
 * #WALL_CLOCK_CAP} budgets of wall-clock time.
 *
 * <p>Reading a thread's CPU clock is a system call, so it is read once at the start and, after
 * that, only once the cheap wall clock (read before every firing) has passed the budget: then the
 * deadline moves on by the CPU time still left. Where the JVM cannot measure thread CPU time, the
 * budget is wall-clock time.
 */
final class EvaluationDeadline {
  /** How many budgets of wall-clock time an evaluation may take at most. */
  static final int WALL_CLOCK_CAP = 10;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_CLOCK =
      THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  private final long budget;
  private final long wallStart;
  private final long cpuStart;
  private final long cap;
  private long next;

  /** Starts the clock of an evaluation on the current thread. */
  EvaluationDeadline(long budgetNanos) {
    this.budget = budgetNanos;
    this.wallStart = System.nanoTime();
    this.cpuStart = CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : 0;
    this.next = wallStart + budgetNanos;
    this.cap =
        wallStart + Math.min(budgetNanos, Long.MAX_VALUE / (2 * WALL_CLOCK_CAP)) * WALL_CLOCK_CAP;
  }

  /** Whether the budget is used up; on the evaluating thread only. */
  boolean passed() {
    long now = System.nanoTime();
    if (now - next <= 0) {
      return false;
    }
    if (!CPU_CLOCK || now - cap >= 0) {
      return true;
    }
    long used = THREADS.getCurrentThreadCpuTime() - cpuStart;
    if (used >= budget) {
      return true;
    }
    next = now + (budget - used); // the rest cannot take less wall-clock time than CPU time
    return false;
  }

  /** Wall-clock time since the start. */
  long elapsedNanos() {
    return System.nanoTime() - wallStart;
  }
}
