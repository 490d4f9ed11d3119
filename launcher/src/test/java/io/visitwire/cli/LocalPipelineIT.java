package io.visitwire.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.bench.CorpusGenerator;
import io.visitwire.bench.SyntheticArticle;
import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.cli.local.PipelineWatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichTopology;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.sink.SinkConfig;
import io.visitwire.sink.SinkTopology;
import io.visitwire.schemas.VisitIds;
import io.visitwire.schemas.avro.Commitment;
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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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

        // asked on the same port: the query API answers what visits.v1 holds, in its JSON form
        String query = "/visits?visitor=" + URLEncoder.encode("Secretary Gates", StandardCharsets.UTF_8)
                + "&country=Azerbaijan&from=2010&to=2010-12";
        JsonNode found = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> visitsAnswered(query), visits -> visits.findValuesAsText("visitId").contains(visit.getVisitId()));
        VisitEvent latest = watch.visitsFrom(List.of(REFERENCE_ID)).stream()
                .filter(v -> v.getVisitId().equals(visit.getVisitId())).findFirst().orElseThrow();
        for (JsonNode each : found) {
            if (each.get("visitId").asText().equals(visit.getVisitId())) {
                assertEquals(RecordJson.toJson(latest), each);
            }
        }
        HttpResponse<String> byId = get("/visits/" + visit.getVisitId());
        assertEquals(200, byId.statusCode(), byId.body());
        assertEquals(RecordJson.toJson(latest), RecordJson.MAPPER.readTree(byId.body()));
        assertEquals(0, visitsAnswered("/visits?visitor=Gates&country=AZ&from=2011").size());
        HttpResponse<String> openApi = get("/openapi.json");
        assertTrue(openApi.body().contains("\"/visits/{visitId}\"") && openApi.body().contains("\"/articles\""),
                "one document for the one port");

        EnrichedArticle enriched = readEnriched(REFERENCE_ID);
        if (!enriched.getCommitments().isEmpty()) {
            Commitment first = enriched.getCommitments().get(0);
            JsonNode commitments = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                    answered("/commitments?limit=500&committer=" + URLEncoder.encode(first.getCommitter(), StandardCharsets.UTF_8))
                            .get("commitments"), list -> list.findValuesAsText("id").contains(first.getId()));
            assertTrue(commitments.findValuesAsText("id").contains(first.getId()));
        }
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
        assertTrue(visit.getRules().containsAll(List.of("visit.status.future-aux", "visit.status.past-tense",
                "visit.end.departure")), "the rules of both reports: " + visit.getRules());

        // the query API shows the visit as the second article left it, under the key the first one gave it
        JsonNode asked = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> visitsAnswered("/visits?visitor=Hollister&country=NO&limit=500"),
                        answer -> answer.size() == 1 && answer.get(0).get("sources").size() == 2);
        assertEquals(RecordJson.toJson(visit), asked.get(0));
        assertEquals("COMPLETED", asked.get(0).get("status").asText());
    }

    /** The visits of a GET /visits, once the stores answer it (200, not 503). */
    private static JsonNode visitsAnswered(String pathAndQuery) throws Exception {
        return answered(pathAndQuery).get("visits");
    }

    private static JsonNode answered(String pathAndQuery) throws Exception {
        HttpResponse<String> response = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(pathAndQuery), r -> r.statusCode() != 503);
        assertEquals(200, response.statusCode(), response.body());
        return RecordJson.MAPPER.readTree(response.body());
    }

    /**
     * One story posted under several ids, as aggregators do: the ids land on different partitions of
     * {@code articles.raw.v1}, yet the story is enriched once.
     */
    @Test
    void aStoryPostedUnderSeveralIdsIsEnrichedOnceWhicheverPartitionsTheyLandOn() throws Exception {
        String run = "it-repost-" + System.nanoTime();
        int partitions = rawPartitions();
        assertTrue(partitions > 1, "articles.raw.v1 needs several partitions, or this test proves nothing");
        // chosen, not hoped for: six random ids all hash to one partition once in a few hundred runs
        List<String> ids = idsCoveringEveryPartition(run, partitions, 6);

        for (String id : ids) {
            ObjectNode posting = (ObjectNode) RecordJson.MAPPER.readTree(article(run, "2024-05-02",
                    "Envoy meets counterpart", "Special Envoy Tamsin Orrery met her counterpart in Lisbon on May 1, 2024."));
            posting.put("id", id);
            assertEquals(202, post("/articles", "application/json", posting.toString()).statusCode());
        }
        awaitBothServicesCaughtUp(new PipelineWatch(broker.clientProperties()));

        List<String> enriched = enrichedRecords().stream().map(ConsumerRecord::key).filter(ids::contains).toList();
        assertEquals(1, enriched.size(), "enriched: " + enriched);
    }

    /**
     * Reports that share a visitor surname, a country and a start (or lack of one) but are not one
     * visit: each must stay under its own key on the compacted {@code visits.v1}, where a second
     * visit under one key would delete the first. The pairs are generated articles that did.
     */
    @Test
    void everyVisitReportSurvivesInTheCompactedVisitState() throws Exception {
        String run = "it-keys-" + System.nanoTime() + "-";
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        // two Adeyemis, one surname and country, undated; one visitor to one country, start known to the year
        List<SyntheticArticle> articles = IntStream.of(14, 108, 7, 187)
                .mapToObj(i -> corpus.article(i).withId(run + corpus.article(i).id())).toList();
        for (SyntheticArticle article : articles) {
            assertEquals(202, post("/articles", "application/json", article.toJson()).statusCode());
        }
        List<String> ids = articles.stream().map(SyntheticArticle::id).toList();
        PipelineWatch watch = new PipelineWatch(broker.clientProperties());
        awaitBothServicesCaughtUp(watch);

        List<VisitEvent> reports = ids.stream().flatMap(id -> readEnriched(id).getVisitEvents().stream()).toList();
        assertTrue(reports.stream().anyMatch(r -> r.getVisitor().getName().equals("Kenji Adeyemi") && "EG".equals(r.getCountry()))
                && reports.stream().anyMatch(r -> r.getVisitor().getName().equals("Samuel Adeyemi") && "EG".equals(r.getCountry())),
                "the pair that shared a key: " + reports);
        // the sink may still be writing the last article's visits: wait for them, then judge what is kept
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<VisitEvent> latest = watch.visitsFrom(ids);
            List<VisitEvent> lost = reports.stream().filter(report -> latest.stream().noneMatch(visit -> holds(visit, report)))
                    .toList();
            assertEquals(List.of(), lost, "visit reports missing from the latest state of visits.v1: " + latest);
        });
    }

    /** The visit is the report's, or took it in: same person, same country, the report's article among its sources. */
    private static boolean holds(VisitEvent visit, VisitEvent report) {
        String article = report.getSources().get(0).getArticleId().toString();
        return VisitIds.samePerson(visit.getVisitor().getName(), report.getVisitor().getName())
                && visit.getCountry().equals(report.getCountry())
                && visit.getSources().stream().anyMatch(source -> source.getArticleId().toString().equals(article));
    }

    private static boolean isHollisterInNorway(VisitEvent visit) {
        return visit.getVisitor().getName().endsWith("Hollister") && "NO".equals(visit.getCountry());
    }

    private static String article(String id, String published, String title, String body) {
        return "{\"id\": \"" + id + "\", \"url\": \"https://www.example.gov/news/" + id + "\", "
                + "\"source\": \"Department of Commerce\", \"published\": \"" + published + "\", "
                + "\"title\": \"" + title + "\", \"body\": \"" + body + "\"}";
    }

    @Test
    void metricsCountWhatAnEndToEndRunDid() throws Exception {
        PipelineWatch watch = new PipelineWatch(broker.clientProperties());
        awaitBothServicesCaughtUp(watch);
        PrometheusScrape before = scrape();
        Map<TopicPartition, Long> visitsStart = endOffsets(Topics.VISITS.name());

        String id = "metrics-" + UUID.randomUUID();
        // another visitor than the reference article's, so its visit is not merged into the Gates visit
        ObjectNode article = (ObjectNode) RecordJson.MAPPER.readTree(referenceArticle().replace("Gates", "Panetta"));
        article.put("id", id).put("url", "https://example.org/" + id);
        assertEquals(202, post("/articles", "application/json", article.toString()).statusCode());
        assertEquals(400, post("/articles", "application/json", "{\"id\": ").statusCode());
        assertEquals(400, post("/articles", "application/json", "{\"id\":\"x\",\"title\":\"t\"}").statusCode());
        assertEquals(415, post("/articles", "text/html", article.toString()).statusCode());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), ("junk-" + id).getBytes(StandardCharsets.UTF_8),
                    "{not avro".getBytes(StandardCharsets.UTF_8))).get();
        }
        awaitBothServicesCaughtUp(watch);
        EnrichedArticle enriched = readEnriched(id);
        long visitEvents = countRecordsFrom(visitsStart);
        PrometheusScrape after = scrape();

        assertEquals(1, moved(before, after, "visitwire_articles_accepted_total"), after.toString());
        assertEquals(1, moved(before, after, "visitwire_articles_rejected_total", "reason", "malformed_json"));
        assertEquals(1, moved(before, after, "visitwire_articles_rejected_total", "reason", "invalid_article"));
        assertEquals(1, moved(before, after, "visitwire_articles_rejected_total", "reason", "unsupported_media_type"));
        assertEquals(1, moved(before, after, "visitwire_articles_enriched_total", "language", "en"));
        assertEquals(1, moved(before, after, "visitwire_nlp_duration_seconds_count", "outcome", "ok"));
        assertTrue(enriched.getEntities().size() > 0 && enriched.getVisits().size() > 0, enriched.toString());
        assertEquals(enriched.getEntities().size(),
                moved(before, after, "visitwire_entities_emitted_total", "stage", "enrich"));
        assertEquals(enriched.getVisits().size(), moved(before, after, "visitwire_visits_emitted_total", "stage", "enrich"));
        assertEquals(enriched.getCommitments().size(),
                moved(before, after, "visitwire_commitments_emitted_total", "stage", "enrich"));
        assertEquals(enriched.getCommitments().size(),
                moved(before, after, "visitwire_commitments_emitted_total", "stage", "sink"));
        assertTrue(visitEvents > 0);
        assertEquals(visitEvents, moved(before, after, "visitwire_visits_emitted_total", "stage", "sink"));
        assertEquals(1, moved(before, after, "visitwire_dead_letters_total", "service", "enrich", "stage", "deserialize"));
        assertTrue(after.hasMetricStartingWith("kafka_producer_"), "producer metrics");
        assertTrue(after.hasMetricStartingWith("kafka_consumer_"), "consumer metrics");
        assertTrue(after.hasMetricStartingWith("kafka_stream_"), "Streams metrics");

        HttpResponse<String> ready = get("/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        for (String check : List.of("corenlp", "enrich-streams", "sink-streams", "ingest-kafka")) {
            assertTrue(ready.body().contains("\"" + check + "\":\"UP\""), ready.body());
        }
        assertEquals(200, get("/health").statusCode());
    }

    private static long moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        double delta = after.value(name, labels) - before.value(name, labels);
        return Math.round(delta);
    }

    private static PrometheusScrape scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        return new PrometheusScrape(response.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.httpPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitBothServicesCaughtUp(PipelineWatch watch) throws InterruptedException {
        watch.awaitCaughtUp(EnrichConfig.DEFAULT_APPLICATION_ID, EnrichTopology.inputTopics(EnrichConfig.DEFAULT_APPLICATION_ID),
                Duration.ofMinutes(5), lag -> { });
        watch.awaitCaughtUp(SinkConfig.DEFAULT_APPLICATION_ID, SinkTopology.inputTopics(SinkConfig.DEFAULT_APPLICATION_ID),
                Duration.ofMinutes(5), lag -> { });
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return consumer.endOffsets(partitionsOf(consumer, topic));
        }
    }

    /** Committed records from {@code start} to the current end (transaction markers take offsets, not records). */
    private static long countRecordsFrom(Map<TopicPartition, Long> start) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(start.keySet());
            long count = 0;
            while (start.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
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

    /** The article as enriched; it is on articles.enriched.v1 once its visit is, or once enrich has caught up. */
    private static EnrichedArticle readEnriched(String articleId) {
        List<ConsumerRecord<String, byte[]>> records = enrichedRecords().stream()
                .filter(record -> articleId.equals(record.key())).toList();
        if (records.isEmpty()) {
            throw new AssertionError("no enriched article " + articleId + " on " + Topics.ARTICLES_ENRICHED.name());
        }
        ConsumerRecord<String, byte[]> last = records.get(records.size() - 1);
        return Topics.ARTICLES_ENRICHED.valueSerde().deserializer().deserialize(last.topic(), last.value());
    }

    /** Every committed record on articles.enriched.v1, read to its current end. */
    private static List<ConsumerRecord<String, byte[]>> enrichedRecords() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, Topics.ARTICLES_ENRICHED.name());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
            return records;
        }
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    /** At least {@code atLeast} ids of the form {@code run-i}, together landing on every partition. */
    private static List<String> idsCoveringEveryPartition(String run, int partitions, int atLeast) {
        List<String> ids = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; ids.size() < atLeast || covered.size() < partitions; i++) {
            String id = run + "-" + i;
            int partition = BuiltInPartitioner.partitionForKey(id.getBytes(StandardCharsets.UTF_8), partitions);
            if (ids.size() < atLeast || covered.add(partition)) {
                ids.add(id);
                covered.add(partition);
            }
        }
        return ids;
    }

    private static int rawPartitions() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return partitionsOf(consumer, Topics.ARTICLES_RAW.name()).size();
        }
    }

    private static long endOffsetOfRawTopic() {
        return endOffsets(Topics.ARTICLES_RAW.name()).values().stream().mapToLong(Long::longValue).sum();
    }
}
