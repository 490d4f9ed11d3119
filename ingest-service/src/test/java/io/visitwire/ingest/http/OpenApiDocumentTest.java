package io.visitwire.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.ops.http.DocumentedResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.TestArticles;
import io.visitwire.ingest.publish.Publisher;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.OpsRoutes;
import io.visitwire.ops.http.ProblemDetails;
import io.visitwire.schemas.avro.Article;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the server that serves it: every status and content type the document declares
 * for a path and method is what the real server answers to a request that should get it, every route the server
 * has is in the document, and the paths' other methods and unknown paths get the documented 405 and 404.
 */
class OpenApiDocumentTest {

    private static final String TOKEN = "openapi-test-token";
    private static final int MAX_BODY_BYTES = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Declared, but not provoked here: 408 needs the 30 s idle timeout (BadInputCorpusIT covers slow bodies). */
    private static final Set<String> NOT_PROVOKED = Set.of("POST /articles 408", "POST /articles:batch 408");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final SwitchablePublisher publisher = new SwitchablePublisher();
    private final ServiceOps ops = ServiceOps.create();
    private volatile boolean healthy = true;
    private IngestApi api;
    private JsonNode document;

    @BeforeEach
    void start() throws Exception {
        ops.liveness().add("test", () -> healthy);
        ops.readiness().add("test", () -> healthy);
        // composed as IngestService composes it: the API with a token, the operator routes on the same port
        api = new IngestApi(publisher, new ArticleParser(MAX_BODY_BYTES), 16 * 1024, Clock.systemUTC(),
                Optional.of(TOKEN)).start("127.0.0.1", 0, new OpsRoutes(ops)::registerRoutes);
        HttpResponse<String> served = send(HttpRequest.newBuilder(uri("/openapi.json")).GET());
        assertEquals(200, served.statusCode());
        document = JSON.readTree(served.body());
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void servesTheDocumentOfTheClasspath() throws Exception {
        assertEquals(JSON.readTree(IngestApi.openApiDocument()), document);
        assertTrue(document.path("openapi").asText().startsWith("3."), "an OpenAPI 3 document");
    }

    @Test
    void everyDeclaredResponseIsWhatTheServerAnswers() throws Exception {
        Map<String, Supplier<HttpRequest.Builder>> scenarios = scenarios();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : responses().declared().entrySet()) {
            String key = response.getKey();
            if (NOT_PROVOKED.contains(key)) {
                continue;
            }
            Supplier<HttpRequest.Builder> scenario = scenarios.get(key);
            if (scenario == null) {
                fail("no request in this test provokes the documented response " + key);
            }
            check(key, response.getValue(), send(scenario.get()));
            checked.add(key);
        }
        Set<String> unused = new TreeSet<>(scenarios.keySet());
        checked.forEach(unused::remove);
        assertEquals(Set.of(), unused, "responses the server gives that the document does not declare");
    }

    @Test
    void everyRouteOfTheServerIsInTheDocument() {
        Set<String> served = api.server().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(entry -> entry.getEndpoint())
                .filter(endpoint -> endpoint.getMethod().isHttpMethod())
                .map(endpoint -> endpoint.getMethod().name() + " " + endpoint.getPath())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(responses().routes(), served);
    }

