package org.relapsecds.api.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Evaluations over the API while the rules are published again and again: none fails, and each
 * names exactly one knowledge-base version, one that was active at some point.
 */
class PublishConcurrencyTest extends AuthoringTestSupport {
  private static final int PUBLISHES = 3;
  private static final int MIN_EVALUATIONS = 2000;
  private static final int THREADS = 2;

  @Test
  void evaluationsDuringRepeatedPublishesNeverFailAndNameOnePublishedVersion() throws Exception {
    String body = example();
    Set<String> published = ConcurrentHashMap.newKeySet();
    published.add(active.current().version());
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger evaluations = new AtomicInteger();
    AtomicBoolean publishing = new AtomicBoolean(true);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(
          pool.submit(
              () -> {
                while (publishing.get() || evaluations.get() < MIN_EVALUATIONS) {
                  try {
                    MockHttpServletResponse response =
                        mvc.perform(
                                post("/api/v1/evaluations")
                                    .with(service())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body))
                            .andReturn()
                            .getResponse();
                    if (response.getStatus() != 200) {
                      failures.add(response.getStatus() + " " + response.getContentAsString());
                    } else {
                      seen.add(
                          JsonPath.read(response.getContentAsString(), "$.knowledgeBase.version"));
                    }
                  } catch (Exception e) {
                    failures.add(e.toString());
                  }
                  evaluations.incrementAndGet();
                }
                return null;
              }));
    }
    try {
      for (int i = 0; i < PUBLISHES; i++) {
        String file = "concurrency.drl";
        String etag = repository.draft().blobIds().get(file);
        service.save(file, alertRuleFile("publish " + i), etag, "alice");
        String draft = repository.draft().commit();
        published.add(
            service.publish("Concurrency publish " + i, draft, "alice").knowledgeBaseVersion());
      }
    } finally {
      publishing.set(false);
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();
    }

    assertThat(failures).isEmpty();
    assertThat(evaluations.get()).isGreaterThanOrEqualTo(MIN_EVALUATIONS);
    assertThat(published).hasSize(PUBLISHES + 1);
    assertThat(seen).isNotEmpty().isSubsetOf(published);
  }

  private static String example() throws Exception {
    try (InputStream in =
        PublishConcurrencyTest.class.getResourceAsStream(
            "/org/relapsecds/api/contract-example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
