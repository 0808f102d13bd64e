package org.relapsecds.api.observability;

import java.lang.management.ManagementFactory;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Logs how long startup took until ready, and where to go (first among the ready listeners). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {
  private static final Logger log = LoggerFactory.getLogger("org.relapsecds.api");

  private final ActiveKnowledgeBase active;

  StartupReport(ActiveKnowledgeBase active) {
    this.active = active;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
    int port =
        event.getApplicationContext() instanceof WebServerApplicationContext web
                && web.getWebServer() != null
            ? web.getWebServer().getPort()
            : -1;
    String kb =
        active
            .find()
            .map(
                a ->
                    "knowledge base "
                        + a.knowledgeBase().version()
                        + " ("
                        + a.knowledgeBase().ruleCount()
                        + " rules)")
            .orElse("no knowledge base");
    String base = "http://localhost:" + port;
    log.info(
        "relapse-cds ready in {} ms ({} ms since JVM start), {}. Web UI: {}/  API docs: {}/swagger-ui.html"
            + "  Health: {}/actuator/health",
        event.getTimeTaken() == null ? -1 : event.getTimeTaken().toMillis(),
        sinceJvmStart,
        kb,
        base,
        base,
        base);
  }
}
