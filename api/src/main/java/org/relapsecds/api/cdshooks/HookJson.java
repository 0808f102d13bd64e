package org.relapsecds.api.cdshooks;

import java.util.List;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads CDS Hooks bodies. Unknown members are ignored (the specification lets clients send
 * extensions and newer fields), duplicate keys and trailing content are not; a body that cannot be
 * read is a 400 naming the member.
 */
final class HookJson {
  private final JsonMapper mapper =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  <T> T read(byte[] body, Class<T> type) {
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw new InvalidRequestException(
            List.of(new InvalidField("body", "must be a JSON object")));
      }
      return value;
    } catch (JacksonException e) {
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference ref : e.getPath()) {
        if (ref.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      throw new InvalidRequestException(
          List.of(
              new InvalidField(
                  path.isEmpty() ? "body" : path.toString(),
                  path.isEmpty()
                      ? "is not valid JSON of a CDS Hooks request"
                      : "has the wrong type")));
    }
  }

  JsonMapper mapper() {
    return mapper;
  }
}
