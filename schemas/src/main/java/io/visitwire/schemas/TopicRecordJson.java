package io.visitwire.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The JSON of a raw Kafka record of any visitwire topic, for tools that read bytes: {@code tail},
 * {@code dlq} and the console-consumer formatter. Avro values become their JSON form; dead letters
 * show their headers and their original value as text (or base64 when it is not UTF-8).
 */
public final class TopicRecordJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The line a tool prints for one record read as bytes: its {@linkplain #value JSON}, or, when it cannot be
     * decoded, {@code {"error":...,"topic":...,"partition":...,"offset":...}}, so that the reader goes on past it.
     */
    public static String line(ConsumerRecord<byte[], byte[]> record) {
        try {
            return RecordJson.MAPPER.writeValueAsString(value(record.topic(), record.key(), record.value(), record.headers()));
        } catch (RuntimeException | JsonProcessingException e) {
            ObjectNode error = NODES.objectNode();
            error.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
            error.put("topic", record.topic());
            error.put("partition", record.partition());
            error.put("offset", record.offset());
            return error.toString();
        }
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
        ObjectNode headerNode = node.putObject("headers");
        if (headers != null) {
            for (Header header : headers) {
                headerNode.put(header.key(), text(header.value()));
            }
        }
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

    private static String text(byte[] bytes) {
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
