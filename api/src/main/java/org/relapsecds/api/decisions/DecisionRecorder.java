package org.relapsecds.api.decisions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.relapsecds.api.evaluation.EvaluationResponse;
import org.relapsecds.api.problem.ServiceNotReadyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Records every evaluation off the request thread: the request thread only queues the evaluation (a
 * bounded queue); one writer thread takes what has queued up, up to a batch, and writes it in one
 * transaction.
 *
 * <ul>
 *   <li>Queue full (the database is slower than the evaluations, or down): the request thread waits
 *       up to {@code cds.decisions.queue-timeout} for room, then the evaluation is answered with
 *       503 and not returned. An outcome is never given without its record queued.
 *   <li>Database error: the writer keeps the batch and retries it (backing off to 5 s); nothing is
 *       dropped while the service runs. The queue then fills and evaluations get 503.
 *   <li>Clean shutdown: this stops after the web server (lower lifecycle phase), so no request is
 *       in flight; new records are refused, and the writer drains the queue completely before the
 *       database closes (for at most {@code cds.decisions.shutdown-timeout}, logging any loss).
 *   <li>Crash (kill -9, power loss): the queued, unwritten records are lost, at most the queue's
 *       capacity, in practice the evaluations of the last few milliseconds; see docs/operations.md.
 * </ul>
 */
public class DecisionRecorder implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(DecisionRecorder.class);

  /** Stops after the web server (whose phases are {@code DEFAULT_PHASE - 1024/2048}). */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  /** An evaluation waiting to be written. */
  private record Pending(
      String id,
      java.time.Instant at,
      String channel,
      Caller caller,
      String hookInstance,
      String knowledgeBaseVersion,
      String caseId,
      byte[] caseJson,
      DecisionOutcome outcome,
      long durationNanos) {}

  private final DecisionStore store;
  private final Clock clock;
  private final boolean storeCase;
  private final int batchSize;
  private final Duration queueTimeout;
  private final Duration shutdownTimeout;
  private final BlockingQueue<Pending> queue;
  private volatile boolean closed = true;
  private volatile boolean running;
  private Thread writer;

  public DecisionRecorder(
      DecisionStore store,
      Clock clock,
      boolean storeCase,
      int capacity,
      int batchSize,
      Duration queueTimeout,
      Duration shutdownTimeout) {
    this.store = store;
    this.clock = clock;
    this.storeCase = storeCase;
    this.batchSize = batchSize;
    this.queueTimeout = queueTimeout;
    this.shutdownTimeout = shutdownTimeout;
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /** A new decision id: a time-ordered UUID (version 7, {@link DecisionIds}). */
  public static String newId() {
    return DecisionIds.next();
  }

  /**
   * Queues one evaluation for the log.
   *
   * @param caseJson the case as received, in the evaluation request's JSON form
   * @throws ServiceNotReadyException when the log cannot take it (answered with 503): the caller
   *     must not return the outcome
   */
  public void record(
      String id,
      String channel,
      Caller caller,
      String hookInstance,
      byte[] caseJson,
      EvaluationResponse response,
      long durationNanos) {
    if (closed) {
      throw new ServiceNotReadyException("The decision log is not accepting records (shutdown).");
    }
    // Only the compact outcome waits in the queue, not the response with its texts and citations:
    // a full queue stays a few MB.
    Pending pending =
        new Pending(
            id,
            clock.instant(),
            channel,
            caller,
            hookInstance,
            response.knowledgeBase().version(),
            response.caseId(),
            caseJson,
            DecisionOutcome.of(response),
            durationNanos);
    boolean queued = queue.offer(pending);
    if (!queued) {
      try {
        queued = queue.offer(pending, queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!queued) {
      throw new ServiceNotReadyException(
          "The decision log is behind; the evaluation was not recorded and is not returned."
              + " Try again shortly.");
    }
    // Shutdown began while this was being queued: either the writer's final drain took it
    // (recorded), or it is still there and is withdrawn, so it is never acknowledged unrecorded.
    if (closed && queue.remove(pending)) {
      throw new ServiceNotReadyException("The decision log is not accepting records (shutdown).");
    }
  }

  /** Records waiting to be written (for metrics and tests). */
  public int backlog() {
    return queue.size();
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    closed = false;
    running = true;
    writer = new Thread(this::writeLoop, "decision-log-writer");
    writer.start();
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    closed = true;
    try {
      writer.join(shutdownTimeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (writer.isAlive()) {
      writer.interrupt();
      log.error(
          "Decision log: {} records could not be written within {} and are lost",
          queue.size(),
          shutdownTimeout);
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  private void writeLoop() {
    List<Pending> taken = new ArrayList<>(batchSize);
    long backoffMillis = 50;
    while (!closed || !queue.isEmpty() || !taken.isEmpty()) {
      try {
        if (taken.isEmpty()) {
          Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
          if (first == null) {
            continue;
          }
          taken.add(first);
          queue.drainTo(taken, batchSize - 1);
        }
        store.insert(taken.stream().map(this::toRecord).toList());
        taken.clear();
        backoffMillis = 50;
      } catch (InterruptedException e) {
        log.error("Decision log writer interrupted; {} records lost", taken.size() + queue.size());
        return;
      } catch (RuntimeException e) {
        log.error(
            "Decision log: cannot write {} records, retrying in {} ms",
            taken.size(),
            backoffMillis,
            e);
        try {
          Thread.sleep(backoffMillis);
        } catch (InterruptedException ie) {
          log.error(
              "Decision log writer interrupted; {} records lost", taken.size() + queue.size());
          return;
        }
        backoffMillis = Math.min(5000, backoffMillis * 2);
      }
    }
  }

  private DecisionRecord toRecord(Pending p) {
    return new DecisionRecord(
        p.id(),
        p.at(),
        p.channel(),
        p.caller(),
        p.hookInstance(),
        p.knowledgeBaseVersion(),
        p.caseId(),
        sha256(p.caseJson()),
        storeCase ? new String(p.caseJson(), StandardCharsets.UTF_8) : null,
        p.outcome(),
        p.durationNanos() / 1000,
        null);
  }

  /** SHA-256 of the case as received, hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
