package org.relapsecds.api.config;

import java.time.Clock;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/** Service-wide beans: the clock that decides "in the future", and strict JSON binding. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

  /** UTC: a date is in the future only when it is after today everywhere on earth but one zone. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Unknown JSON properties are errors everywhere, not only in the evaluation endpoints. */
  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
