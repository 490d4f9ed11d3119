package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code examples/python/consume_visits.py} (Debian's python3-confluent-kafka and python3-avro, nothing of visitwire
 * but the shipped {@code topic-schemas/}) reading records the project's serdes wrote on a real broker: as a consumer
 * group, read_committed, one line per record in the form of {@code visitwire tail}, a visit of an earlier release's
 * schema resolved to today's. The records go to a topic of this test's own ({@code --topic}) so that the lines are
 * exactly these.
 */
@ExtendWith(RealKafkaExtension.class)
class PythonVisitsConsumerIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Path SCRIPT = REPOSITORY.resolve("examples/python/consume_visits.py");
    private static final String INSTALL = "apt-get install -y python3-confluent-kafka python3-avro";

    private static String python;

    @BeforeAll
    static void findAPythonWithDebiansKafkaAndAvroModules() throws Exception {
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT.toString());
        Optional<String> found = Optional.empty();
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            if (imports(candidate)) {
                found = Optional.of(candidate);
                break;
            }
        }
        Assumptions.assumeTrue(found.isPresent(), "no python3 here imports confluent_kafka and avro (" + INSTALL
                + "; .ci/run installs them): the Python consumer example is not run");
        python = found.get();
    }

    @Test
    void printsEachCommittedVisitAsJsonAndCommitsItsGroupsOffsets(KafkaBroker broker) throws Exception {
        String topic = "visits.v1.python-it-" + UUID.randomUUID();
        String group = "python-it-" + UUID.randomUUID();
        broker.createTopicsIfAbsent(topic);
        VisitEvent first = visit("v-python-1");
        VisitEvent aborted = visit("v-python-aborted");
        VisitEvent second = visit("v-python-2");
        byte[] released = writtenWithTheFirstReleasedSchema(visit("v-python-released"));
        RecordMetadata junk;
        RecordMetadata tombstone;
        try (KafkaProducer<byte[], byte[]> producer = producer(broker, true)) {
            producer.initTransactions();
            producer.beginTransaction();
            send(producer, topic, first.getVisitId(), encode(first));
            junk = send(producer, topic, "junk", "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8));
            send(producer, topic, "v-python-released", released);
            producer.commitTransaction();
            producer.beginTransaction();
            send(producer, topic, aborted.getVisitId(), encode(aborted));
            producer.abortTransaction();
            producer.beginTransaction();
            send(producer, topic, second.getVisitId(), encode(second));
            producer.commitTransaction();
        }
        try (KafkaProducer<byte[], byte[]> producer = producer(broker, false)) {
            tombstone = send(producer, topic, first.getVisitId(), null);
        }

        List<String> lines = run(broker, topic, group, 5);
        // an older producer's visit: found by its fingerprint in index.json, resolved to today's schema
        String releasedLine = RecordJson.toJsonLine(
                Topics.VISITS.valueSerde().deserializer().deserialize(Topics.VISITS.name(), released));

        assertEquals(List.of(
                RecordJson.toJsonLine(first),
                "{\"error\":\"not Avro single-object encoding: starts 7b22, not c301\",\"topic\":\"" + topic
                        + "\",\"partition\":0,\"offset\":" + junk.offset() + "}",
                releasedLine,
                RecordJson.toJsonLine(second),
                "{\"key\":\"v-python-1\",\"value\":null}"), lines);
        assertTrue(lines.get(0).startsWith("{\"visitId\":\"v-python-1\",\"visitor\":{\"name\":\"Jane Example\""),
                lines.get(0));
        assertTrue(lines.get(0).contains(",\"updatedAt\":\"2024-03-05T10:15:30Z\""), lines.get(0));
        assertTrue(releasedLine.startsWith("{\"visitId\":\"v-python-released\","), releasedLine);
        assertTrue(releasedLine.endsWith(",\"rules\":[]}"), releasedLine);
        try (Admin admin = broker.createAdmin()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            assertEquals(tombstone.offset() + 1, committed.get(new TopicPartition(topic, 0)).offset(), committed.toString());
        }
    }

    private static boolean imports(String candidate) throws InterruptedException {
        try {
            Process probe = new ProcessBuilder(candidate, "-c", "import confluent_kafka, avro.io")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException notThere) {
            return false;
        }
    }

    private static List<String> run(KafkaBroker broker, String topic, String group, int maxMessages)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, SCRIPT.toString(),
                "--bootstrap-server", broker.bootstrapServers(), "--topic", topic, "--group", group,
                "--max-messages", String.valueOf(maxMessages), "--timeout-ms", "60000"));
        Path stdout = Files.createTempFile("consume-visits", ".out");
        Path stderr = Files.createTempFile("consume-visits", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(REPOSITORY.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("consume_visits.py did not finish: " + Files.readString(stderr));
            }
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), err);
            assertTrue(err.contains("consume_visits: " + maxMessages + " records"), err);
            return Files.readAllLines(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** The visit as a producer of the first release wrote it: that schema's fingerprint, its fields only. */
    private static byte[] writtenWithTheFirstReleasedSchema(VisitEvent visit) throws IOException {
        Schema first = SchemaHistory.releasedVersions(VisitEvent.getClassSchema()).get(0);
        assertTrue(!first.equals(VisitEvent.getClassSchema()), "visits.v1 has had one schema only");
        GenericRecord old = new GenericData.Record(first);
        for (Schema.Field field : first.getFields()) {
            old.put(field.name(), GenericData.get().deepCopy(field.schema(), visit.get(field.name())));
        }
        old.put("updatedAt", visit.getUpdatedAt().toEpochMilli());
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), first).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private static VisitEvent visit(String visitId) {
        return VisitEvent.newBuilder(SampleRecords.visitEvent()).setVisitId(visitId).build();
    }

    private static byte[] encode(VisitEvent visit) {
        return Topics.VISITS.valueSerde().serializer().serialize(Topics.VISITS.name(), visit);
    }

    private static KafkaProducer<byte[], byte[]> producer(KafkaBroker broker, boolean transactional) {
        Map<String, Object> props = broker.clientProperties();
        if (transactional) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "python-it-" + UUID.randomUUID());
        }
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static RecordMetadata send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value)
            throws Exception {
        return producer.send(new ProducerRecord<>(topic, 0, key.getBytes(StandardCharsets.UTF_8), value)).get();
    }
}
