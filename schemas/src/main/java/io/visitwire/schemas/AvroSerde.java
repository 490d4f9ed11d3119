package io.visitwire.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record in Avro's single-object encoding. The decoder
 * knows every released version of the record's schema ({@link SchemaHistory}), so records
 * written by older or newer producers are read through Avro schema resolution.
 * Encoders and decoders are thread-safe, so one serde instance serves all threads.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private final Schema schema;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type, Schema schema) {
        this.type = type;
        this.schema = schema;
        SpecificData model = SpecificData.getForClass(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        SchemaHistory.releasedVersions(schema).forEach(decoder::addSchema);
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type, SpecificData.get().getSchema(type));
    }

    /** The schema this serde writes (and reads into): the generated class's own. */
    public Schema schema() {
        return schema;
    }

    /** Lets a reader understand a writer schema it was not built with (used by evolution checks). */
    public AvroSerde<T> knowing(Schema writerSchema) {
        decoder.addSchema(writerSchema);
        return this;
    }

    public byte[] encode(T record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode " + type.getSimpleName(), e);
        }
    }

    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> {
            if (record == null) {
                return null;
            }
            try {
                return encode(record);
            } catch (SerializationException e) {
                throw new SerializationException("Cannot serialize " + type.getSimpleName() + " for topic " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return decode(bytes);
            } catch (SerializationException e) {
                throw new SerializationException("Cannot deserialize " + type.getSimpleName() + " from topic " + topic
                        + ": " + e.getMessage(), e);
            }
        };
    }
}
