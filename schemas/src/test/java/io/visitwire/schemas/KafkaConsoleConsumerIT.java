package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kafka's own {@code kafka-console-consumer} ({@code ConsoleConsumer} of kafka-tools, the project's Kafka version) in
 * a child JVM whose classpath is Kafka's jars and {@code target/visitwire-formatter.jar} alone, as the README's
 * recipe runs it: every line it prints for records the topics' serdes wrote in transactions on a real broker.
 */
@ExtendWith(RealKafkaExtension.class)
class KafkaConsoleConsumerIT {

    private static final Path FORMATTER_JAR =
            Path.of(System.getProperty("basedir", "."), "target", "visitwire-formatter.jar");
    private static final String KAFKA_CLASSPATH = System.getProperty("visitwire.test.kafka.classpath", "");
    private static final String FORMATTER = VisitwireMessageFormatter.class.getName();
    private static final long TIMESTAMP = SampleRecords.NOW.toEpochMilli();
    private static final TopicPartition PARTITION = new TopicPartition(Topics.VISITS.name(), 0);

    @BeforeAll
    static void kafkasJarsAndTheFormatterJarAreBuilt() {
        assertTrue(Files.isRegularFile(FORMATTER_JAR), FORMATTER_JAR + " (mvn package builds it)");
        List<String> kafka = Arrays.asList(KAFKA_CLASSPATH.split(File.pathSeparator));
        assertTrue(kafka.stream().anyMatch(jar -> jar.contains("kafka-tools-")), KAFKA_CLASSPATH);
        kafka.forEach(jar -> assertTrue(Files.isRegularFile(Path.of(jar)), jar));
        // nothing of the project's decoding may come from Kafka's side: the formatter jar must carry it
        kafka.forEach(jar -> assertFalse(jar.matches(".*(avro|jackson|visitwire).*"), jar));
    }

