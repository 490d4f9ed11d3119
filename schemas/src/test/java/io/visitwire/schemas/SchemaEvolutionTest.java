package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.KnownVisits;
import io.visitwire.schemas.avro.VisitEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import io.visitwire.schemas.avro.VisitMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A future release adds an optional field to Article. Both directions must keep working
 * once each side knows the other's schema: today's reader on tomorrow's records, and back.
 * The same for the fields added since the released schemas ({@code rules} on visits and
 * commitments): records every released version wrote read with the defaults, and readers of
 * every released version read today's records.
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
    @ValueSource(classes = {Article.class, EnrichedArticle.class, VisitEvent.class, Commitment.class, KnownVisits.class})
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

    /** Records with rules filled in wherever today's schemas have them, each with a released version it had before. */
    static Stream<Arguments> recordsWithRulesAndTheirReleasedSchemas() {
        EnrichedArticle withVisits = EnrichedArticle.newBuilder(SampleRecords.enrichedArticle())
                .setVisitEvents(List.of(SampleRecords.visitEvent())).build();
        return Stream.of(SampleRecords.visitEvent(), SampleRecords.commitment(), withVisits,
                        new KnownVisits(List.of(SampleRecords.visitEvent())))
                .flatMap(record -> SchemaHistory.releasedVersions(record.getSchema()).stream()
                        .map(version -> Arguments.of(record, version)));
    }

    @Test
    void theReleasedSchemasOfVisitsAndCommitmentsAreKnown() {
        assertEquals(1, SchemaHistory.releasedVersions(VisitEvent.getClassSchema()).size());
        assertEquals(1, SchemaHistory.releasedVersions(Commitment.getClassSchema()).size());
        assertEquals(2, SchemaHistory.releasedVersions(EnrichedArticle.getClassSchema()).size(), "v1, v2 with visitEvents");
        assertEquals(1, SchemaHistory.releasedVersions(KnownVisits.getClassSchema()).size());
    }

    @ParameterizedTest
    @MethodSource("recordsWithRulesAndTheirReleasedSchemas")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void recordsWrittenWithAReleasedSchemaReadWithNoRules(SpecificRecord sample, Schema released) {
        byte[] bytes = encode(released, (GenericRecord) asWrittenWith(released, sample));

        SpecificRecord read = (SpecificRecord) AvroSerde.of((Class) sample.getClass()).decode(bytes);

        List<List<?>> rules = rulesIn(read);
        assertFalse(rules.isEmpty(), "no rules field in " + read.getSchema().getName());
        rules.forEach(r -> assertEquals(List.of(), r));
        assertEquals(expectedFrom(sample, released), read);
    }

    @ParameterizedTest
    @MethodSource("recordsWithRulesAndTheirReleasedSchemas")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aReaderOfAReleasedSchemaReadsTodaysRecordsWithoutTheirRules(SpecificRecord sample, Schema released)
            throws IOException {
        byte[] written = AvroSerde.of((Class) sample.getClass()).encode(sample);

        BinaryMessageDecoder<GenericRecord> oldReader = new BinaryMessageDecoder<>(GenericData.get(), released);
        oldReader.addSchema(sample.getSchema());
        GenericRecord read = oldReader.decode(written);

        assertEquals(asWrittenWith(released, sample), read);
        assertTrue(rulesIn(read).isEmpty(), "rules in " + read);
    }

    private static byte[] encode(Schema writer, GenericRecord record) {
        try {
            return toBytes(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(record));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * {@code value} as a producer built with {@code schema} would have held it: only the fields that
     * schema names, taken by name, with timestamps as epoch millis and enums as symbols.
     */
    private static Object asWrittenWith(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        switch (schema.getType()) {
            case RECORD: {
                IndexedRecord source = (IndexedRecord) value;
                GenericData.Record out = new GenericData.Record(schema);
                for (Schema.Field field : schema.getFields()) {
                    Schema.Field same = source.getSchema().getField(field.name());
                    out.put(field.name(), asWrittenWith(field.schema(), source.get(same.pos())));
                }
                return out;
            }
            case UNION:
                return asWrittenWith(schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL)
                        .findFirst().orElseThrow(), value);
            case ARRAY:
                return ((Collection<?>) value).stream().map(item -> asWrittenWith(schema.getElementType(), item)).toList();
            case ENUM:
                return new GenericData.EnumSymbol(schema, value.toString());
            case LONG:
                return value instanceof Instant instant ? instant.toEpochMilli() : value;
            case STRING:
                return value.toString();
            default:
                return value;
        }
    }

    /** Every {@code rules} list in the record and the records it nests. */
    private static List<List<?>> rulesIn(Object value) {
        List<List<?>> out = new ArrayList<>();
        if (value instanceof IndexedRecord record) {
            for (Schema.Field field : record.getSchema().getFields()) {
                if (field.name().equals("rules")) {
                    out.add((List<?>) record.get(field.pos()));
                } else {
                    out.addAll(rulesIn(record.get(field.pos())));
                }
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> out.addAll(rulesIn(item)));
        }
        return out;
    }

    /** {@code sample} as read from a record of {@code writer}: no rules, and what that writer lacked at its default. */
    private static SpecificRecord expectedFrom(SpecificRecord sample, Schema writer) {
        if (sample instanceof VisitEvent v) {
            return VisitEvent.newBuilder(v).setRules(List.of()).build();
        }
        if (sample instanceof Commitment c) {
            return Commitment.newBuilder(c).setRules(List.of()).build();
        }
        if (sample instanceof KnownVisits k) {
            return new KnownVisits(k.getVisits().stream().map(v -> (VisitEvent) expectedFrom(v, writer)).toList());
        }
        EnrichedArticle a = (EnrichedArticle) sample;
        return EnrichedArticle.newBuilder(a)
                .setCommitments(a.getCommitments().stream().map(c -> (Commitment) expectedFrom(c, writer)).toList())
                .setVisits(a.getVisits().stream().map(m -> VisitMention.newBuilder(m).setRules(List.of()).build()).toList())
                .setVisitEvents(writer.getField("visitEvents") == null ? List.of()
                        : a.getVisitEvents().stream().map(v -> (VisitEvent) expectedFrom(v, writer)).toList())
                .build();
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
