package org.relapsecds.api.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.ser.PropertyWriter;

/**
 * Base of the serializers that write knowledge-base text from JSON encoded once. Each wraps
 * Jackson's own serializer for its type: that serializer encodes a value the first time it is seen,
 * and writes the values the memo does not serve (indented output, or a value of another form).
 *
 * @param <T> the serialized type
 * @param <K> what identifies the memoised part of a value
 */
abstract class EncodedSerializer<T, K> extends ValueSerializer<T> {
  /**
   * Bounds the memo. A knowledge base brings a few hundred entries (its rules and its sources); a
   * server that compiles a new one on every publish empties the memo after some dozens of
   * publishes, and it refills within the next few responses.
   */
  static final int MAX_ENTRIES = 10_000;

  /** Stands for "write this value with the standard serializer" in the memo. */
  static final SerializableString STANDARD = new SerializedString("");

  final ValueSerializer<T> standard;
  private final Map<K, SerializableString> memo;

  EncodedSerializer(ValueSerializer<T> standard, Map<K, SerializableString> memo) {
    this.standard = standard;
    this.memo = memo;
  }

  EncodedSerializer(ValueSerializer<T> standard) {
    this(standard, new ConcurrentHashMap<>());
  }

  /** The same serializer around another standard one, sharing the memo. */
  abstract EncodedSerializer<T, K> around(
      ValueSerializer<T> standard, Map<K, SerializableString> memo);

  /** The memoised JSON for {@code key}, encoded by {@code encoder} when first seen. */
  final SerializableString memoised(K key, Function<K, SerializableString> encoder) {
    SerializableString json = memo.get(key);
    if (json == null) {
      if (memo.size() >= MAX_ENTRIES) {
        memo.clear();
      }
      json = memo.computeIfAbsent(key, encoder);
    }
    return json;
  }

  /** What the standard serializer writes for {@code value}, with the settings of this write. */
  final String encode(T value, SerializationContext ctxt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = ctxt.createGenerator(out)) {
      standard.serialize(value, generator, ctxt);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Whether the memo may be used for this write: not when output is indented. */
  static boolean compact(JsonGenerator gen) {
    return gen.getPrettyPrinter() == null;
  }

  @Override
  public Iterator<PropertyWriter> properties() {
    return standard.properties();
  }

  @Override
  public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType type) {
    standard.acceptJsonFormatVisitor(visitor, type);
  }

  @Override
  public void resolve(SerializationContext ctxt) {
    standard.resolve(ctxt);
  }

  @Override
  @SuppressWarnings("unchecked")
  public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
    ValueSerializer<?> contextual = standard.createContextual(ctxt, property);
    return contextual == standard ? this : around((ValueSerializer<T>) contextual, memo);
  }

  @Override
  public Class<?> handledType() {
    return standard.handledType();
  }

  @Override
  public ValueSerializer<?> getDelegatee() {
    return standard;
  }
}