    @Test
    void printsEachCommittedRecordWithTheRequestedPartsAndAnErrorLineForAnUndecodableOne(KafkaBroker broker)
            throws Exception {
        long start = endOffset(broker);
        VisitEvent first = visit("v-console-1-" + UUID.randomUUID());
        VisitEvent aborted = visit("v-console-aborted-" + UUID.randomUUID());
        VisitEvent second = visit("v-console-2-" + UUID.randomUUID());
        List<RecordMetadata> committed = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = transactionalProducer(broker)) {
            producer.initTransactions();
            producer.beginTransaction();
            committed.add(send(producer, first.getVisitId(), encode(first)));
            committed.add(send(producer, "junk", "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8)));
            producer.commitTransaction();
            producer.beginTransaction();
            send(producer, aborted.getVisitId(), encode(aborted));
            producer.abortTransaction();
            producer.beginTransaction();
            committed.add(send(producer, second.getVisitId(), encode(second)));
            producer.commitTransaction();
        }

        List<String> lines = consoleConsumer(broker, start, 3, List.of(
                "--formatter-property", "print.key=true", "--formatter-property", "print.partition=true",
                "--formatter-property", "print.offset=true", "--formatter-property", "print.timestamp=true",
                "--formatter-property", "print.headers=true"));

        assertEquals(List.of(
                "{\"timestamp\":\"2024-03-05T10:15:30Z\",\"timestampType\":\"CreateTime\",\"partition\":0,\"offset\":"
                        + committed.get(0).offset() + ",\"headers\":{\"traceparent\":\"00-0af7651916cd43dd-01\"},"
                        + "\"key\":\"" + first.getVisitId() + "\",\"value\":" + RecordJson.toJsonLine(first) + "}",
                "{\"error\":\"Cannot deserialize VisitEvent from topic visits.v1: Cannot decode VisitEvent:"
                        + " Unrecognized header bytes: 0x7B 0x22\",\"topic\":\"visits.v1\",\"partition\":0,\"offset\":"
                        + committed.get(1).offset() + "}",
                "{\"timestamp\":\"2024-03-05T10:15:30Z\",\"timestampType\":\"CreateTime\",\"partition\":0,\"offset\":"
                        + committed.get(2).offset() + ",\"headers\":{\"traceparent\":\"00-0af7651916cd43dd-01\"},"
                        + "\"key\":\"" + second.getVisitId() + "\",\"value\":" + RecordJson.toJsonLine(second) + "}"),
                lines);
        assertTrue(lines.get(0).contains("\"visitor\":{\"name\":\"Jane Example\",\"title\":\"Foreign Minister\","
                + "\"country\":\"SE\"},\"place\":\"Oslo\",\"country\":\"NO\""), lines.get(0));
    }

    @Test
    void withNoPartChosenEachLineIsTheValuesJsonAlone(KafkaBroker broker) throws Exception {
        long start = endOffset(broker);
        VisitEvent visit = visit("v-console-plain-" + UUID.randomUUID());
        try (KafkaProducer<byte[], byte[]> producer = transactionalProducer(broker)) {
            producer.initTransactions();
            producer.beginTransaction();
            send(producer, visit.getVisitId(), encode(visit));
            producer.commitTransaction();
        }

        // --property, as Kafka before 4.2 names it (print.value=true is the default, said here anyway); Kafka 4.2+
        // still takes it but prints a deprecation notice on stdout first, which a pipe to jq must skip
        List<String> lines = consoleConsumer(broker, start, 1, List.of("--property", "print.value=true"));

        assertEquals(List.of(RecordJson.toJsonLine(visit)),
                lines.stream().filter(line -> !line.startsWith("Option --property is deprecated")).toList());
    }

    private static VisitEvent visit(String visitId) {
        return VisitEvent.newBuilder(SampleRecords.visitEvent()).setVisitId(visitId).build();
    }

    private static byte[] encode(VisitEvent visit) {
        return Topics.VISITS.valueSerde().serializer().serialize(Topics.VISITS.name(), visit);
    }

    private static KafkaProducer<byte[], byte[]> transactionalProducer(KafkaBroker broker) {
        Map<String, Object> props = broker.clientProperties();
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "console-consumer-it-" + UUID.randomUUID());
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static RecordMetadata send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value)
            throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-0af7651916cd43dd-01".getBytes(StandardCharsets.UTF_8));
        return producer.send(new ProducerRecord<>(PARTITION.topic(), PARTITION.partition(), TIMESTAMP,
                key.getBytes(StandardCharsets.UTF_8), value, headers)).get();
    }

    /** Where the records this test writes will start; a topic just created may take a moment to be known. */
    private static long endOffset(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 1, (short) 1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try {
                    return admin.listOffsets(Map.of(PARTITION, OffsetSpec.latest())).partitionResult(PARTITION).get()
                            .offset();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    /** kafka-console-consumer.sh as a user types it, read_committed, from {@code offset} of partition 0. */
    private static List<String> consoleConsumer(KafkaBroker broker, long offset, int maxMessages,
                                                List<String> properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", KAFKA_CLASSPATH + File.pathSeparator + FORMATTER_JAR,
                "org.apache.kafka.tools.consumer.ConsoleConsumer",
                "--bootstrap-server", broker.bootstrapServers(),
                "--topic", PARTITION.topic(), "--partition", String.valueOf(PARTITION.partition()),
                "--offset", String.valueOf(offset),
                "--isolation-level", "read_committed",
                "--formatter", FORMATTER,
                "--max-messages", String.valueOf(maxMessages), "--timeout-ms", "60000"));
        command.addAll(properties);
        Path stdout = Files.createTempFile("console-consumer", ".out");
        Path stderr = Files.createTempFile("console-consumer", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("ConsoleConsumer did not finish: " + Files.readString(stderr));
            }
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), err);
            assertTrue(err.contains("Processed a total of " + maxMessages + " messages"), err);
            return Files.readAllLines(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
