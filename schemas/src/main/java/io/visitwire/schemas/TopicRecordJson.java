package io.visitwire.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;

/**
 * The JSON of a raw Kafka record of any visitwire topic, for tools that read bytes: {@code tail},
 * {@code dlq} and the console-consumer formatter. Avro values become their JSON form; dead letters
 * show their headers and their original value as text (or base64 when it is not UTF-8).
 */
public final class TopicRecordJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Which parts of a record a line shows, named as the {@code print.*} properties of Kafka's
     * {@code DefaultMessageFormatter}. {@link #VALUE_ONLY} (the default of {@code tail} and the formatter) prints the
     * value's JSON alone; any other choice prints an object holding the chosen parts, in DefaultMessageFormatter's
     * order: {@code timestamp} (ISO-8601, with {@code timestampType}), {@code partition}, {@code offset},
     * {@code leaderEpoch}, {@code headers} (name to text, or base64 when not UTF-8), {@code key} and {@code value}.
     */
    public record Fields(boolean timestamp, boolean partition, boolean offset, boolean epoch, boolean headers,
                         boolean key, boolean value) {

        public static final Fields VALUE_ONLY = new Fields(false, false, false, false, false, false, true);

        boolean valueOnly() {
            return equals(VALUE_ONLY);
        }
    }

    /**
     * The line a tool prints for one record read as bytes: its {@linkplain #value JSON}, or, when it cannot be
     * decoded, {@code {"error":...,"topic":...,"partition":...,"offset":...}}, so that the reader goes on past it.
     */
    public static String line(ConsumerRecord<byte[], byte[]> record) {
        return line(record, Fields.VALUE_ONLY);
    }

    /**
     * The line for one record showing the chosen {@link Fields}; a value that cannot be decoded is the same error
     * line as {@link #line(ConsumerRecord)}'s.
     */
    public static String line(ConsumerRecord<byte[], byte[]> record, Fields fields) {
        try {
            ObjectNode value = fields.value()
                    ? value(record.topic(), record.key(), record.value(), record.headers()) : null;
            return RecordJson.MAPPER.writeValueAsString(fields.valueOnly() ? value : withParts(record, fields, value));
        } catch (RuntimeException | JsonProcessingException e) {
            ObjectNode error = NODES.objectNode();
            error.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
            error.put("topic", record.topic());
            error.put("partition", record.partition());
            error.put("offset", record.offset());
            return error.toString();
        }
    }

    private static ObjectNode withParts(ConsumerRecord<byte[], byte[]> record, Fields fields, ObjectNode value) {
        ObjectNode node = NODES.objectNode();
        if (fields.timestamp()) {
            if (record.timestampType() == TimestampType.NO_TIMESTAMP_TYPE || record.timestamp() < 0) {
                node.putNull("timestamp");
            } else {
                node.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
            }
            node.put("timestampType", record.timestampType().name);
        }
        if (fields.partition()) {
            node.put("partition", record.partition());
        }
        if (fields.offset()) {
            node.put("offset", record.offset());
        }
        if (fields.epoch()) {
            Optional<Integer> epoch = record.leaderEpoch();
            if (epoch.isPresent()) {
                node.put("leaderEpoch", epoch.get());
            } else {
                node.putNull("leaderEpoch");
            }
        }
        if (fields.headers()) {
            node.set("headers", headers(record.headers()));
        }
        if (fields.key()) {
            node.put("key", text(record.key()));
        }
        if (fields.value()) {
            node.set("value", value);
        }
        return node;
    }

    /** The value as JSON: the record itself for Avro topics, a description for dead letters. */
    public static ObjectNode value(String topicName, byte[] key, byte[] value, Headers headers) {
        Topic<?, ?> topic = Topics.byName(topicName)
                .orElseThrow(() -> new IllegalArgumentException("Not a visitwire topic: " + topicName));
        if (topic == Topics.ARTICLES_DLQ) {
            return deadLetter(key, value, headers);
        }
        if (value == null) {
            return NODES.objectNode().put("key", text(key)).putNull("value");
        }
        Object decoded = topic.valueSerde().deserializer().deserialize(topicName, value);
        return RecordJson.toJson((IndexedRecord) decoded);
    }

    private static ObjectNode deadLetter(byte[] key, byte[] value, Headers headers) {
        ObjectNode node = NODES.objectNode();
        node.put("key", text(key));
        node.setAll(deadLetterValue(value, headers));
        return node;
    }

    /**
     * A dead letter's value without its key, for tools that show the key apart (the kafka-ui serde):
     * {@code {"headers":{...},"value":"..."}}, the original value as text, as {@code valueBase64} when it is not
     * UTF-8 text (an Avro body), or {@code null} for a record that came without one.
     */
    public static ObjectNode deadLetterValue(byte[] value, Headers headers) {
        ObjectNode node = NODES.objectNode();
        node.set("headers", headers(headers));
        String asText = utf8OrNull(value);
        if (value == null) {
            // a record that came without a value (a tombstone) is dead-lettered as it came
            node.putNull("value");
        } else if (asText != null) {
            node.put("value", asText);
        } else {
            node.put("valueBase64", Base64.getEncoder().encodeToString(value));
        }
        return node;
    }

    private static ObjectNode headers(Headers headers) {
        ObjectNode headerNode = NODES.objectNode();
        if (headers != null) {
            for (Header header : headers) {
                headerNode.put(header.key(), text(header.value()));
            }
        }
        return headerNode;
    }

    /** A key or header as a tool shows it: UTF-8 text, or base64 when the bytes are not text; null stays null. */
    public static String text(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String asText = utf8OrNull(bytes);
        return asText != null ? asText : Base64.getEncoder().encodeToString(bytes);
    }

    /** Avro bodies are binary: show them as base64 rather than as mojibake. */
    private static String utf8OrNull(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t') ? null : decoded;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private TopicRecordJson() {
    }
}
