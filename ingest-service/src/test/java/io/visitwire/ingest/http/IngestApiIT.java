package io.visitwire.ingest.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.visitwire.ingest.IngestConfig;
import io.visitwire.ingest.IngestService;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingest service, as {@code IngestMain} wires it, against a real Kafka broker. */
@ExtendWith(RealKafkaExtension.class)
class IngestApiIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final TopicPartition PARTITION = new TopicPartition(Topics.ARTICLES_RAW.name(), 0);

    private static IngestService service;
    private static KafkaBroker kafka;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startService(KafkaBroker broker) {
        kafka = broker;
        // The broker does not auto-create topics; one partition keeps the order the tests rely on.
        broker.createTopicsIfAbsent(List.of(new NewTopic(Topics.ARTICLES_RAW.name(), Optional.of(1), Optional.empty())));
        Map<String, String> settings = new HashMap<>();
        broker.clientProperties().forEach((key, value) -> settings.put(IngestConfig.KAFKA_PREFIX + key, String.valueOf(value)));
        service = IngestService.start(IngestConfig.fromSettings(settings, "test").withHttpPort(0));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void postedArticleIsOnTheRawTopicKeyedByItsId() throws Exception {
        String id = "it-" + UUID.randomUUID();
        long start = endOffset();
        Instant before = Instant.now();

        HttpResponse<String> response = post("/articles", "application/json", article(id, "Gates Thanks Azerbaijan"));

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(id, RecordJson.MAPPER.readTree(response.body()).get("ids").get(0).asText());
        List<ConsumerRecord<String, Article>> records = readUntilKey(start, id);
        ConsumerRecord<String, Article> record = records.get(records.size() - 1);
        assertEquals(id, record.key());
        Article article = record.value();
        assertEquals(id, article.getId());
        assertEquals("Gates Thanks Azerbaijan", article.getTitle());
        assertEquals("2010-06-07", article.getPublished());
        assertEquals("American Forces Press Service", article.getSource());
        assertTrue(!article.getReceivedAt().isBefore(before.minusSeconds(1)), article.getReceivedAt().toString());
    }

    @Test
    void malformedArticlePublishesNothing() throws Exception {
        long start = endOffset();

        HttpResponse<String> malformed = post("/articles", "application/json", "{\"id\":\"it-malformed\",\"title\":");
        HttpResponse<String> invalid = post("/articles", "application/json", "{\"id\":\"it-invalid\",\"title\":\"no body\"}");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(400, invalid.statusCode(), invalid.body());

        // A valid article posted afterwards by the same producer lands after anything the refused ones could
        // have produced, so reading up to it proves nothing else was written, without waiting on a clock.
        String marker = "it-marker-" + UUID.randomUUID();
        assertEquals(202, post("/articles", "application/json", article(marker, "Marker")).statusCode());
        List<ConsumerRecord<String, Article>> records = readUntilKey(start, marker);
        assertEquals(List.of(marker), records.stream().map(ConsumerRecord::key).toList());
    }

    @Test
    void batchPublishesTheGoodLinesOnly() throws Exception {
        long start = endOffset();
        String first = "it-batch-1-" + UUID.randomUUID();
        String second = "it-batch-2-" + UUID.randomUUID();

        HttpResponse<String> response = post("/articles:batch", "application/x-ndjson",
                article(first, "One") + "\n{\"id\":\"it-batch-bad\"}\n\n" + article(second, "Two") + "\n");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(2, RecordJson.MAPPER.readTree(response.body()).get("rejected").get(0).get("line").asInt());
        List<ConsumerRecord<String, Article>> records = readUntilKey(start, second);
        assertEquals(List.of(first, second), records.stream().map(ConsumerRecord::key).toList());
    }

    @Test
    void theApiListensOnLoopbackUnlessOpenedToTheNetwork() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no address other than loopback");

        assertThrows(ConnectException.class, () -> new Socket(external.get(), service.httpPort()).close(),
                "with the default http.host the API answered on " + external.get());

        Map<String, String> settings = new HashMap<>();
        kafka.clientProperties().forEach((key, value) -> settings.put(IngestConfig.KAFKA_PREFIX + key, String.valueOf(value)));
        settings.put("http.host", "0.0.0.0");
        settings.put("http.port", "0");
        try (IngestService opened = IngestService.start(IngestConfig.fromSettings(settings, "test"))) {
            URI health = URI.create("http://" + external.get().getHostAddress() + ":" + opened.httpPort() + "/health");
            assertEquals(200, http.send(HttpRequest.newBuilder(health).timeout(DEADLINE).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path))
                .header("Content-Type", contentType)
                .timeout(DEADLINE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String article(String id, String title) {
        return "{\"id\":\"" + id + "\",\"source\":\"American Forces Press Service\",\"published\":\"2010-06-07\","
                + "\"title\":\"" + title + "\",\"body\":\"After arriving in Baku, Gates met President Ilham Aliyev.\"}";
    }

    private static KafkaConsumer<String, Article> consumer() {
        Map<String, Object> properties = kafka.clientProperties();
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(properties, new StringDeserializer(), Topics.ARTICLES_RAW.valueSerde().deserializer());
    }

    private static long endOffset() {
        try (KafkaConsumer<String, Article> consumer = consumer()) {
            return consumer.endOffsets(List.of(PARTITION), DEADLINE).get(PARTITION);
        }
    }

    /** Every record from {@code offset} up to and including the first one keyed {@code key}. */
    private static List<ConsumerRecord<String, Article>> readUntilKey(long offset, String key) {
        List<ConsumerRecord<String, Article>> records = new ArrayList<>();
        try (KafkaConsumer<String, Article> consumer = consumer()) {
            consumer.assign(List.of(PARTITION));
            consumer.seek(PARTITION, offset);
            await().atMost(DEADLINE).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(200))) {
                    if (records.isEmpty() || !records.get(records.size() - 1).key().equals(key)) {
                        records.add(record);
                    }
                }
                return !records.isEmpty() && records.get(records.size() - 1).key().equals(key);
            });
        }
        return records;
    }
}
