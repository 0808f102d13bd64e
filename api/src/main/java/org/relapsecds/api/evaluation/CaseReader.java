package org.relapsecds.api.evaluation;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.relapsecds.api.problem.InvalidField;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one case from JSON, strictly: unknown properties, wrong types, unknown enum values,
 * impossible dates, duplicate keys and trailing content are all errors, named by field path.
 *
 * <p>Jackson normally stops at the first problem. A problem handler records the problems it can
 * recover from (unknown properties, unknown enum values, bad dates, wrong types) and reads on, so a
 * request with several bad fields gets them all back at once; anything else (malformed JSON) ends
 * the read with one error.
 *
 * <p>Jackson 3.1's own problem collection ({@code problemCollectingReader()}) cannot replace this:
 * {@code readValueCollectingProblems} throws the partly read case away (so the checks of {@link
 * CaseMapper} could not join the answer); it files an unknown property of a record under its object
 * ({@code relapse}, not {@code relapse.blasts}); a wrong JSON type or a duplicate key ends the read
 * (the latter dropping what was collected); text still takes numbers and booleans, and dates and
 * enum words are trimmed (hence {@link StrictScalars}). {@code JacksonProblemCollectionTest} pins
 * each of these for Jackson 3.1.7.
 */
@Component
public class CaseReader {
  /** The request field name used for problems of the body as a whole. */
  public static final String BODY = "body";

  private static final String ERRORS = CaseReader.class.getName() + ".errors";

  private final ObjectReader reader;

  public CaseReader() {
    JsonMapper mapper =
        strict()
            .addHandler(new CollectingHandler())
            .addModule(StrictScalars.module(ERRORS))
            .build();
    this.reader = mapper.readerFor(EvaluationRequest.class);
  }

  /** The strictness alone, without the collecting of this class. */
  static JsonMapper.Builder strict() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)));
  }

  /**
   * What could be read of a case.
   *
   * @param request the case, with null where a value could not be read; null when nothing could
   * @param errors the fields that could not be read
   */
  public record Read(EvaluationRequest request, List<InvalidField> errors) {}

  /** Reads a case; never throws for bad input. */
  public Read read(byte[] json) {
    List<InvalidField> errors = new ArrayList<>();
    EvaluationRequest request;
    try {
      request = reader.withAttribute(ERRORS, errors).readValue(json);
    } catch (JacksonException e) {
      errors.add(describe(e));
      request = null;
    }
    if (request == null && errors.isEmpty()) {
      errors.add(new InvalidField(BODY, "must be a JSON object with the facts of the case"));
    }
    return new Read(request, List.copyOf(errors));
  }

  /** One error for an exception that ended the read. */
  static InvalidField describe(JacksonException e) {
    String field = path(e.getPath());
    if (e instanceof PropertyBindingException unknown) {
      return new InvalidField(
          field, "is not a field of this object" + known(unknown.getKnownPropertyIds()));
    }
    if (e instanceof InvalidFormatException format) {
      return new InvalidField(field, notA(format.getTargetType(), format.getValue()));
    }
    if (e instanceof MismatchedInputException mismatch) {
      String message = mismatch.getOriginalMessage();
      if (message != null && message.startsWith("Trailing token")) {
        return new InvalidField(BODY, "has content after the JSON object: send one case");
      }
      if (field.isEmpty()) {
        return new InvalidField(
            BODY,
            message != null && message.contains("No content")
                ? "is empty: a JSON object with the facts of the case is required"
                : "must be a JSON object with the facts of the case");
      }
      return new InvalidField(field, notA(mismatch.getTargetType(), null));
    }
    if (e instanceof InputCoercionException) {
      return new InvalidField(field.isEmpty() ? BODY : field, "is a number out of range");
    }
    if (e instanceof StreamReadException read) {
      TokenStreamLocation at = read.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      String message = read.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate Object property")) {
        return new InvalidField(field.isEmpty() ? BODY : field, "is given twice" + where);
      }
      return new InvalidField(BODY, "is not valid JSON" + where);
    }
    return new InvalidField(field.isEmpty() ? BODY : field, "cannot be read");
  }

  private static String known(Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "";
    }
    return "; known fields: "
        + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  /** What a value of the target type looks like, for "must be ..." messages. */
  static String notA(Class<?> type, Object value) {
    String given = value == null ? "" : "'" + abbreviate(String.valueOf(value)) + "' ";
    if (type == null) {
      return given + "has the wrong type";
    }
    if (type.isEnum()) {
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      return given.isEmpty()
          ? "must be one of " + allowed
          : given + "is not one of the allowed values " + allowed;
    }
    if (type == LocalDate.class) {
      return given + "is not a valid date (yyyy-MM-dd)";
    }
    if (type == Integer.class || type == int.class || type == Long.class) {
      return given + "must be a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return given + "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return given + "must be true or false";
    }
    if (type == String.class) {
      return given + "must be text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return given + "must be a list";
    }
    if (type == EvaluationRequest.class) {
      return "must be a JSON object with the facts of the case";
    }
    return given + "must be an object";
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : references) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The path of the value the parser is on, in the API's notation. */
  static String path(JsonParser parser) {
    List<String> segments = new ArrayList<>();
    for (TokenStreamContext c = parser.streamReadContext(); c != null; c = c.getParent()) {
      if (c.inObject() && c.currentName() != null) {
        segments.add(0, "." + c.currentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.add(0, "[" + c.getCurrentIndex() + "]");
      }
    }
    String joined = String.join("", segments);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  /** Records recoverable problems and lets the read go on with a null in their place. */
  private static final class CollectingHandler extends DeserializationProblemHandler {
    @SuppressWarnings("unchecked")
    private static List<InvalidField> errors(DeserializationContext ctxt) {
      return (List<InvalidField>) ctxt.getAttribute(ERRORS);
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      List<InvalidField> errors = errors(ctxt);
      if (errors == null) {
        return false;
      }
      // Records are built from their creator first and unknown properties replayed afterwards,
      // from a buffer that does not know where it is: the reading parser (at the end of the
      // object by then, or at the value when called at once) knows the path.
      String field = path(ctxt.getParser());
      if (!field.equals(propertyName) && !field.endsWith("." + propertyName)) {
        field = join(field, propertyName);
      }
      Collection<Object> known =
          deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
      errors.add(new InvalidField(field, "is not a field of this object" + known(known)));
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(
        DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
      return record(ctxt, targetType, value);
    }

    @Override
    public Object handleWeirdNumberValue(
        DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
      return record(ctxt, targetType, value);
    }

    @Override
    public Object handleUnexpectedToken(
        DeserializationContext ctxt,
        JavaType targetType,
        JsonToken token,
        JsonParser p,
        String failureMsg) {
      List<InvalidField> errors = errors(ctxt);
      if (errors == null || targetType.getRawClass() == EvaluationRequest.class) {
        return NOT_HANDLED;
      }
      errors.add(new InvalidField(path(p), notA(targetType.getRawClass(), null)));
      p.skipChildren();
      return null;
    }

    private Object record(DeserializationContext ctxt, Class<?> targetType, Object value) {
      List<InvalidField> errors = errors(ctxt);
      if (errors == null) {
        return NOT_HANDLED;
      }
      errors.add(new InvalidField(path(ctxt.getParser()), notA(targetType, value)));
      return null;
    }

    private static String join(String parent, String name) {
      return parent.isEmpty() ? name : parent + "." + name;
    }
  }
}
