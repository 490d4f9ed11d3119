package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code topic-schemas/} files are what a reader in another language uses instead of the Java
 * classes: they must be exactly what {@link TopicSchemas} generates from the classes, which this test writes to
 * {@code target/topic-schemas/} first (copy them over after a schema change).
 */
class TopicSchemasTest {

    private static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "src/main/resources",
            TopicSchemas.DIRECTORY);
    private static final Path GENERATED = Path.of(System.getProperty("basedir", "."), "target", TopicSchemas.DIRECTORY);
    private static final String REGENERATE = "a schema changed: cp schemas/target/topic-schemas/* "
            + "schemas/src/main/resources/topic-schemas/ (written by this test) and commit them";

    @BeforeAll
    static void generate() throws IOException {
        TopicSchemas.main(new String[] {GENERATED.toString()});
    }

    @Test
    void theCommittedFilesAreExactlyTheGeneratedOnes() throws IOException {
        Map<String, String> expected = TopicSchemas.files();
        try (Stream<Path> files = Files.list(COMMITTED)) {
            assertEquals(new TreeSet<>(expected.keySet()),
                    new TreeSet<>(files.map(path -> path.getFileName().toString()).toList()), REGENERATE);
        }
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(file.getValue(), Files.readString(COMMITTED.resolve(file.getKey()), StandardCharsets.UTF_8),
                    file.getKey() + ": " + REGENERATE);
        }
    }

    @Test
    void eachTopicValueHasOneSelfContainedSchemaEqualToItsClasses() throws IOException {
        assertEquals(List.of("articles.raw.v1", "articles.enriched.v1", "visits.v1", "commitments.v1"),
                TopicSchemas.all().stream().map(TopicSchemas.TopicSchema::topic).toList());
        for (TopicSchemas.TopicSchema topic : TopicSchemas.all()) {
            // parsed alone, with no other .avsc known: every named type is inlined
            Schema shipped = new Schema.Parser().parse(resource(topic.avscFile()));
            Schema classes = ((AvroSerde<?>) Topics.byName(topic.topic()).orElseThrow().valueSerde()).schema();
            assertEquals(classes, shipped, topic.topic());
            assertEquals(classes.toString(), shipped.toString(), topic.topic());
            assertEquals(SchemaNormalization.parsingFingerprint64(classes),
                    SchemaNormalization.parsingFingerprint64(shipped), topic.topic());
        }
    }

    @Test
    void theShippedFingerprintIsTheEightBytesAfterTheMarkerOfARealMessage() throws IOException {
        Map<String, SpecificRecord> samples = Map.of(
                Topics.ARTICLES_RAW.name(), SampleRecords.article(),
                Topics.ARTICLES_ENRICHED.name(), SampleRecords.enrichedArticle(),
                Topics.VISITS.name(), SampleRecords.visitEvent(),
                Topics.COMMITMENTS.name(), SampleRecords.commitment());
        for (TopicSchemas.TopicSchema topic : TopicSchemas.all()) {
            byte[] message = serialize(topic.topic(), samples.get(topic.topic()));
            assertArrayEquals(new byte[] {(byte) 0xC3, 0x01}, Arrays.copyOfRange(message, 0, 2), topic.topic());
            String shipped = resource(topic.fingerprintFile());
            assertEquals(HexFormat.of().formatHex(message, 2, 10) + "\n", shipped, topic.topic());
            // little-endian: the first byte on the wire is the fingerprint's lowest
            long fingerprint = SchemaNormalization.parsingFingerprint64(topic.schema());
            assertEquals((byte) fingerprint, message[2], topic.topic());
        }
    }

    @Test
    void theIndexNamesAWriterSchemaForEveryReleasedFingerprint() throws IOException {
        JsonNode index = RecordJson.MAPPER.readTree(resource(TopicSchemas.INDEX));
        for (TopicSchemas.TopicSchema topic : TopicSchemas.all()) {
            JsonNode entry = index.at("/topics/" + topic.topic().replace("~", "~0").replace("/", "~1"));
            assertEquals(topic.schema().getFullName(), entry.get("valueType").asText());
            assertEquals(topic.fingerprintHex(), entry.get("fingerprint").asText());
            assertEquals(topic.avscFile(), entry.get("writerSchemas").get(topic.fingerprintHex()).asText());
            for (Schema released : SchemaHistory.releasedVersions(topic.schema())) {
                JsonNode file = entry.get("writerSchemas").get(TopicSchemas.fingerprintHex(released));
                assertNotNull(file, topic.topic() + " lacks a released version");
                Schema named = new Schema.Parser().parse(COMMITTED.resolve(file.asText()).normalize().toFile());
                assertEquals(TopicSchemas.fingerprintHex(released), TopicSchemas.fingerprintHex(named));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static byte[] serialize(String topic, SpecificRecord record) {
        AvroSerde<SpecificRecord> serde = (AvroSerde<SpecificRecord>) Topics.byName(topic).orElseThrow().valueSerde();
        return serde.encode(record);
    }

    /** A file as the schemas jar ships it. */
    private static String resource(String name) throws IOException {
        try (InputStream in = TopicSchemas.class.getResourceAsStream("/" + TopicSchemas.DIRECTORY + "/" + name)) {
            assertNotNull(in, "no resource " + TopicSchemas.DIRECTORY + "/" + name + ": " + REGENERATE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
