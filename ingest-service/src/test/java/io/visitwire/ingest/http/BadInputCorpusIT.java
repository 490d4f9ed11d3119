package io.visitwire.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.ingest.IngestService;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hundreds of bad requests against the service on a real broker: each gets its 4xx with a JSON
 * body naming the problem, none is published, and the service is still healthy after.
 */
@ExtendWith(RealKafkaExtension.class)
class BadInputCorpusIT {

    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static IngestService service;
    private static KafkaBroker kafka;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startService(KafkaBroker broker) {
        kafka = broker;
        broker.createTopicsIfAbsent(Topics.ARTICLES_RAW.name());
        Map<String, String> settings = new HashMap<>();
        broker.clientProperties().forEach((key, value) -> settings.put(IngestConfig.KAFKA_PREFIX + key, String.valueOf(value)));
        settings.put("max.body.bytes", Integer.toString(MAX_BODY_BYTES));
        settings.put("http.port", "0");
        service = IngestService.start(IngestConfig.fromSettings(settings, "corpus test"));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyBadRequestGetsItsStatusAndAJsonReasonAndNothingIsPublished() throws Exception {
        List<BadInputCorpus.Case> corpus = BadInputCorpus.all(MAX_BODY_BYTES);
        assertTrue(corpus.size() >= 200, "corpus has " + corpus.size() + " cases");
        long publishedBefore = endOffset();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (BadInputCorpus.Case bad : corpus) {
            HttpResponse<String> response = send(bad.path(), bad.contentType(), bad.body());
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() != bad.expectedStatus()) {
                wrong.add(bad.name() + ": expected " + bad.expectedStatus() + ", got " + response.statusCode()
                        + " " + response.body());
                continue;
            }
            JsonNode body = RecordJson.MAPPER.readTree(response.body());
            if (!body.hasNonNull("error") || !body.has("problems")) {
                wrong.add(bad.name() + ": no JSON error body: " + response.body());
            }
        }

        System.out.printf("bad-input corpus: %d cases, answered by status %s%n", corpus.size(), byStatus);
        assertEquals(List.of(), wrong);
        assertEquals(publishedBefore, endOffset(), "a bad request published something");
        assertEquals(200, http.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(202, send("/articles", BadInputCorpus.JSON,
                BadInputCorpus.json(BadInputCorpus.VALID).getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void aBatchAcceptsItsGoodLinesAndListsTheBadOnesByLineNumber() throws Exception {
        String batch = String.join("\n",
                "{\"id\":\"batch-good-1\",\"title\":\"One\",\"body\":\"First.\"}",
                "{\"id\":\"batch-bad-2\",\"title\":\"Two\"}",
                "not json",
                "",
                "{\"id\":\"batch-good-5\",\"title\":\"Five\",\"body\":\"Fifth.\",\"published\":\"2024-01-05\"}",
                "{\"id\":\"batch-bad-6\",\"title\":\"Six\",\"body\":\"Sixth.\",\"published\":\"2024-13-01\"}");
        long before = endOffset();

        HttpResponse<String> response = send("/articles:batch", BadInputCorpus.NDJSON, batch.getBytes(StandardCharsets.UTF_8));

        assertEquals(202, response.statusCode(), response.body());
        JsonNode body = RecordJson.MAPPER.readTree(response.body());
        assertEquals("[\"batch-good-1\",\"batch-good-5\"]", body.get("ids").toString());
        List<Integer> rejectedLines = new ArrayList<>();
        body.get("rejected").forEach(rejected -> rejectedLines.add(rejected.get("line").asInt()));
        assertEquals(List.of(2, 3, 6), rejectedLines);
        assertEquals(before + 2, endOffset());
    }

    private HttpResponse<String> send(String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + service.httpPort() + path);
    }

    private static long endOffset() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.clientProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
