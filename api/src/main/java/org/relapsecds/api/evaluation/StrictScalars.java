package org.relapsecds.api.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.relapsecds.api.problem.InvalidField;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Scalars that accept only their own JSON type ({@code "35"} is not a number, {@code 1} is not
 * {@code true}, {@code 1.5} is not a whole number) and record a mismatch instead of ending the
 * read, so that every bad field of a case is reported together.
 *
 * <p>Dates and enum words must be exactly the word: Jackson trims the text of both before parsing
 * ({@code " MALE"}, {@code "2018-07-10\u0000"} were accepted), so a value with whitespace around it
 * or a control character anywhere is recorded as an error of its field before Jackson sees it. Text
 * fields refuse control characters for the same reason (they are echoed and logged).
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
    module.setDeserializerModifier(new ExactWords(errorsAttribute));
    return module;
  }

  /** True when a date or enum word carries anything the word itself does not. */
  static boolean padded(String text) {
    if (text.isEmpty()) {
      return false;
    }
    return blank(text.charAt(0))
        || blank(text.charAt(text.length() - 1))
        || text.chars().anyMatch(Character::isISOControl);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  /** The text with each control character shown as a Java unicode escape (four hex digits). */
  static String visible(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .limit(40)
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return text.codePointCount(0, text.length()) > 40 ? shown + "..." : shown.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<InvalidField> errors(DeserializationContext ctxt, String attribute) {
    return (List<InvalidField>) ctxt.getAttribute(attribute);
  }

  /** Wraps the deserializers of dates and of every enum with the exact-word check. */
  private static final class ExactWords extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    private final String errorsAttribute;

    ExactWords(String errorsAttribute) {
      this.errorsAttribute = errorsAttribute;
    }

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config,
        JavaType type,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return new ExactWord(deserializer, errorsAttribute, type.getRawClass());
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return description.getBeanClass() == LocalDate.class
          ? new ExactWord(deserializer, errorsAttribute, LocalDate.class)
          : deserializer;
    }
  }

  /** Records a padded word as an error of its field (or fails the read without a list). */
  private static final class ExactWord extends DelegatingDeserializer {
    private final String errorsAttribute;
    private final Class<?> target;

    ExactWord(ValueDeserializer<?> delegate, String errorsAttribute, Class<?> target) {
      super(delegate);
      this.errorsAttribute = errorsAttribute;
      this.target = target;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new ExactWord(delegate, errorsAttribute, target);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING && padded(p.getString())) {
        String field = CaseReader.path(p);
        String message =
            "'"
                + visible(p.getString())
                + "' "
                + CaseReader.notA(target, null)
                + ", without spaces or control characters";
        List<InvalidField> errors = errors(ctxt, errorsAttribute);
        if (errors == null) {
          return ctxt.reportInputMismatch(this, "%s %s", field, message);
        }
        errors.add(new InvalidField(field.isEmpty() ? CaseReader.BODY : field, message));
        return null;
      }
      return super.deserialize(p, ctxt);
    }
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
      String given = p.currentToken().isScalarValue() ? "'" + visible(p.getString()) + "' " : "";
      p.skipChildren();
      List<InvalidField> errors = errors(ctxt, errorsAttribute);
      if (errors == null) {
        return ctxt.reportInputMismatch(this, "%s %s", field, message);
      }
      errors.add(new InvalidField(field.isEmpty() ? CaseReader.BODY : field, given + message));
      return null;
    }
  }
}
