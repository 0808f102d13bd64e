package org.relapsecds.api.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) as a contract that a generated client can trust
 * (docs/api.md, "The API document as a contract"): title, licence, a relative server, the security
 * schemes, and one customizer that completes what the controllers' annotations leave implicit.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {
  static {
    // A JsonNode member holds any JSON value (a stored case, feedback), not the JsonNode class's
    // bean properties (isArray, nodeType, ...) that introspection would list.
    SpringDocUtils.getConfig()
        .replaceWithSchema(
            tools.jackson.databind.JsonNode.class,
            new Schema<>().description("Any JSON value, as stored"));
  }

  @Bean
  OpenAPI relapseCdsOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("relapse-cds API")
                .version("v1")
                .description(
                    "Clinical decision support for relapsed or refractory childhood ALL. Supports"
                        + " the decisions of qualified clinicians; not a treatment order. Errors"
                        + " are RFC 9457 problem documents (application/problem+json) with their"
                        + " extension members (errors, currentEtag, failures, ...) at the top"
                        + " level.")
                .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
        // Relative: the document is right for whatever address the server is reached at (a proxy,
        // a random test port), and says nothing about the machine that generated it.
        .addServersItem(new Server().url("/").description("The server that serves this document"))
        .addTagsItem(new Tag().name("Evaluation").description("Evaluate cases (one, or NDJSON)"))
        .addTagsItem(
            new Tag().name("Knowledge base").description("The active rules and their evidence"))
        .addTagsItem(
            new Tag()
                .name("Rules")
                .description("Rule authoring: read, edit (ETag), validate, publish, roll back"))
        .addTagsItem(new Tag().name("Decisions").description("The decision log and its replay"))
        .addTagsItem(new Tag().name("Audit").description("The audit trail"))
        .addTagsItem(new Tag().name("Session").description("Who is calling"))
        .components(
            new Components()
                .addSecuritySchemes(
                    "apiKey",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key"))
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                // CDS Hooks 2.0: a JWT signed by an allow-listed CDS client (docs/cds-hooks.md)
                .addSecuritySchemes(
                    "cdsHooksJwt",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                            "CDS Hooks client JWT: asymmetric alg (RS384, ES384, ...), iss"
                                + " allow-listed, aud the service URL, exp/iat, jti once.")))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  @Bean
  OpenApiCustomizer apiContract() {
    return new ApiContract();
  }
}
