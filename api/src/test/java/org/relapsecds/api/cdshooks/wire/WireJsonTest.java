package org.relapsecds.api.cdshooks.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every wire type survives a JSON round trip, and empty optional members are left out. */
class WireJsonTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<Arguments> values() {
    Card card =
        new Card(
            "0b6c2f5e-2a59-4d3f-9a59-0e8c4a1f7a10",
            "Clofarabine after an earlier HSCT: risk of veno-occlusive disease",
            "critical",
            "**detail**",
            new Card.Source(
                "Hijiya N et al. 2011",
                "https://doi.org/10.1/x",
                new Coding("urn:relapse-cds:alert", "VOD", null)),
            List.of(new Coding("urn:relapse-cds:override-reason", "disagree", "Disagree")),
            List.of(new Card.Link("Open", "https://cds.example/#workbench", "absolute")));
    return Stream.of(
        Arguments.of(card, Card.class),
        Arguments.of(new HookResponse(List.of(card)), HookResponse.class),
        Arguments.of(
            new ServiceDescriptor(
                "patient-view", "x", "X", "d", Map.of("patient", "Patient/{{context.patientId}}")),
            ServiceDescriptor.class),
        Arguments.of(
            new DiscoveryResponse(
                List.of(new ServiceDescriptor("patient-view", "x", null, "d", null))),
            DiscoveryResponse.class),
        Arguments.of(
            new FhirAuthorization("tok", "Bearer", 300L, "user/*.read", "cds", "123"),
            FhirAuthorization.class),
        Arguments.of(
            new HookRequest(
                "patient-view",
                "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                "https://fhir.example/r4",
                new FhirAuthorization("tok", "Bearer", 300L, "user/*.read", "cds", null),
                Map.of(
                    "userId",
                    JSON.readTree("\"Practitioner/example\""),
                    "patientId",
                    JSON.readTree("\"1288992\"")),
                Map.of(
                    "patient", JSON.readTree("{\"resourceType\":\"Patient\",\"id\":\"1288992\"}"))),
            HookRequest.class),
        Arguments.of(
            new FeedbackRequest(
                List.of(
                    new FeedbackRequest.Item(
                        "uuid",
                        "overridden",
                        "2026-12-01T10:00:00Z",
                        new FeedbackRequest.OverrideReason(new Coding("s", "c", "d"), "comment"),
                        List.of(new FeedbackRequest.AcceptedSuggestion("s1"))))),
            FeedbackRequest.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("values")
  void roundTrips(Object value, Class<?> type) {
    String json = JSON.writeValueAsString(value);
    assertThat(JSON.readValue(json, type)).isEqualTo(value);
    assertThat(json).doesNotContain(":null", ":[]", ":{}", ":\"\"");
  }

  @org.junit.jupiter.api.Test
  void emptyOptionalMembersAreLeftOutButCardsAndServicesAlwaysWritten() {
    assertThat(JSON.writeValueAsString(new HookResponse(List.of()))).isEqualTo("{\"cards\":[]}");
    assertThat(JSON.writeValueAsString(new DiscoveryResponse(List.of())))
        .isEqualTo("{\"services\":[]}");
    assertThat(
            JSON.writeValueAsString(
                new Card(
                    "u",
                    "s",
                    "info",
                    null,
                    new Card.Source("l", null, null),
                    List.of(),
                    List.of())))
        .isEqualTo(
            "{\"uuid\":\"u\",\"summary\":\"s\",\"indicator\":\"info\",\"source\":{\"label\":\"l\"}}");
  }

  @org.junit.jupiter.api.Test
  void theFhirTokenIsNotInTheTextOfTheAuthorization() {
    assertThat(new FhirAuthorization("secret-token", "Bearer", 300L, null, "s", null).toString())
        .doesNotContain("secret-token");
  }

  @org.junit.jupiter.api.Test
  void aHookRequestKeepsANullPrefetchValueApartFromAnAbsentKey() {
    HookRequest r =
        JSON.readValue(
            "{\"hook\":\"patient-view\",\"prefetch\":{\"patient\":null}}", HookRequest.class);
    assertThat(r.prefetch()).containsKey("patient").doesNotContainKey("conditions");
    assertThat(r.prefetch().get("patient") == null || r.prefetch().get("patient").isNull())
        .isTrue();
  }
}
