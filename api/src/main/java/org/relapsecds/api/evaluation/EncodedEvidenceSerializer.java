package org.relapsecds.api.evaluation;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an {@link EvidenceView} (a source's key and full citation, the same in every outcome of a
 * knowledge base) from its JSON encoded once, memoised by value.
 */
final class EncodedEvidenceSerializer extends EncodedSerializer<EvidenceView, EvidenceView> {

  EncodedEvidenceSerializer(ValueSerializer<EvidenceView> standard) {
    super(standard);
  }

  private EncodedEvidenceSerializer(
      ValueSerializer<EvidenceView> standard, Map<EvidenceView, SerializableString> memo) {
    super(standard, memo);
  }

  @Override
  EncodedEvidenceSerializer around(
      ValueSerializer<EvidenceView> standard, Map<EvidenceView, SerializableString> memo) {
    return new EncodedEvidenceSerializer(standard, memo);
  }

  @Override
  public void serialize(EvidenceView value, JsonGenerator gen, SerializationContext ctxt) {
    if (!compact(gen)) {
      standard.serialize(value, gen, ctxt);
      return;
    }
    gen.writeRawValue(memoised(value, v -> new SerializedString(encode(v, ctxt))));
  }
}
