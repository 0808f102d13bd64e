package org.relapsecds.api.evaluation;

import java.util.List;
import org.relapsecds.api.problem.InvalidField;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Scalars that accept only their own JSON type ({@code "35"} is not a number, {@code 1} is not
 * {@code true}, {@code 1.5} is not a whole number) and record a mismatch instead of ending the
 * read, so that every bad field of a case is reported together.
 */
final class StrictScalars {
  private StrictScalars() {}

  static SimpleModule module(String errorsAttribute) {
    SimpleModule module = new SimpleModule("strict-scalars");
    module.addDeserializer(
        Double.class,
        new Strict<>(errorsAttribute, "must be a number") {
          @Override
          Double read(JsonParser p) {
            return p.currentToken().isNumeric() ? p.getDoubleValue() : null;
          }
        });
    module.addDeserializer(
        Integer.class,
        new Strict<>(errorsAttribute, "must be a whole number") {
          @Override
          Integer read(JsonParser p) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
              return null;
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
              throw new OutOfRange();
            }
            return p.getIntValue();
          }
        });
    module.addDeserializer(
        Boolean.class,
        new Strict<>(errorsAttribute, "must be true or false") {
          @Override
          Boolean read(JsonParser p) {
            return p.currentToken().isBoolean() ? p.getBooleanValue() : null;
          }
        });
    module.addDeserializer(
        String.class,
        new Strict<>(errorsAttribute, "must be text") {
          @Override
          String read(JsonParser p) {
            return p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
          }
        });
    return module;
  }

  /** A whole number beyond the range of the field's type. */
  private static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfRange() {
      super(null, null, false, false);
    }
  }

  private abstract static class Strict<T> extends ValueDeserializer<T> {
    private final String errorsAttribute;
    private final String expected;

    Strict(String errorsAttribute, String expected) {
      this.errorsAttribute = errorsAttribute;
      this.expected = expected;
    }

    /** The value, or null when the token is of the wrong type. */
    abstract T read(JsonParser p);

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      T value;
      String message;
      try {
        value = read(p);
        message = expected;
      } catch (OutOfRange e) {
        value = null;
        message = "is a number out of range";
      }
      if (value != null) {
        return value;
      }
      String field = CaseReader.path(p);
      String given = p.currentToken().isScalarValue() ? "'" + abbreviate(p.getString()) + "' " : "";
      p.skipChildren();
      @SuppressWarnings("unchecked")
      List<InvalidField> errors = (List<InvalidField>) ctxt.getAttribute(errorsAttribute);
      if (errors == null) {
        return ctxt.reportInputMismatch(this, "%s %s", field, message);
      }
      errors.add(new InvalidField(field.isEmpty() ? CaseReader.BODY : field, given + message));
      return null;
    }

    private static String abbreviate(String text) {
      return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
  }
}
