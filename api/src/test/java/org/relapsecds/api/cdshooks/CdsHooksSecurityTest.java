package org.relapsecds.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Every service call needs a valid JWT from an allow-listed client; each failure is a 401. */
@ExtendWith(OutputCaptureExtension.class)
class CdsHooksSecurityTest extends CdsHooksTestSupport {
  static final String AUD = url("/cds-services/" + ASSESSMENT);

  static Stream<Arguments> badTokens() {
    Instant now = Instant.now();
    return Stream.of(
        Arguments.of("no Authorization header", null, "a JWT is required"),
        // the iat and exp of the CDS Hooks 2.0.1 example token, long past
        Arguments.of(
            "the specification example's exp and iat",
            CdsClientKeys.token(AUD)
                .issuedAt(Instant.ofEpochSecond(1311280970))
                .expires(Instant.ofEpochSecond(1422568860))
                .bearer(),
            "expired"),
        Arguments.of(
            "expired",
            CdsClientKeys.token(AUD)
                .issuedAt(now.minusSeconds(900))
                .expires(now.minusSeconds(600))
                .bearer(),
            "expired"),
        Arguments.of("wrong aud", CdsClientKeys.token(url("/cds-services/other")).bearer(), "aud"),
        Arguments.of(
            "aud of another host",
            CdsClientKeys.token("https://cds.other.example/cds-services/" + ASSESSMENT).bearer(),
            "aud"),
        Arguments.of(
            "HS256", CdsClientKeys.token(AUD).alg(JWSAlgorithm.HS256).bearer(), "alg HS256"),
        Arguments.of("alg none", "Bearer " + CdsClientKeys.token(AUD).unsigned(), "alg none"),
        Arguments.of(
            "unknown iss",
            CdsClientKeys.token(AUD).issuer("https://rogue.example").bearer(),
            "iss"),
        Arguments.of(
            "kid not in the JWKS", CdsClientKeys.token(AUD).kid("rsa-unknown").bearer(), "kid"),
        Arguments.of(
            "foreign jku",
            CdsClientKeys.token(AUD).jku("https://rogue.example/jwks.json").bearer(),
            "jku"),
        Arguments.of(
            "iat in the future",
            CdsClientKeys.token(AUD)
                .issuedAt(now.plusSeconds(600))
                .expires(now.plusSeconds(800))
                .bearer(),
            "iat"),
        Arguments.of(
            "lifetime over 10 minutes",
            CdsClientKeys.token(AUD).expires(now.plusSeconds(3600)).bearer(),
            "lives longer"),
        Arguments.of("not a JWT", "Bearer not-a-jwt", "not a signed JWT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTokens")
  void aBadTokenIs401WithAProblemAndAnOperationOutcome(
      String name, String authorization, String reason, CapturedOutput output) throws Exception {
    MvcResult result =
        call(
            ASSESSMENT,
            FhirRecords.call("patient-view", FhirRecords.completeBAll().prefetch(), null, null),
            authorization);
    assertThat(result.getResponse().getStatus()).isEqualTo(401);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:relapse-cds:problem:cds-client-unauthorized");
    assertThat(problem.get("detail").asString()).contains(reason);
    assertThat(problem.get("operationOutcome").get("issue").get(0).get("code").asString())
        .isEqualTo("login");
    assertThat(output.getAll()).contains("CDS Hooks: refused POST /cds-services/" + ASSESSMENT);
    if (authorization != null) {
      assertThat(output.getAll())
          .as("the token is never logged")
          .doesNotContain(authorization.substring(7));
    }
  }

  @Test
  void aReplayedJtiIsRefusedAfterTheFirstUse() throws Exception {
    String token = CdsClientKeys.token(AUD).alg(JWSAlgorithm.ES384).bearer();
    String body =
        FhirRecords.call("patient-view", FhirRecords.completeBAll().prefetch(), null, null);
    assertThat(call(ASSESSMENT, body, token).getResponse().getStatus()).isEqualTo(200);
    MvcResult replay = call(ASSESSMENT, body, token);
    assertThat(replay.getResponse().getStatus()).isEqualTo(401);
    assertThat(replay.getResponse().getContentAsString()).contains("jti was used before");
  }

  @Test
  void rs384Es384AndTheDiscoveryAudienceAreAccepted() throws Exception {
    String body =
        FhirRecords.call("patient-view", FhirRecords.completeBAll().prefetch(), null, null);
    assertThat(call(ASSESSMENT, body, CdsClientKeys.token(AUD).bearer()).getResponse().getStatus())
        .isEqualTo(200);
    assertThat(
            call(
                    ASSESSMENT,
                    body,
                    CdsClientKeys.token(url("/cds-services")).alg(JWSAlgorithm.ES384).bearer())
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void discoveryIsOpenButVerifiesATokenThatIsSent() throws Exception {
    assertThat(mvc.perform(get("/cds-services")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    assertThat(
            mvc.perform(
                    get("/cds-services")
                        .header("Authorization", "Bearer " + CdsClientKeys.token(AUD).unsigned()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
    assertThat(
            mvc.perform(
                    get("/cds-services")
                        .header(
                            "Authorization", CdsClientKeys.token(url("/cds-services")).bearer()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void feedbackNeedsAToken() throws Exception {
    MvcResult result =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/cds-services/" + ASSESSMENT + "/feedback")
                    .contentType("application/json")
                    .content("{\"feedback\":[]}"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(401);
  }
}
