package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The one line that {@code tail}, {@code dlq list} and the console-consumer formatter print per record. */
class TopicRecordJsonTest {

    @Test
    void aRecordThatCannotBeDecodedIsAnErrorLineNamingIt() throws Exception {
        for (byte[] value : List.of("{not avro".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            JsonNode line = RecordJson.MAPPER.readTree(TopicRecordJson.line(
                    new ConsumerRecord<>(Topics.ARTICLES_RAW.name(), 1, 42L, bytes("k"), value)));

            assertEquals(List.of("error", "topic", "partition", "offset"), fieldNames(line));
            assertTrue(line.get("error").asText().contains("Article"), line.toString());
            assertEquals(Topics.ARTICLES_RAW.name(), line.get("topic").asText());
            assertEquals(1, line.get("partition").asInt());
            assertEquals(42L, line.get("offset").asLong());
        }
    }

    @Test
    void aRecordOfTheTopicsFormIsItsJson() throws Exception {
        byte[] value = Topics.ARTICLES_RAW.valueSerde().serializer().serialize("t", SampleRecords.article());
        JsonNode line = RecordJson.MAPPER.readTree(TopicRecordJson.line(
                new ConsumerRecord<>(Topics.ARTICLES_RAW.name(), 0, 0L, bytes("k"), value)));

        assertEquals(SampleRecords.article().getId(), line.get("id").asText(), line.toString());
    }

    @Test
    void aDeadLetterWithoutAValueShowsItsHeadersAndANullValue() throws Exception {
        ConsumerRecord<byte[], byte[]> letter = new ConsumerRecord<>(Topics.ARTICLES_DLQ.name(), 0, 3L, bytes("k"), null);
        letter.headers().add("visitwire.stage", bytes("deserialize"));

        JsonNode line = RecordJson.MAPPER.readTree(TopicRecordJson.line(letter));

        assertEquals("deserialize", line.at("/headers/visitwire.stage").asText(), line.toString());
        assertTrue(line.get("value").isNull(), line.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
