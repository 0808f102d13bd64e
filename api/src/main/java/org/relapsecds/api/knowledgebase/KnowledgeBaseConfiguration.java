package org.relapsecds.api.knowledgebase;

import java.time.Duration;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.rules.engine.EvaluationLimits;
import org.relapsecds.rules.engine.EvidenceSources;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The compiler, and the knowledge base's part in readiness and {@code /actuator/info}. */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

  /**
   * Every knowledge base this service compiles evaluates under the same limits: {@code
   * cds.evaluation.max-rule-firings} (default ten times the most firings of any reference case) and
   * {@code cds.evaluation.time-budget} (default 250 ms).
   */
  @Bean
  @ConditionalOnMissingBean
  KnowledgeBaseCompiler knowledgeBaseCompiler(Environment environment) {
    EvaluationLimits defaults = EvaluationLimits.DEFAULT;
    return new KnowledgeBaseCompiler(
        EvidenceSources.bundled(),
        new EvaluationLimits(
            environment.getProperty(
                "cds.evaluation.max-rule-firings", Integer.class, defaults.maxRuleFirings()),
            environment.getProperty(
                "cds.evaluation.time-budget", Duration.class, defaults.budget())));
  }

  /** What a rule may say: checked on every path that compiles DRL, start-up included. */
  @Bean
  @ConditionalOnMissingBean
  RuleCheck ruleCheck() {
    return RuleCheck.standard();
  }

  /** Part of the readiness group: the service is ready only with an active knowledge base. */
  @Bean
  HealthIndicator knowledgeBaseHealthIndicator(ActiveKnowledgeBase active) {
    return () ->
        active
            .find()
            .map(
                a ->
                    Health.up()
                        .withDetail("version", a.knowledgeBase().version())
                        .withDetail("ruleCount", a.knowledgeBase().ruleCount())
                        .build())
            .orElseGet(() -> Health.outOfService().withDetail("reason", "loading").build());
  }

  @Bean
  InfoContributor knowledgeBaseInfoContributor(ActiveKnowledgeBase active) {
    return builder ->
        active
            .find()
            .ifPresent(
                a ->
                    builder.withDetail(
                        "knowledgeBase",
                        java.util.Map.of(
                            "version", a.knowledgeBase().version(),
                            "ruleCount", a.knowledgeBase().ruleCount(),
                            "activatedAt", a.activatedAt().toString())));
  }
}
