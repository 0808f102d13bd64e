package org.relapsecds.api.decisions;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.relapsecds.api.audit.AuditLog;
import org.relapsecds.api.evaluation.EvaluationService;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the decision log.
 *
 * <p>Properties ({@code cds.decisions.*}): {@code retention} (ISO-8601 duration; empty keeps
 * everything), {@code retention-interval} (PT1H), {@code store-case} (true; false keeps only the
 * case's SHA-256), {@code queue-capacity} (10000), {@code batch-size} (500), {@code queue-timeout}
 * (PT1S: how long an evaluation waits for room before it is refused with 503), {@code
 * shutdown-timeout} (PT30S), {@code replay-cache-size} (3), and {@code enabled} (true; false only
 * to measure the log's overhead: evaluations are then not recorded).
 */
@Configuration(proxyBeanMethods = false)
class DecisionConfiguration {

  @Bean
  DecisionStore decisionStore(DataSource dataSource) {
    return new DecisionStore(dataSource);
  }

  @Bean
  @ConditionalOnProperty(
      name = "cds.decisions.enabled",
      havingValue = "true",
      matchIfMissing = true)
  DecisionRecorder decisionRecorder(
      DecisionStore store,
      Clock clock,
      @Value("${cds.decisions.store-case:true}") boolean storeCase,
      @Value("${cds.decisions.queue-capacity:10000}") int capacity,
      @Value("${cds.decisions.batch-size:500}") int batchSize,
      @Value("${cds.decisions.queue-timeout:PT1S}") Duration queueTimeout,
      @Value("${cds.decisions.shutdown-timeout:PT30S}") Duration shutdownTimeout) {
    return new DecisionRecorder(
        store, clock, storeCase, capacity, batchSize, queueTimeout, shutdownTimeout);
  }

  @Bean
  @ConditionalOnProperty(name = "cds.decisions.enabled", havingValue = "false")
  Object decisionLogDisabledWarning() {
    LoggerFactory.getLogger(DecisionRecorder.class)
        .warn("cds.decisions.enabled=false: evaluations are NOT recorded in the decision log");
    return new Object();
  }

  @Bean(destroyMethod = "close")
  DecisionRetention decisionRetention(
      DecisionStore store,
      AuditLog audit,
      Clock clock,
      @Value("${cds.decisions.retention:}") Duration retention,
      @Value("${cds.decisions.retention-interval:PT1H}") Duration interval) {
    return new DecisionRetention(store, audit, clock, retention, interval);
  }

  @Bean
  DecisionReplay decisionReplay(
      DecisionStore store,
      EvaluationService evaluation,
      ActiveKnowledgeBase active,
      RuleStore repository,
      KnowledgeBaseCompiler compiler,
      @Value("${cds.decisions.replay-cache-size:3}") int cacheSize) {
    return new DecisionReplay(store, evaluation, active, repository, compiler, cacheSize);
  }
}
