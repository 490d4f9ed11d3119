package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.Article;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    static Stream<SpecificRecord> everyTopicRecord() {
        return Stream.of(SampleRecords.article(), SampleRecords.enrichedArticle(),
                SampleRecords.visitEvent(), SampleRecords.commitment());
    }

    @ParameterizedTest
    @MethodSource("everyTopicRecord")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyRecordSurvivesTheRoundTrip(SpecificRecord record) {
        AvroSerde serde = AvroSerde.of(record.getClass());

        byte[] bytes = serde.serializer().serialize("t", record);

        assertEquals(record, serde.deserializer().deserialize("t", bytes));
    }

    @Test
    void valuesCarryTheSingleObjectMarkerAndFingerprint() {
        byte[] bytes = Topics.ARTICLES_RAW.valueSerde().serializer().serialize("t", SampleRecords.article());

        // Avro single-object encoding: C3 01, then the 8-byte CRC-64-AVRO fingerprint of the writer schema.
        assertArrayEquals(new byte[] {(byte) 0xC3, 0x01}, new byte[] {bytes[0], bytes[1]});
        assertTrue(bytes.length > 10);
    }

    @Test
    void undecodableBytesFailWithTheTopicNamed() {
        SerializationException error = assertThrows(SerializationException.class,
                () -> Topics.ARTICLES_RAW.valueSerde().deserializer().deserialize("articles.raw.v1", "not avro".getBytes()));

        assertTrue(error.getMessage().contains("articles.raw.v1"), error.getMessage());
    }

    @Test
    void nullIsATombstoneBothWays() {
        AvroSerde<Article> serde = AvroSerde.of(Article.class);
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
    }

    @Test
    void everyTopicHasADistinctVersionedName() {
        assertEquals(Topics.ALL.size(), Topics.ALL.stream().map(Topic::name).distinct().count());
        Topics.ALL.forEach(topic -> assertTrue(topic.name().endsWith(".v1"), topic.name()));
        assertEquals(Topics.VISITS, Topics.byName("visits.v1").orElseThrow());
    }
}
