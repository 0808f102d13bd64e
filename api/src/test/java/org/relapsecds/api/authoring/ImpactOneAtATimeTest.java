package org.relapsecds.api.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The impact analysis runs one at a time: a second request is refused with 429, not queued. */
class ImpactOneAtATimeTest extends AuthoringTestSupport {

  @Test
  void aSecondAnalysisWhileOneRunsIsRefusedWithRetryAfter() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    CompletableFuture<Object> first =
        CompletableFuture.supplyAsync(
            () ->
                service
                    .impactRuns()
                    .runAfterOthers(
                        () -> {
                          running.countDown();
                          try {
                            return finish.await(30, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                          }
                        }));
    assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

    MockHttpServletResponse second =
        mvc.perform(get("/api/v1/rules/draft/impact").with(editor())).andReturn().getResponse();
    finish.countDown();
    first.get(30, TimeUnit.SECONDS);

    assertThat(second.getStatus()).isEqualTo(429);
    assertThat(second.getContentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(second.getHeader("Retry-After"))).isPositive();
    assertThat(second.getContentAsString()).contains("urn:relapse-cds:problem:busy");
    assertThat(
            mvc.perform(get("/api/v1/rules/draft/impact").with(editor()))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("once the first has finished")
        .isNotEqualTo(429);
  }

  @Test
  void aClinicianMayNotRunIt() throws Exception {
    assertThat(
            mvc.perform(get("/api/v1/rules/draft/impact").with(clinician()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }
}
