package io.visitwire.ingest.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.TestArticles;
import io.visitwire.ingest.publish.Publisher;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.avro.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP layer in process, with a fake publisher instead of Kafka. */
class IngestApiTest {

    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final int MAX_BODY_BYTES = 8 * 1024;
    private static final Instant NOW = Instant.parse("2024-05-01T10:15:30Z");

    private final FakePublisher publisher = new FakePublisher();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private IngestApi api;

    @BeforeEach
    void start() {
        api = new IngestApi(publisher, new ArticleParser(MAX_BODY_BYTES), MAX_REQUEST_BYTES,
                Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty(), new IngestMetrics(registry)).start("127.0.0.1", 0, routes -> { });
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    // --- POST /articles

    @Test
    void acceptsOneArticleAfterItWasPublished() throws Exception {
        HttpResponse<String> response = post("/articles", "application/json", TestArticles.json("dod-2010-06-07-gates-baku"));

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of("dod-2010-06-07-gates-baku"), strings(json(response).get("ids")));
        Article published = publisher.published.get(0);
        assertEquals("dod-2010-06-07-gates-baku", published.getId());
        assertEquals(NOW, published.getReceivedAt());
    }

    @Test
    void answersOnlyOnceTheBrokerAcknowledged() {
        CompletableFuture<Publisher.Acknowledgement> acknowledgement = new CompletableFuture<>();
        publisher.behaviour = article -> acknowledgement;

        CompletableFuture<HttpResponse<String>> response = http.sendAsync(
                request("/articles", "application/json", TestArticles.json("a1")), HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.published.size() == 1);
        assertFalse(response.isDone(), "answered before the broker acknowledged");

        acknowledgement.complete(new Publisher.Acknowledgement("a1", "articles.raw.v1", 0, 0));
        assertEquals(202, response.join().statusCode());
    }

    @Test
    void derivesTheIdWhenTheProducerGaveNone() throws Exception {
        String article = "{\"url\":\"https://example.org/news/1?utm_source=x\",\"title\":\"T\",\"body\":\"B\"}";
        HttpResponse<String> response = post("/articles", "application/json", article);
        assertEquals(202, response.statusCode(), response.body());
        String id = strings(json(response).get("ids")).get(0);
        assertTrue(id.startsWith("url-"), id);
        assertEquals(id, publisher.published.get(0).getId());
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> response = post("/articles", "application/json", "{\"title\": \"unterminated");
        assertEquals(400, response.statusCode());
        JsonNode body = json(response);
        assertEquals("malformed JSON", body.get("error").asText());
        assertTrue(body.get("problems").get(0).get("field").isNull());
        assertTrue(body.get("problems").get(0).get("message").asText().startsWith("malformed JSON at line 1"));
        assertTrue(publisher.published.isEmpty());
    }

    @Test
    void invalidFieldsAre400WithEveryProblem() throws Exception {
        HttpResponse<String> response = post("/articles", "application/json",
                "{\"id\":\"a1\",\"title\":42,\"published\":\"June 7, 2010\"}");
        assertEquals(400, response.statusCode());
        JsonNode body = json(response);
        assertEquals("invalid article", body.get("error").asText());
        List<String> fields = new java.util.ArrayList<>();
        body.get("problems").forEach(problem -> fields.add(problem.get("field").asText()));
        assertEquals(List.of("title", "body", "published"), fields);
        assertEquals("field 'title' must be a string, got number", body.get("problems").get(0).get("message").asText());
        assertTrue(publisher.published.isEmpty());
    }

    @Test
    void articleBodyOverMaxBodyBytesIs413OnBody() throws Exception {
        String article = "{\"id\":\"a1\",\"title\":\"T\",\"body\":\"" + "x".repeat(MAX_BODY_BYTES + 1) + "\"}";
        HttpResponse<String> response = post("/articles", "application/json", article);
        assertEquals(413, response.statusCode());
        assertEquals("tag:visitwire,2025:problem:too_large", json(response).get("type").asText());
        assertEquals("body", json(response).get("problems").get(0).get("field").asText());
        assertTrue(publisher.published.isEmpty());
    }

    @Test
    void requestOverTheLimitIs413() throws Exception {
        String article = "{\"id\":\"a1\",\"title\":\"T\",\"body\":\"" + "x".repeat(MAX_REQUEST_BYTES) + "\"}";
        HttpResponse<String> response = post("/articles", "application/json", article);
        assertEquals(413, response.statusCode());
        assertTrue(json(response).get("error").asText().contains(String.valueOf(MAX_REQUEST_BYTES)));
        assertTrue(publisher.published.isEmpty());
    }

