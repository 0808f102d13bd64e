package org.relapsecds.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, description and security schemes. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
                        + " are RFC 9457 problem documents (application/problem+json).")
                .license(new License().name("Apache-2.0")))
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
}
