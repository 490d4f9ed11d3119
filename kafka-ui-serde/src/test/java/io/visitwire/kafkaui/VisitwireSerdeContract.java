package io.visitwire.kafkaui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kafbat.ui.serde.api.DeserializeResult;
import io.kafbat.ui.serde.api.RecordHeader;
import io.kafbat.ui.serde.api.RecordHeaders;
import io.kafbat.ui.serde.api.Serde;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.SampleRecords;
import io.visitwire.schemas.Topic;
import io.visitwire.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * What kafka-ui shows of each visitwire topic through the serde: fed the bytes the project's own serdes write, as
 * kafka-ui feeds them (headers and value, or key). Run on the module's classes ({@code VisitwireSerdeTest}) and on
 * the built plugin jar in a classloader like kafka-ui's ({@code VisitwireSerdePluginJarIT}).
 */
abstract class VisitwireSerdeContract {

    static final String VISIT_JSON = "{\"visitId\":\"v-1\",\"visitor\":{\"name\":\"Jane Example\",\"title\":\"Foreign"
            + " Minister\",\"country\":\"SE\"},\"place\":\"Oslo\",\"country\":\"NO\",\"start\":\"2024-03-05\","
            + "\"end\":\"2024-03-06\",\"hosts\":[],\"status\":\"COMPLETED\",\"topics\":[\"energy\"],"
            + "\"commitmentIds\":[\"c-1\"],\"sources\":[{\"articleId\":\"a-1\",\"url\":\"https://example.org/news/1\","
            + "\"published\":\"2024-03-05\"}],\"evidence\":[{\"articleId\":\"a-1\",\"url\":"
            + "\"https://example.org/news/1\",\"sentence\":\"The minister arrived in Oslo today.\",\"start\":24,"
            + "\"end\":59}],\"updatedAt\":\"2024-03-05T10:15:30Z\",\"rules\":[\"visit.move-verb\","
            + "\"visit.status.past-tense\"]}";

    /** A configured serde, as kafka-ui holds it; calls made through {@link #call}. */
    abstract Serde serde();

    /** Runs a call as kafka-ui does (its SerdeInstance swaps in the serde's classloader); here: directly. */
    <T> T call(java.util.function.Supplier<T> call) {
        return call.get();
    }

    @Test
    void aVisitIsItsJsonWithItsTypeAndWriterFingerprint() throws IOException {
        DeserializeResult result = value(Topics.VISITS.name(), serialize(Topics.VISITS, SampleRecords.visitEvent()),
                List.of());

        assertEquals(VISIT_JSON, result.getResult());
        assertEquals(DeserializeResult.Type.JSON, result.getType());
        assertEquals(Map.of("valueType", "io.visitwire.schemas.avro.VisitEvent",
                "writerFingerprint", shippedFingerprint("visits.v1")), result.getAdditionalProperties());
    }

    @Test
    void everyAvroTopicsValueIsTheProjectsJsonForm() {
        Map<Topic<String, ? extends SpecificRecord>, SpecificRecord> samples = Map.of(
                Topics.ARTICLES_RAW, SampleRecords.article(),
                Topics.ARTICLES_ENRICHED, SampleRecords.enrichedArticle(),
                Topics.VISITS, SampleRecords.visitEvent(),
                Topics.COMMITMENTS, SampleRecords.commitment());
        samples.forEach((topic, record) -> {
            DeserializeResult result = value(topic.name(), serialize(topic, record), List.of());
            assertEquals(RecordJson.toJsonLine(record), result.getResult(), topic.name());
            assertEquals(DeserializeResult.Type.JSON, result.getType(), topic.name());
        });
        DeserializeResult commitment = value(Topics.COMMITMENTS.name(),
                serialize(Topics.COMMITMENTS, SampleRecords.commitment()), List.of());
        assertTrue(commitment.getResult().startsWith("{\"id\":\"c-1\",\"articleId\":\"a-1\",\"committer\":"
                + "\"Jane Example\""), commitment.getResult());
    }