    @Test
    void chunkedRequestOverTheLimitIs413() throws Exception {
        byte[] article = ("{\"id\":\"a1\",\"title\":\"T\",\"body\":\"" + "x".repeat(MAX_REQUEST_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(article)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/x-ndjson",
            "application/json; charset=ISO-8859-1"})
    void wrongContentTypeIs415(String contentType) throws Exception {
        HttpResponse<String> response = post("/articles", contentType, TestArticles.json("a1"));
        assertEquals(415, response.statusCode());
        assertTrue(json(response).has("error"));
        assertTrue(json(response).get("problems").isArray());
        assertTrue(publisher.published.isEmpty());
    }

    @Test
    void missingContentTypeIs415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(TestArticles.json("a1")))
                .build();
        assertEquals(415, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void jsonWithUtf8CharsetParameterIsAccepted() throws Exception {
        assertEquals(202, post("/articles", "application/json; charset=UTF-8", TestArticles.json("a1")).statusCode());
    }

    @Test
    void emptyBodyIs400() throws Exception {
        assertEquals(400, post("/articles", "application/json", "").statusCode());
    }

    @Test
    void brokerFailureIs503WithAJsonError() throws Exception {
        publisher.behaviour = article -> CompletableFuture.failedFuture(
                new TimeoutException("Topic articles.raw.v1 not present in metadata after 10000 ms."));
        HttpResponse<String> response = post("/articles", "application/json", TestArticles.json("a1"));
        assertEquals(503, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("tag:visitwire,2025:problem:broker_unavailable", json(response).get("type").asText());
        assertTrue(json(response).get("error").asText().contains("Kafka did not acknowledge"), response.body());
        assertFalse(response.body().contains("TimeoutException"), response.body());
    }

    @Test
    void publisherThatThrowsIs503Too() throws Exception {
        publisher.behaviour = article -> {
            throw new IllegalStateException("Cannot perform operation after producer has been closed");
        };
        assertEquals(503, post("/articles", "application/json", TestArticles.json("a1")).statusCode());
    }

    @Test
    void recordTooLargeForTheTopicIs413() throws Exception {
        publisher.behaviour = article -> CompletableFuture.failedFuture(new RecordTooLargeException("too large"));
        HttpResponse<String> response = post("/articles", "application/json", TestArticles.json("a1"));
        assertEquals(413, response.statusCode());
        assertEquals("body", json(response).get("problems").get(0).get("field").asText());
    }

    // --- POST /articles:batch

    @Test
    void batchAcceptsGoodLinesAndListsBadOnesByLineNumber() throws Exception {
        String batch = TestArticles.json("a1") + "\n"
                + "\n"
                + "{\"id\":\"a3\",\"title\":\"T\"}\n"
                + "   \n"
                + TestArticles.json("a5") + "\n"
                + "{not json\n";
        HttpResponse<String> response = post("/articles:batch", "application/x-ndjson", batch);

        assertEquals(202, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(List.of("a1", "a5"), strings(body.get("ids")));
        JsonNode rejected = body.get("rejected");
        assertEquals(2, rejected.size());
        assertEquals(3, rejected.get(0).get("line").asInt());
        assertEquals("body", rejected.get(0).get("problems").get(0).get("field").asText());
        assertEquals(6, rejected.get(1).get("line").asInt());
        assertTrue(rejected.get(1).get("problems").get(0).get("field").isNull());
        assertEquals(List.of("a1", "a5"), publisher.published.stream().map(Article::getId).toList());
    }

    @Test
    void batchWithOnlyGoodLinesHasAnEmptyRejectedList() throws Exception {
        HttpResponse<String> response = post("/articles:batch", "application/jsonl",
                TestArticles.json("a1") + "\r\n" + TestArticles.json("a2"));
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(List.of("a1", "a2"), strings(json(response).get("ids")));
        assertEquals(0, json(response).get("rejected").size());
    }

    @Test
    void batchWithOnlyBadLinesIs400WithTheList() throws Exception {
        HttpResponse<String> response = post("/articles:batch", "application/x-ndjson", "[]\n{\"id\":\"x\"}\n");
        assertEquals(400, response.statusCode());
        JsonNode body = json(response);
        assertEquals("no valid article in the batch", body.get("error").asText());
        assertEquals(2, body.get("rejected").size());
        assertEquals(1, body.get("rejected").get(0).get("line").asInt());
        assertEquals(2, body.get("rejected").get(1).get("line").asInt());
        assertTrue(publisher.published.isEmpty());
    }

    @Test
    void batchOfBlankLinesIs400() throws Exception {
        assertEquals(400, post("/articles:batch", "application/x-ndjson", "\n  \n\r\n").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-ndjson", "application/jsonl", "application/json-lines", "text/plain",
            "text/plain; charset=utf-8", "Application/X-NDJSON"})
    void batchAcceptsTheJsonLinesContentTypes(String contentType) throws Exception {
        assertEquals(202, post("/articles:batch", contentType, TestArticles.json("a1")).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/octet-stream", "text/csv"})
    void batchRefusesOtherContentTypesWith415(String contentType) throws Exception {
        assertEquals(415, post("/articles:batch", contentType, TestArticles.json("a1")).statusCode());
    }

    @Test
    void batchOverTheLimitIs413() throws Exception {
        StringBuilder batch = new StringBuilder();
        while (batch.length() <= MAX_REQUEST_BYTES) {
            batch.append(TestArticles.json("a" + batch.length())).append('\n');
        }
        assertEquals(413, post("/articles:batch", "application/x-ndjson", batch.toString()).statusCode());
        assertTrue(publisher.published.isEmpty());
    }

    @Test
    void batchBrokerFailureIs503AndNamesWhatWasAcknowledged() throws Exception {
        publisher.behaviour = article -> article.getId().equals("a2")
                ? CompletableFuture.failedFuture(new TimeoutException("Expiring 1 record(s)"))
                : FakePublisher.acknowledged(article);
        HttpResponse<String> response = post("/articles:batch", "application/x-ndjson",
                TestArticles.json("a1") + "\n" + TestArticles.json("a2") + "\n" + TestArticles.json("a3"));
        assertEquals(503, response.statusCode());
        assertEquals(List.of("a1", "a3"), strings(json(response).get("ids")));
    }

    @Test
    void batchLineTooLargeForTheTopicIsRejectedOnItsOwn() throws Exception {
        publisher.behaviour = article -> article.getId().equals("a2")
                ? CompletableFuture.failedFuture(new RecordTooLargeException("too large"))
                : FakePublisher.acknowledged(article);
        HttpResponse<String> response = post("/articles:batch", "application/x-ndjson",
                TestArticles.json("a1") + "\n" + TestArticles.json("a2"));
        assertEquals(202, response.statusCode());
        assertEquals(List.of("a1"), strings(json(response).get("ids")));
        assertEquals(2, json(response).get("rejected").get(0).get("line").asInt());
    }

    @Test
    void theColonInTheBatchPathIsLiteral() throws Exception {
        assertEquals(404, post("/articles:bulk", "application/x-ndjson", TestArticles.json("a1")).statusCode());
        assertEquals(404, post("/articlesXbatch", "application/x-ndjson", TestArticles.json("a1")).statusCode());
    }

    // --- counters

    @Test
    void acceptedAndRejectedArticlesAreCountedByReason() throws Exception {
        post("/articles", "application/json", TestArticles.json("a1"));
        post("/articles", "application/json", "{\"id\": ");
        post("/articles", "application/json", "{\"id\":\"x\",\"title\":\"t\"}");
        post("/articles", "text/html", TestArticles.json("a2"));
        post("/articles:batch", "application/x-ndjson",
                TestArticles.json("b1") + "\n{oops\n" + TestArticles.json("b2") + "\n{\"id\":\"y\"}");
        publisher.behaviour = article -> CompletableFuture.failedFuture(new TimeoutException("Expiring 1 record(s)"));
        post("/articles", "application/json", TestArticles.json("a3"));

        assertEquals(3.0, registry.get(IngestMetrics.ACCEPTED).counter().count());
        assertEquals(2.0, rejected("malformed_json"));
        assertEquals(2.0, rejected("invalid_article"));
        assertEquals(1.0, rejected("unsupported_media_type"));
        assertEquals(1.0, rejected("broker_unavailable"));
        assertEquals(0.0, rejected("too_large"));
    }

    private double rejected(String reason) {
        return registry.get(IngestMetrics.REJECTED).tag("reason", reason).counter().count();
    }

    // --- embedding

    @Test
    void routesCanBeRegisteredOnAnotherJavalinWithMoreRoutes() throws Exception {
        Javalin shared = Javalin.create(config -> config.showJavalinBanner = false);
        api.registerRoutes(shared);
        shared.get("/metrics", ctx -> ctx.result("metrics"));
        shared.start(0);
        try {
            URI base = URI.create("http://127.0.0.1:" + shared.port());
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("metrics", metrics.body());
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("/articles:batch"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(TestArticles.json("a1"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, posted.statusCode());
        } finally {
            shared.stop();
        }
    }

    // --- helpers

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    private HttpRequest request(String path, String contentType, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(request(path, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return RecordJson.MAPPER.readTree(response.body());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** Records what it is asked to publish and answers as told (acknowledges by default). */
    private static final class FakePublisher implements Publisher {
        final List<Article> published = new CopyOnWriteArrayList<>();
        volatile Function<Article, CompletableFuture<Acknowledgement>> behaviour = FakePublisher::acknowledged;

        static CompletableFuture<Acknowledgement> acknowledged(Article article) {
            return CompletableFuture.completedFuture(new Acknowledgement(article.getId(), "articles.raw.v1", 0, 0));
        }

        @Override
        public CompletableFuture<Acknowledgement> publish(Article article) {
            published.add(article);
            return behaviour.apply(article);
        }
    }
}
