package org.relapsecds.api.cdshooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * CDS Hooks configuration ({@code cds.hooks.*}); docs/cds-hooks.md lists every key.
 *
 * @param baseUrl the public base URL of this service (e.g. behind a proxy); tokens' {@code aud} and
 *     the cards' links use it. Unset: the URL as requested
 * @param clients the allow-listed CDS clients
 * @param algorithms accepted JWS algorithms; asymmetric ones only
 * @param clockSkew tolerance for {@code exp} and {@code iat}
 * @param maxTokenLifetime longest {@code exp - iat} accepted (bounds the replay store)
 * @param tokenIdPurgeInterval how often used token ids past their expiry are deleted from the
 *     database (the replay check, table {@code cds_token_id})
 * @param codes code lists overriding the defaults of {@link
 *     org.relapsecds.api.cdshooks.fhir.CodeList}, key to {@code system|code} entries
 * @param agentNames per order-check agent, words that name it in a medication's text (added to the
 *     agent's own name)
 * @param agentCodes per order-check agent, medication codes ({@code system|code}), e.g. the RxNorm
 *     codes a site has verified
 */
@ConfigurationProperties("cds.hooks")
public record CdsHooksProperties(
    String baseUrl,
    List<Client> clients,
    List<String> algorithms,
    Duration clockSkew,
    Duration maxTokenLifetime,
    Duration tokenIdPurgeInterval,
    Map<String, List<String>> codes,
    Map<String, List<String>> agentNames,
    Map<String, List<String>> agentCodes) {

  public CdsHooksProperties {
    clients = clients == null ? List.of() : List.copyOf(clients);
    algorithms =
        algorithms == null || algorithms.isEmpty()
            ? List.of(
                "RS384", "ES384", "RS256", "RS512", "ES256", "ES512", "PS256", "PS384", "PS512")
            : List.copyOf(algorithms);
    clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
    maxTokenLifetime = maxTokenLifetime == null ? Duration.ofMinutes(10) : maxTokenLifetime;
    tokenIdPurgeInterval =
        tokenIdPurgeInterval == null ? Duration.ofMinutes(1) : tokenIdPurgeInterval;
    codes = codes == null ? Map.of() : Map.copyOf(codes);
    agentNames = agentNames == null ? Map.of() : Map.copyOf(agentNames);
    agentCodes = agentCodes == null ? Map.of() : Map.copyOf(agentCodes);
  }

  /**
   * An allow-listed CDS client.
   *
   * @param issuer its {@code iss}
   * @param jwksUri its JWK Set: {@code https:}, {@code http:} on a loopback host only, or {@code
   *     file:}
   * @param name a label for logs, the decision log and feedback; default the issuer
   */
  public record Client(String issuer, String jwksUri, String name) {
    /** The label to record. */
    public String label() {
      return name == null || name.isBlank() ? issuer : name;
    }
  }
}
