package org.relapsecds.api.replication;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.relapsecds.authoring.lifecycle.RuleLifecycle;
import org.relapsecds.authoring.remote.RuleReplica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Keeps this server on the published rules: once at start-up, before the server reports ready (the
 * start-up runners finish before readiness), then every {@code cds.rules.remote.fetch-interval}.
 * Each round fetches (without the authoring lock, so a slow remote never blocks an editor), then
 * adopts the published head under the lock, then checks and compiles the candidates other servers
 * announced (they are about to publish them), so their publication here is a swap. A failure is
 * logged and the round repeats; the rules being served stay.
 */
final class RemoteFollower implements ApplicationRunner, Ordered, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RemoteFollower.class);

  private final RuleReplica replica;
  private final RuleLifecycle service;
  private final Duration interval;
  private final String serverName;
  private final ScheduledExecutorService loop =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rule-remote-fetch");
            t.setDaemon(true);
            return t;
          });

  RemoteFollower(RuleReplica replica, RuleLifecycle service, Duration interval, String serverName) {
    this.replica = replica;
    this.service = service;
    this.interval = interval;
    this.serverName = serverName;
  }

  /** After the first knowledge base is active (KnowledgeBaseStartup runs first). */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public void run(ApplicationArguments args) {
    long start = System.nanoTime();
    round();
    log.info(
        "Compared with the rule remote {} in {} ms: {}",
        replica.remote(),
        (System.nanoTime() - start) / 1_000_000,
        replica.status());
    loop.scheduleWithFixedDelay(
        this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One fetch and adopt; never throws, so the schedule goes on. */
  void round() {
    try {
      if (replica.fetch()) {
        service.adoptPublished(replica::adopt, serverName);
        for (String candidate : replica.newCandidates()) {
          service.prepare(candidate);
          if (replica.fetch()) { // it may be published by now
            service.adoptPublished(replica::adopt, serverName);
          }
        }
      }
    } catch (RuntimeException e) {
      log.error("Catching up with the rule remote failed; the served rules stay", e);
    }
  }

  @Override
  public void close() {
    loop.shutdownNow();
  }
}
