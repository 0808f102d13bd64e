package org.relapsecds.api.evaluation;

import org.springframework.stereotype.Component;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Writes the text of an outcome that comes from the knowledge base rather than from the case (each
 * evidence citation; each fired rule's name, file and metadata; about half of an outcome's bytes)
 * from JSON encoded once, instead of escaping the same text character by character in every
 * response.
 *
 * <p>The encoded form is what Jackson's own serializer for the type writes with the same mapper, so
 * responses stay the same byte for byte; see {@link EncodedEvidenceSerializer} and {@link
 * EncodedFiredRuleSerializer}. Registered with the service's JSON mapper as a Jackson module bean.
 */
@Component
public class KnowledgeBaseTextEncoding extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public KnowledgeBaseTextEncoding() {
    super("knowledge-base-text-encoding");
    setSerializerModifier(new Modifier());
  }

  private static final class Modifier extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("unchecked")
    public ValueSerializer<?> modifySerializer(
        SerializationConfig config,
        BeanDescription.Supplier beanDesc,
        ValueSerializer<?> serializer) {
      Class<?> type = beanDesc.getBeanClass();
      if (type == EvidenceView.class) {
        return new EncodedEvidenceSerializer((ValueSerializer<EvidenceView>) serializer);
      }
      if (type == EvaluationResponse.FiredRuleView.class) {
        return new EncodedFiredRuleSerializer(
            (ValueSerializer<EvaluationResponse.FiredRuleView>) serializer);
      }
      return serializer;
    }
  }
}