    @Test
    void aDeadLetterIsItsHeadersAndItsOriginalBytes() {
        byte[] article = serialize(Topics.ARTICLES_RAW, SampleRecords.article());
        List<RecordHeader> headers = List.of(header("visitwire.stage", "enrich"),
                header("__streams.errors.message", "article too long"));

        DeserializeResult binary = value(Topics.ARTICLES_DLQ.name(), article, headers);
        DeserializeResult text = value(Topics.ARTICLES_DLQ.name(), "{\"id\":\"a-9\"".getBytes(StandardCharsets.UTF_8),
                headers);

        assertEquals("{\"headers\":{\"visitwire.stage\":\"enrich\",\"__streams.errors.message\":\"article too long\"},"
                + "\"valueBase64\":\"" + Base64.getEncoder().encodeToString(article) + "\"}", binary.getResult());
        assertEquals("{\"headers\":{\"visitwire.stage\":\"enrich\",\"__streams.errors.message\":\"article too long\"},"
                + "\"value\":\"{\\\"id\\\":\\\"a-9\\\"\"}", text.getResult());
        assertEquals(DeserializeResult.Type.JSON, text.getType());
    }

    @Test
    void anUndecodableValueShowsWhyAndItsBytesInsteadOfFallingBackSilently() {
        byte[] junk = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);

        DeserializeResult result = value(Topics.VISITS.name(), junk, List.of());

        String error = "Cannot deserialize VisitEvent from topic visits.v1: Cannot decode VisitEvent: Unrecognized"
                + " header bytes: 0x7B 0x22";
        assertEquals("{\"error\":\"" + error + "\",\"valueBase64\":\"" + Base64.getEncoder().encodeToString(junk)
                + "\"}", result.getResult());
        assertEquals(Map.of("error", error), result.getAdditionalProperties());
    }

    @Test
    void aRecordOfAnotherTopicsSchemaNamesTheFingerprintItDoesNotKnow() {
        byte[] article = serialize(Topics.ARTICLES_RAW, SampleRecords.article());

        DeserializeResult result = value(Topics.VISITS.name(), article, List.of());

        assertTrue(result.getResult().startsWith("{\"error\":\"Cannot deserialize VisitEvent from topic visits.v1: "),
                result.getResult());
        assertTrue(result.getAdditionalProperties().get("error").toString().contains("fingerprint"),
                result.getResult());
    }

    @Test
    void keysAreStringsAndOnlyKeysCanBeWritten() {
        Serde serde = serde();
        for (Topic<?, ?> topic : Topics.ALL) {
            assertTrue(call(() -> serde.canDeserialize(topic.name(), Serde.Target.KEY)), topic.name());
            assertTrue(call(() -> serde.canDeserialize(topic.name(), Serde.Target.VALUE)), topic.name());
            assertTrue(call(() -> serde.canSerialize(topic.name(), Serde.Target.KEY)), topic.name());
            assertFalse(call(() -> serde.canSerialize(topic.name(), Serde.Target.VALUE)), topic.name());
        }
        assertFalse(call(() -> serde.canDeserialize("__consumer_offsets", Serde.Target.VALUE)));

        Serde.Deserializer keys = call(() -> serde.deserializer(Topics.VISITS.name(), Serde.Target.KEY));
        DeserializeResult key = call(() -> keys.deserialize(headers(List.of()), "v-1".getBytes(StandardCharsets.UTF_8)));
        assertEquals("v-1", key.getResult());
        assertEquals(DeserializeResult.Type.STRING, key.getType());
        Serde.Serializer keyWriter = call(() -> serde.serializer(Topics.VISITS.name(), Serde.Target.KEY));
        assertEquals("v-1", new String(call(() -> keyWriter.serialize("v-1")), StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> call(() -> serde.serializer(Topics.VISITS.name(),
                Serde.Target.VALUE)));
    }

    DeserializeResult value(String topic, byte[] data, List<RecordHeader> headers) {
        Serde serde = serde();
        Serde.Deserializer deserializer = call(() -> serde.deserializer(topic, Serde.Target.VALUE));
        return call(() -> deserializer.deserialize(headers(headers), data));
    }

    @SuppressWarnings("unchecked")
    static <V> byte[] serialize(Topic<String, V> topic, SpecificRecord record) {
        return topic.valueSerde().serializer().serialize(topic.name(), (V) record);
    }

    static String shippedFingerprint(String topic) throws IOException {
        try (InputStream in = Topics.class.getResourceAsStream("/topic-schemas/" + topic + ".fingerprint")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    static RecordHeader header(String key, String value) {
        return new RecordHeader() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public byte[] value() {
                return value.getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    static RecordHeaders headers(List<RecordHeader> headers) {
        return new RecordHeaders() {
            @Override
            public Iterator<RecordHeader> iterator() {
                return headers.iterator();
            }
        };
    }
}
