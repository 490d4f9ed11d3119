package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code visitwire tail} on a real broker: it reads past a record it cannot decode, printing one error line for it,
 * and shows only committed records. (Its client settings, security included, are {@code SaslPlainIT}'s.)
 * Other tests' records are on the same topic, so this run's are told apart by their ids and offsets.
 */
@ExtendWith(RealKafkaExtension.class)
class TailCommandIT {

    private static final int PARTITION = 0;

    @Test
    void tailPrintsTheRecordsBeforeAndAfterAnUndecodableOneAndAnErrorLineForIt(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 2, (short) 1);
        }
        String run = "tail-" + UUID.randomUUID().toString().substring(0, 8);
        long poisonOffset;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            send(producer, run + "-before", encoded(run + "-before"));
            poisonOffset = send(producer, run + "-poison", "{\"id\": \"plain JSON, not Avro\"}".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> transactional = broker.clientProperties();
        transactional.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, run + "-aborted");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(transactional,
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            send(producer, run + "-aborted", encoded(run + "-aborted"));
            producer.abortTransaction();
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            send(producer, run + "-after", encoded(run + "-after"));
        }

        List<JsonNode> ours = new ArrayList<>();
        for (String line : CommandRun.onBroker(broker, "tail", Topics.ARTICLES_RAW.name()).split("\n")) {
            JsonNode json = RecordJson.MAPPER.readTree(line);
            boolean ourArticle = json.path("id").asText().startsWith(run);
            boolean ourError = json.has("error") && json.get("partition").asInt() == PARTITION
                    && json.get("offset").asLong() == poisonOffset;
            if (ourArticle || ourError) {
                ours.add(json);
            }
        }

        assertEquals(3, ours.size(), "before, the error line, after (not the aborted one): " + ours);
        assertEquals(run + "-before", ours.get(0).get("id").asText());
        JsonNode error = ours.get(1);
        assertEquals(List.of("error", "topic", "partition", "offset"), fieldNames(error));
        assertTrue(error.get("error").asText().contains("Article"), error.toString());
        assertEquals(Topics.ARTICLES_RAW.name(), error.get("topic").asText());
        assertEquals(run + "-after", ours.get(2).get("id").asText());
    }

    @Test
    void tailMetaPrintsKeyPartitionOffsetAndTimestampAroundTheValue(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 2, (short) 1);
        }
        String id = "tail-meta-" + UUID.randomUUID().toString().substring(0, 8);
        long offset;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            offset = send(producer, id, encoded(id));
        }
        for (String[] options : List.of(new String[] {"--meta"},
                new String[] {"--print-key", "--print-partition", "--print-offset", "--print-timestamp"})) {
            List<String> args = new ArrayList<>(List.of("tail", Topics.ARTICLES_RAW.name()));
            args.addAll(List.of(options));
            JsonNode ours = null;
            for (String line : CommandRun.onBroker(broker, args.toArray(String[]::new)).split("\n")) {
                JsonNode json = RecordJson.MAPPER.readTree(line);
                if (id.equals(json.path("key").asText())) {
                    ours = json;
                }
            }
            assertTrue(ours != null, "a line with key " + id + " for " + args);
            assertEquals(List.of("timestamp", "timestampType", "partition", "offset", "key", "value"), fieldNames(ours));
            assertEquals(PARTITION, ours.get("partition").asInt());
            assertEquals(offset, ours.get("offset").asLong());
            assertEquals("CreateTime", ours.get("timestampType").asText());
            Instant.parse(ours.get("timestamp").asText());
            assertEquals(id, ours.at("/value/id").asText());
        }
    }

    @Test
    void tailFollowStopsOnceItsOutputIsClosed(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 2, (short) 1);
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            send(producer, "tail-pipe-1", encoded("tail-pipe-1"));
            send(producer, "tail-pipe-2", encoded("tail-pipe-2"));
        }
        // as `tail --follow | head -1`: the first line goes through, then the reader is gone
        ClosingAfterOneLine sink = new ClosingAfterOneLine();
        TailCommand tail = new TailCommand();
        tail.out = new PrintStream(sink, false, StandardCharsets.UTF_8);
        int exit = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> new picocli.CommandLine(tail)
                .execute(Topics.ARTICLES_RAW.name(), "--follow", "--from-beginning",
                        "--bootstrap-server", broker.bootstrapServers()));
        assertEquals(0, exit);
        assertTrue(tail.out.checkError());
        assertEquals(1, sink.lines, "one line written before the pipe closed");
    }

    @Test
    void tailFollowInItsOwnProcessExitsWhenThePipeItWritesToCloses(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 2, (short) 1);
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 50; i++) {
                send(producer, "tail-process-" + i, encoded("tail-process-" + i));
            }
        }
        // `visitwire tail --follow --from-beginning | head -1`: read one line, then close the pipe
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process tail = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                Visitwire.class.getName(), "tail", Topics.ARTICLES_RAW.name(), "--follow", "--from-beginning",
                "--bootstrap-server", broker.bootstrapServers())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(tail.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertTrue(first != null && first.startsWith("{"), "a first JSON line: " + first);
            lines.close();
            assertTrue(tail.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "tail still runs after its pipe closed");
            assertEquals(0, tail.exitValue());
        } finally {
            tail.destroyForcibly();
        }
    }

    /** An output whose reader leaves after the first line, like a pipe to {@code head -1}. */
    private static final class ClosingAfterOneLine extends java.io.OutputStream {
        int lines;

        @Override
        public void write(int b) throws java.io.IOException {
            if (lines >= 1) {
                throw new java.io.IOException("Broken pipe");
            }
            if (b == '\n') {
                lines++;
            }
        }
    }

    private static byte[] encoded(String id) {
        return Topics.ARTICLES_RAW.valueSerde().serializer().serialize(Topics.ARTICLES_RAW.name(), Article.newBuilder()
                .setId(id).setTitle("Tail " + id).setBody("b").setReceivedAt(Instant.EPOCH).build());
    }

    private static long send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), PARTITION,
                key.getBytes(StandardCharsets.UTF_8), value)).get().offset();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
