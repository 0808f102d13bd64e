package org.relapsecds.api.knowledgebase;

import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The compiler, and the knowledge base's part in readiness and {@code /actuator/info}. */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

  @Bean
  @ConditionalOnMissingBean
  KnowledgeBaseCompiler knowledgeBaseCompiler() {
    return new KnowledgeBaseCompiler();
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