    @Test
    void otherMethodsOfADocumentedPathGetTheDocumented405() throws Exception {
        JsonNode declared = resolve(document.at("/components/responses/MethodNotAllowed"));
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(method -> methods.add(method.toUpperCase(Locale.ROOT)));
            for (String other : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (methods.contains(other)) {
                    continue;
                }
                HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path.getKey()))
                        .method(other, HttpRequest.BodyPublishers.noBody()));
                check(other + " " + path.getKey() + " 405", declared, response, 405);
                Set<String> allow = new TreeSet<>(List.of(response.headers().firstValue("Allow").orElse("").split(",\\s*")));
                Set<String> allowed = new TreeSet<>(methods);
                if (methods.contains("GET")) {
                    allowed.add("HEAD"); // HEAD is GET without the body (RFC 9110 §9.3.2), answered for every GET
                }
                assertEquals(allowed, allow, other + " " + path.getKey() + ": Allow");
            }
        }
    }

    @Test
    void aPathNotInTheDocumentGetsTheDocumented404() throws Exception {
        JsonNode declared = resolve(document.at("/components/responses/NotFound"));
        for (String path : List.of("/", "/articles/", "/article", "/openapi.yaml", "/metrics/x")) {
            assertFalse(document.get("paths").has(path));
            check("GET " + path + " 404", declared, send(HttpRequest.newBuilder(uri(path)).GET()), 404);
        }
    }

    @Test
    void everyProblemTypeTheApiSendsIsDocumented() {
        Set<String> documented = new TreeSet<>();
        document.at("/components/schemas/ProblemType/enum").forEach(type -> documented.add(type.asText()));
        Set<String> sent = new TreeSet<>();
        for (RejectionReason reason : RejectionReason.values()) {
            sent.add(reason.problemType());
        }
        sent.add(ProblemDetails.type("no_valid_article"));
        sent.add(ProblemDetails.ABOUT_BLANK);
        assertEquals(sent, documented);
    }

    /** One request per documented response, keyed "METHOD path status"; each starts from a healthy server. */
    private Map<String, Supplier<HttpRequest.Builder>> scenarios() {
        Map<String, Supplier<HttpRequest.Builder>> s = new LinkedHashMap<>();
        String article = TestArticles.json("openapi-a1");
        String tooLarge = TestArticles.json("openapi-big").replaceFirst("\"body\"\\s*:\\s*\"", "\"body\":\"" + "x".repeat(20 * 1024));
        for (String path : List.of("/articles", "/articles:batch")) {
            String type = path.equals("/articles") ? "application/json" : "application/x-ndjson";
            String key = "POST " + path + " ";
            s.put(key + "202", () -> post(path, type, article, true));
            s.put(key + "400", () -> post(path, type, "{not json", true));
            s.put(key + "401", () -> post(path, type, article, false));
            s.put(key + "413", () -> post(path, type, tooLarge, true));
            s.put(key + "415", () -> post(path, "application/xml", article, true));
            s.put(key + "500", () -> failing(ignored -> new SerializationException("cannot encode"), post(path, type, article, true)));
            s.put(key + "503", () -> failing(ignored -> new TimeoutException("no ack"), post(path, type, article, true)));
        }
        s.put("GET /openapi.json 200", () -> HttpRequest.newBuilder(uri("/openapi.json")).GET());
        s.put("GET /metrics 200", () -> HttpRequest.newBuilder(uri("/metrics")).GET());
        for (String path : List.of("/health", "/ready")) {
            s.put("GET " + path + " 200", () -> HttpRequest.newBuilder(uri(path)).GET());
            s.put("GET " + path + " 503", () -> {
                healthy = false;
                return HttpRequest.newBuilder(uri(path)).GET();
            });
        }
        return s;
    }

    private HttpRequest.Builder post(String path, String contentType, String body, boolean withToken) {
        publisher.failure = null;
        healthy = true;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return withToken ? request.header("Authorization", "Bearer " + TOKEN) : request;
    }

    private HttpRequest.Builder failing(Function<Article, RuntimeException> failure, HttpRequest.Builder request) {
        publisher.failure = failure;
        return request;
    }

    private void check(String key, JsonNode declared, HttpResponse<String> response) throws Exception {
        check(key, declared, response, Integer.parseInt(key.substring(key.lastIndexOf(' ') + 1)));
        publisher.failure = null;
        healthy = true;
    }

    private void check(String key, JsonNode declared, HttpResponse<String> response, int status) throws Exception {
        responses().assertAsDeclared(key, declared, response, status);
    }

    private JsonNode resolve(JsonNode node) {
        return responses().resolve(node);
    }

    private DocumentedResponses responses() {
        return new DocumentedResponses(document, "/components/schemas/ProblemType/enum");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Acknowledges every article, or fails each with {@link #failure} when set. */
    private static final class SwitchablePublisher implements Publisher {
        volatile Function<Article, RuntimeException> failure;

        @Override
        public CompletableFuture<Acknowledgement> publish(Article article) {
            Function<Article, RuntimeException> failing = failure;
            return failing == null
                    ? CompletableFuture.completedFuture(new Acknowledgement(article.getId(), "articles.raw.v1", 0, 0))
                    : CompletableFuture.failedFuture(failing.apply(article));
        }
    }
}
