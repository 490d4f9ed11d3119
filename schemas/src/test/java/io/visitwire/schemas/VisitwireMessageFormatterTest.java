package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The console consumer's {@code print.*} properties, as Kafka's DefaultMessageFormatter names them. */
class VisitwireMessageFormatterTest {

    private static final long TIMESTAMP = SampleRecords.NOW.toEpochMilli();

    @Test
    void withoutPrintPropertiesALineIsTheValuesJson() {
        assertEquals(RecordJson.toJsonLine(SampleRecords.visitEvent()) + System.lineSeparator(),
                format(Map.of(), visit()));
        assertEquals(RecordJson.toJsonLine(SampleRecords.visitEvent()) + System.lineSeparator(),
                format(Map.of("print.key", "false", "print.value", "true"), visit()));
    }

    @Test
    void eachPrintPropertyAddsItsPartInDefaultMessageFormattersOrder() {
        String line = format(Map.of("print.key", "true", "print.partition", "true", "print.offset", "true",
                "print.timestamp", "true", "print.headers", "true", "print.epoch", "true"), visit());

        assertEquals("{\"timestamp\":\"2024-03-05T10:15:30Z\",\"timestampType\":\"CreateTime\",\"partition\":1,"
                + "\"offset\":42,\"leaderEpoch\":7,\"headers\":{\"traceparent\":\"00-abc-01\"},\"key\":\"v-1\","
                + "\"value\":" + RecordJson.toJsonLine(SampleRecords.visitEvent()) + "}" + System.lineSeparator(), line);
    }

    @Test
    void printValueFalseLeavesTheValueOutAndSoNeverFailsToDecodeIt() {
        ConsumerRecord<byte[], byte[]> junk = new ConsumerRecord<>(Topics.VISITS.name(), 0, 5L,
                bytes("k"), bytes("{not avro"));

        assertEquals("{\"offset\":5,\"key\":\"k\"}" + System.lineSeparator(),
                format(Map.of("print.key", "TRUE", "print.offset", " true ", "print.value", "false"), junk));
    }

    @Test
    void anUndecodableValueIsTheErrorLineWhateverIsPrinted() {
        ConsumerRecord<byte[], byte[]> junk = new ConsumerRecord<>(Topics.VISITS.name(), 0, 5L,
                bytes("k"), bytes("{\"not\": \"avro\"}"));

        String line = format(Map.of("print.key", "true"), junk);

        assertEquals("{\"error\":\"Cannot deserialize VisitEvent from topic visits.v1: Cannot decode VisitEvent:"
                + " Unrecognized header bytes: 0x7B 0x22\",\"topic\":\"visits.v1\",\"partition\":0,\"offset\":5}"
                + System.lineSeparator(), line);
    }

    private static ConsumerRecord<byte[], byte[]> visit() {
        byte[] value = Topics.VISITS.valueSerde().serializer().serialize(Topics.VISITS.name(), SampleRecords.visitEvent());
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", bytes("00-abc-01"));
        return new ConsumerRecord<>(Topics.VISITS.name(), 1, 42L, TIMESTAMP, TimestampType.CREATE_TIME,
                1, value.length, bytes("v-1"), value, headers, Optional.of(7));
    }

    private static String format(Map<String, String> properties, ConsumerRecord<byte[], byte[]> record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
             VisitwireMessageFormatter formatter = new VisitwireMessageFormatter()) {
            formatter.configure(properties);
            formatter.writeTo(record, print);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
