package org.relapsecds.api.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.evaluation.EvaluationResponse;
import org.relapsecds.api.problem.ServiceNotReadyException;

/** The writer behind the request threads: drain on shutdown, a full queue, digest-only cases. */
class DecisionRecorderTest {
  private static final byte[] CASE = "{\"caseId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);

  private static EvaluationResponse response(String id) {
    return new EvaluationResponse(
        id,
        "c-1",
        new EvaluationResponse.KnowledgeBaseRef("v1", 1),
        new EvaluationResponse.RelapseView(null, null, 42, 18),
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static void record(DecisionRecorder recorder, String id) {
    recorder.record(
        id, Channels.SINGLE, new Caller(Caller.API_KEY, "ward"), null, CASE, response(id), 1000);
  }

  private static long all(DecisionStore store) {
    return store.count(new DecisionQuery(null, null, null, null, null, null, 0, 1));
  }

  @Test
  void aCleanShutdownWritesEveryQueuedDecisionBeforeItReturns() {
    DecisionStore slow =
        new DecisionStore(Databases.fresh("h2")) {
          @Override
          public void insert(List<DecisionRecord> records) {
            sleep(20); // a slow database: the queue is far from empty when the stop begins
            super.insert(records);
          }
        };
    DecisionRecorder recorder =
        new DecisionRecorder(
            slow, Clock.systemUTC(), true, 1000, 10, Duration.ofSeconds(1), Duration.ofSeconds(60));
    recorder.start();
    for (int i = 0; i < 500; i++) {
      record(recorder, "d-" + i);
    }
    assertThat(recorder.backlog()).isPositive();

    recorder.stop();

    assertThat(all(slow)).isEqualTo(500);
    assertThat(recorder.isRunning()).isFalse();
    assertThatThrownBy(() -> record(recorder, "late"))
        .isInstanceOf(ServiceNotReadyException.class)
        .hasMessageContaining("not accepting");
  }

  @Test
  void whenTheQueueStaysFullTheEvaluationIsRefusedRatherThanAnsweredUnrecorded() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    DecisionStore stuck =
        new DecisionStore(Databases.fresh("h2")) {
          @Override
          public void insert(List<DecisionRecord> records) {
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            super.insert(records);
          }
        };
    DecisionRecorder recorder =
        new DecisionRecorder(
            stuck, Clock.systemUTC(), true, 2, 1, Duration.ofMillis(50), Duration.ofSeconds(30));
    recorder.start();
    record(recorder, "taken-by-the-writer");
    sleep(300);
    record(recorder, "queued-1");
    record(recorder, "queued-2");

    assertThatThrownBy(() -> record(recorder, "refused"))
        .isInstanceOf(ServiceNotReadyException.class)
        .hasMessageContaining("decision log is behind");
    release.countDown();
    recorder.stop();
    assertThat(all(stuck)).isEqualTo(3);
    assertThat(stuck.find("refused")).isEmpty();
  }

  @Test
  void withStoreCaseOffOnlyTheDigestOfTheCaseIsKept() {
    DecisionStore store = new DecisionStore(Databases.fresh("h2"));
    DecisionRecorder recorder =
        new DecisionRecorder(
            store, Clock.systemUTC(), false, 10, 10, Duration.ofSeconds(1), Duration.ofSeconds(30));
    recorder.start();
    record(recorder, "digest-only");
    recorder.stop();

    DecisionRecord stored = store.find("digest-only").orElseThrow();
    assertThat(stored.caseJson()).isNull();
    assertThat(stored.caseSha256()).isEqualTo(DecisionRecorder.sha256(CASE)).hasSize(64);
    assertThat(stored.caseId()).isEqualTo("c-1");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
