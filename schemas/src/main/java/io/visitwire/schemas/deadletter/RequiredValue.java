package io.visitwire.schemas.deadletter;

import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The value serde of a topic a topology reads, refusing a record without a value. Kafka's convention is that a
 * deserializer turns a null value into null, which a topology then drops without a trace; on visitwire's input
 * topics a record without a value is a producer's mistake, so it fails to deserialize instead, and the
 * {@link DeadLetterHandlers.OnDeserialization deserialization handler} dead-letters it with a message saying
 * which (a null value, a tombstone; or a value of zero bytes), counts it and lets the stream go on.
 */
public final class RequiredValue {

    /** Starts the exception message of a record whose value is null. */
    public static final String NULL_VALUE = "null value (tombstone)";
    /** Starts the exception message of a record whose value has no bytes. */
    public static final String EMPTY_VALUE = "empty value (0 bytes)";

    public static <V> Serde<V> of(Serde<V> serde) {
        return Serdes.serdeFrom(serde.serializer(), new Refusing<>(serde.deserializer()));
    }

    private static final class Refusing<V> implements Deserializer<V> {

        private final Deserializer<V> delegate;

        Refusing(Deserializer<V> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            delegate.configure(configs, isKey);
        }

        @Override
        public V deserialize(String topic, byte[] data) {
            return delegate.deserialize(topic, require(topic, data));
        }

        @Override
        public V deserialize(String topic, Headers headers, byte[] data) {
            return delegate.deserialize(topic, headers, require(topic, data));
        }

        @Override
        public void close() {
            delegate.close();
        }

        private static byte[] require(String topic, byte[] data) {
            if (data == null) {
                throw new SerializationException(NULL_VALUE + " on " + topic + ": a record there must carry a value");
            }
            if (data.length == 0) {
                throw new SerializationException(EMPTY_VALUE + " on " + topic + ": a record there must carry a value");
            }
            return data;
        }
    }

    private RequiredValue() {
    }
}
