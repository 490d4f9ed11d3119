package io.visitwire.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.cli.local.PipelineWatch;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Entity;
import io.visitwire.schemas.avro.EntityType;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on a real broker: HTTP in, visit events out, as a user would check it. */
@ExtendWith(RealKafkaExtension.class)
class LocalPipelineIT {

    private static final String REFERENCE_ID = "dod-2010-06-07-gates-baku";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalPipeline pipeline;
    private static KafkaBroker broker;

    @BeforeAll
    static void startServices(KafkaBroker kafka, @TempDir Path stateDir) {
        broker = kafka;
        pipeline = LocalPipeline.onBroker(kafka, stateDir, 0, Engine::loadEnricher,
                new Progress(new PrintStream(OutputStream.nullOutputStream())));
    }

    @AfterAll
    static void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void theReferenceArticlePostedOverHttpBecomesAVisitToAzerbaijan() throws Exception {
        HttpResponse<String> response = post("/articles", "application/json", referenceArticle());
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(response.body().contains(REFERENCE_ID), response.body());

        PipelineWatch watch = new PipelineWatch(broker.clientProperties());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                watch.visitsFrom(List.of(REFERENCE_ID)).stream().anyMatch(LocalPipelineIT::isGatesInAzerbaijan));

        VisitEvent visit = watch.visitsFrom(List.of(REFERENCE_ID)).stream()
                .filter(LocalPipelineIT::isGatesInAzerbaijan).findFirst().orElseThrow();
        List<String> hosts = visit.getHosts().stream().map(PersonRef::getName).toList();
        assertTrue(hosts.stream().anyMatch(name -> name.endsWith("Aliyev")), "hosts: " + hosts);
        assertEquals(REFERENCE_ID, visit.getSources().get(0).getArticleId());

        EnrichedArticle enriched = readEnriched(REFERENCE_ID);
        Entity gates = enriched.getEntities().stream()
                .filter(e -> e.getType() == EntityType.PERSON && e.getName().equals("Robert M. Gates"))
                .findFirst().orElseThrow(() -> new AssertionError("no PERSON Robert M. Gates in "
                        + enriched.getEntities().stream().map(Entity::getName).collect(Collectors.joining(", "))));
        assertEquals("US", gates.getCountry());
    }

    @Test
    void aMalformedPostIsRefusedAndPublishesNothing() throws Exception {
        long before = endOffsetOfRawTopic();

        HttpResponse<String> response = post("/articles", "application/json", "{\"id\": \"x\", \"title\": ");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"error\""), response.body());
        HttpResponse<String> missingBody = post("/articles", "application/json", "{\"id\":\"x\",\"title\":\"t\"}");
        assertEquals(400, missingBody.statusCode());
        assertTrue(missingBody.body().contains("body"), missingBody.body());
        assertEquals(before, endOffsetOfRawTopic());
    }

    /**
     * Issue 4: an announcement and a later report of one trip, written for this test, become one visit
     * on {@code visits.v1} holding both sources and the report's exact dates.
     */
    @Test
    void anAnnouncedTripAndItsReportBecomeOneVisitWithTheExactDates() throws Exception {
        String announced = "it-visit-announced-" + System.nanoTime();
        String reported = "it-visit-reported-" + System.nanoTime();
        assertEquals(202, post("/articles", "application/json", article(announced, "2024-04-08",
                "Trade Secretary to travel to Norway",
                "Trade Secretary Margaret Hollister will travel to Oslo, Norway next week to meet with Norwegian "
                        + "Prime Minister Erik Vangen, the department announced today. The talks are expected to cover "
                        + "offshore wind supply chains.")).statusCode());
        PipelineWatch watch = new PipelineWatch(broker.clientProperties());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                watch.visitsFrom(List.of(announced)).stream().anyMatch(LocalPipelineIT::isHollisterInNorway));

        assertEquals(202, post("/articles", "application/json", article(reported, "2024-04-17",
                "Trade Secretary concludes talks in Oslo",
                "Trade Secretary Margaret Hollister arrived in Oslo on April 15, 2024 and met with Norwegian Prime "
                        + "Minister Erik Vangen. The two discussed offshore wind projects and port investment. "
                        + "Hollister left Oslo on April 16, 2024.")).statusCode());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                watch.visitsFrom(List.of(announced, reported)).stream().filter(LocalPipelineIT::isHollisterInNorway)
                        .anyMatch(v -> v.getSources().size() == 2));

        List<VisitEvent> visits = watch.visitsFrom(List.of(announced, reported)).stream()
                .filter(LocalPipelineIT::isHollisterInNorway).toList();
        assertEquals(1, visits.size(), "one visit id for one trip: " + visits);
        VisitEvent visit = visits.get(0);
        assertEquals(List.of(announced, reported),
                visit.getSources().stream().map(source -> source.getArticleId().toString()).toList());
        assertEquals("2024-04-15", visit.getStart());
        assertEquals("2024-04-16", visit.getEnd());
        assertEquals(io.visitwire.schemas.avro.VisitStatus.COMPLETED, visit.getStatus());
        assertTrue(visit.getHosts().stream().anyMatch(h -> h.getName().endsWith("Vangen")), "hosts " + visit.getHosts());
    }

    private static boolean isHollisterInNorway(VisitEvent visit) {
        return visit.getVisitor().getName().endsWith("Hollister") && "NO".equals(visit.getCountry());
    }

    private static String article(String id, String published, String title, String body) {
        return "{\"id\": \"" + id + "\", \"url\": \"https://www.example.gov/news/" + id + "\", "
                + "\"source\": \"Department of Commerce\", \"published\": \"" + published + "\", "
                + "\"title\": \"" + title + "\", \"body\": \"" + body + "\"}";
    }

    private static boolean isGatesInAzerbaijan(VisitEvent visit) {
        return visit.getVisitor().getName().endsWith("Gates") && "AZ".equals(visit.getCountry());
    }

    private static HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.httpPort() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String referenceArticle() throws IOException {
        try (InputStream in = LocalPipelineIT.class.getResourceAsStream(DemoCommand.REFERENCE_ARTICLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.putAll(broker.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    }

    private static EnrichedArticle readEnriched(String articleId) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<String, EnrichedArticle> byId = new HashMap<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    byId.put(record.key(), Topics.ARTICLES_ENRICHED.valueSerde().deserializer()
                            .deserialize(record.topic(), record.value()));
                }
                return byId.containsKey(articleId);
            });
            return byId.get(articleId);
        }
    }

    private static long endOffsetOfRawTopic() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
