package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.VisitEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A future release adds an optional field to Article. Both directions must keep working
 * once each side knows the other's schema: today's reader on tomorrow's records, and back.
 */
class SchemaEvolutionTest {

    private static final Schema CURRENT = Article.getClassSchema();
    private static final Schema NEXT = withOptionalField(CURRENT, "section");

    @Test
    void currentReaderReadsRecordsOfTheNextVersion() throws IOException {
        GenericRecord next = new GenericData.Record(NEXT);
        Article sample = SampleRecords.article();
        for (Schema.Field field : CURRENT.getFields()) {
            next.put(field.name(), GenericData.get().deepCopy(field.schema(), sample.get(field.name())));
        }
        next.put("receivedAt", sample.getReceivedAt().toEpochMilli());
        next.put("section", "world");
        ByteBuffer written = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), NEXT).encode(next);

        Article read = AvroSerde.of(Article.class).knowing(NEXT).decode(toBytes(written));

        assertEquals(sample, read);
    }

    @Test
    void nextReaderReadsRecordsOfTheCurrentVersion() throws IOException {
        byte[] written = AvroSerde.of(Article.class).encode(SampleRecords.article());

        BinaryMessageDecoder<GenericRecord> nextReader = new BinaryMessageDecoder<>(GenericData.get(), NEXT);
        nextReader.addSchema(CURRENT);
        GenericRecord read = nextReader.decode(written);

        assertEquals("a-1", read.get("id").toString());
        assertNull(read.get("section"));
    }

    @ParameterizedTest
    @ValueSource(classes = {Article.class, EnrichedArticle.class, VisitEvent.class, Commitment.class})
    void everyReleasedVersionIsReadableByTheCurrentReader(Class<?> topicValue) throws ReflectiveOperationException {
        Schema current = (Schema) topicValue.getMethod("getClassSchema").invoke(null);
        List<Schema> released = SchemaHistory.releasedVersions(current);
        assertFalse(released.isEmpty(), "no released version of " + current.getName());
        for (Schema version : released) {
            org.apache.avro.SchemaCompatibility.SchemaPairCompatibility result =
                    org.apache.avro.SchemaCompatibility.checkReaderWriterCompatibility(current, version);
            assertEquals(org.apache.avro.SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE, result.getType(),
                    result.getDescription());
        }
    }

    private static Schema withOptionalField(Schema base, String name) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : base.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        Schema optionalString = Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING));
        fields.add(new Schema.Field(name, optionalString, "added in the next version", Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, fields);
    }

    private static byte[] toBytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
