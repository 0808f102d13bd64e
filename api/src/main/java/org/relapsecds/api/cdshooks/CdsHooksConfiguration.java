package org.relapsecds.api.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import org.relapsecds.api.cdshooks.feedback.CardStore;
import org.relapsecds.api.cdshooks.fhir.CodeLists;
import org.relapsecds.api.cdshooks.fhir.FhirServerClient;
import org.relapsecds.api.cdshooks.fhir.RecordMapper;
import org.relapsecds.api.cdshooks.fhir.RecordReader;
import org.relapsecds.api.cdshooks.security.ClientVerifier;
import org.relapsecds.api.cdshooks.security.TokenIdTable;
import org.relapsecds.api.evaluation.CaseMapper;
import org.relapsecds.api.evaluation.EvaluationService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the CDS Hooks feature; configuration errors (bad code list, bad jwks-uri) stop start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CdsHooksProperties.class)
class CdsHooksConfiguration {
  // one context per process: costly to build, thread-safe
  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4();
  }

  @Bean
  CodeLists codeLists(CdsHooksProperties properties) {
    return new CodeLists(properties.codes());
  }

  // The jti replay check is in the database, shared by every server on it (V11).
  @Bean
  ClientVerifier clientVerifier(CdsHooksProperties properties, Clock clock, JdbcClient jdbc) {
    return new ClientVerifier(
        properties, clock, new TokenIdTable(jdbc, clock, properties.tokenIdPurgeInterval()));
  }

  @Bean
  HookJson hookJson() {
    return new HookJson();
  }

  @Bean
  CdsHooksService cdsHooksService(
      FhirContext fhir,
      CodeLists codes,
      CdsHooksProperties properties,
      CaseMapper cases,
      EvaluationService evaluations,
      CardStore store,
      JsonMapper json) {
    return new CdsHooksService(
        new RecordReader(fhir, new FhirServerClient()),
        new RecordMapper(codes),
        cases,
        evaluations,
        new OrderedAgents(properties, fhir),
        store,
        json);
  }
}
