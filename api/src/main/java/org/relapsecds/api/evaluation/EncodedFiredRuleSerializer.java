package org.relapsecds.api.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link EvaluationResponse.FiredRuleView} from its rule's name, file and metadata encoded
 * once, followed by the facts derived in this evaluation, written as usual.
 *
 * <p>The encoded head is cut from what the standard serializer writes for the rule with no derived
 * facts, {@code {"name":…,"file":…,"metadata":{…},"derived":[]}}; when the output has another shape
 * (other mapper settings), every value is written by the standard serializer. Heads are memoised
 * per metadata instance, not per equal map: two equal maps may iterate in different orders, and the
 * head must show the order of the map being written.
 */
final class EncodedFiredRuleSerializer
    extends EncodedSerializer<EvaluationResponse.FiredRuleView, EncodedFiredRuleSerializer.Rule> {
  private static final String DERIVED = "derived";
  private static final String EMPTY_TAIL = "\"" + DERIVED + "\":[]}";
  private static final SerializableString DERIVED_NAME = new SerializedString(DERIVED);

  /** A rule as a fired-rule view shows it; the metadata compared by identity. */
  record Rule(String name, String file, Map<String, String> metadata) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Rule r
          && r.metadata == metadata
          && Objects.equals(r.name, name)
          && Objects.equals(r.file, file);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(name) * 31 + System.identityHashCode(metadata);
    }
  }

  EncodedFiredRuleSerializer(ValueSerializer<EvaluationResponse.FiredRuleView> standard) {
    super(standard);
  }

  private EncodedFiredRuleSerializer(
      ValueSerializer<EvaluationResponse.FiredRuleView> standard,
      Map<Rule, SerializableString> memo) {
    super(standard, memo);
  }

  @Override
  EncodedFiredRuleSerializer around(
      ValueSerializer<EvaluationResponse.FiredRuleView> standard,
      Map<Rule, SerializableString> memo) {
    return new EncodedFiredRuleSerializer(standard, memo);
  }

  @Override
  public void serialize(
      EvaluationResponse.FiredRuleView value, JsonGenerator gen, SerializationContext ctxt) {
    SerializableString head =
        compact(gen)
                && value.derived() != null
                && !ctxt.isEnabled(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
            ? memoised(new Rule(value.name(), value.file(), value.metadata()), r -> head(r, ctxt))
            : STANDARD;
    if (head == STANDARD) {
      standard.serialize(value, gen, ctxt);
      return;
    }
    // the head ends with a comma the generator does not know of: it writes "derived" as the
    // object's first property, without one
    gen.writeStartObject(value);
    gen.writeRaw(head);
    gen.writeName(DERIVED_NAME);
    List<String> derived = value.derived();
    gen.writeStartArray(derived, derived.size());
    for (String fact : derived) {
      if (fact == null) {
        ctxt.defaultSerializeNullValue(gen);
      } else {
        gen.writeString(fact);
      }
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** {@code "name":…,"file":…,"metadata":{…},} as the standard serializer writes it. */
  private SerializableString head(Rule rule, SerializationContext ctxt) {
    String json =
        encode(
            new EvaluationResponse.FiredRuleView(
                rule.name(), rule.file(), rule.metadata(), List.of()),
            ctxt);
    if (!json.startsWith("{") || !json.endsWith("," + EMPTY_TAIL)) {
      return STANDARD;
    }
    return new SerializedString(json.substring(1, json.length() - EMPTY_TAIL.length()));
  }
}
