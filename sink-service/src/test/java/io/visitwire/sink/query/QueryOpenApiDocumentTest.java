package io.visitwire.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.ops.http.DocumentedResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.HttpServers;
import io.visitwire.ops.http.OpsRoutes;
import io.visitwire.ops.http.ProblemDetails;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.VisitStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sink's OpenAPI document against the server that serves it, composed as {@code SinkMain} composes it (the
 * operator routes, the query routes and the document), over stores that answer or are not queryable at will: every
 * documented status and content type is what the server answers, and every route of the server is documented.
 */
class QueryOpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ServiceOps ops = ServiceOps.create();
    private final SwitchableQueries queries = new SwitchableQueries();
    private volatile boolean healthy = true;
    private Javalin server;
    private JsonNode document;

    @BeforeEach
    void start() throws Exception {
        ops.liveness().add("test", () -> healthy);
        ops.readiness().add("test", () -> healthy);
        server = HttpServers.start("127.0.0.1", 0, routes -> {
            new OpsRoutes(ops).registerRoutes(routes);
            new QueryRoutes(queries).registerRoutesAndDocument(routes);
        });
        HttpResponse<String> served = send(HttpRequest.newBuilder(uri("/openapi.json")).GET());
        assertEquals(200, served.statusCode());
        document = JSON.readTree(served.body());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void servesTheDocumentOfTheClasspath() throws Exception {
        assertEquals(JSON.readTree(QueryRoutes.openApiDocument()), document);
        assertTrue(document.path("openapi").asText().startsWith("3."), "an OpenAPI 3 document");
    }

    @Test
    void everyDeclaredResponseIsWhatTheServerAnswers() throws Exception {
        Map<String, Supplier<HttpRequest.Builder>> scenarios = scenarios();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : responses().declared().entrySet()) {
            String key = response.getKey();
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
        Set<String> served = server.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(entry -> entry.getEndpoint())
                .filter(endpoint -> endpoint.getMethod().isHttpMethod())
                .map(endpoint -> endpoint.getMethod().name() + " " + endpoint.getPath())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(responses().routes(), served);
    }

    @Test
    void aPathNotInTheDocumentGetsTheDocumented404AndAnotherMethodThe405() throws Exception {
        JsonNode notFound = resolve(document.at("/components/responses/QueryNotFound"));
        for (String path : List.of("/", "/visits/", "/visit", "/commitments/x/y")) {
            assertFalse(document.get("paths").has(path));
            check("GET " + path + " 404", notFound, send(HttpRequest.newBuilder(uri(path)).GET()), 404);
        }
        JsonNode notAllowed = resolve(document.at("/components/responses/QueryMethodNotAllowed"));
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/visits")).POST(HttpRequest.BodyPublishers.noBody()));
        check("POST /visits 405", notAllowed, post, 405);
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void everyProblemTypeTheApiSendsIsDocumented() {
        Set<String> documented = new TreeSet<>();
        document.at("/components/schemas/QueryProblemType/enum").forEach(type -> documented.add(type.asText()));
        assertEquals(new TreeSet<>(List.of(ProblemDetails.type("invalid_query"), ProblemDetails.type("unknown_visit"),
                ProblemDetails.type("unknown_commitment"), ProblemDetails.type("not_queryable"), ProblemDetails.ABOUT_BLANK)), documented);
    }

    /** One request per documented response, keyed "METHOD path status". */
    private Map<String, Supplier<HttpRequest.Builder>> scenarios() {
        Map<String, Supplier<HttpRequest.Builder>> s = new LinkedHashMap<>();
        Map<String, String> lists = Map.of("/visits", "?visitor=gates", "/commitments", "?committer=gates",
                "/internal/visits", "?visitor=gates&partitions=0,1", "/internal/commitments", "?partitions=1");
        lists.forEach((path, query) -> {
            s.put("GET " + path + " 200", () -> get(path + query, true));
            s.put("GET " + path + " 400", () -> get(path + query + "&limit=0", true));
            s.put("GET " + path + " 503", () -> get(path + query, false));
        });
        Map<String, String> byId = Map.of("/visits", "/{visitId}", "/internal/visits", "/{visitId}",
                "/commitments", "/{commitmentId}", "/internal/commitments", "/{commitmentId}");
        byId.forEach((path, id) -> {
            String template = path + id;
            String partition = path.startsWith("/internal") ? "?partition=0" : "";
            s.put("GET " + template + " 200", () -> get(path + "/" + SwitchableQueries.KNOWN + partition, true));
            s.put("GET " + template + " 400", () -> get(path + "/" + SwitchableQueries.KNOWN + "?colour=red", true));
            s.put("GET " + template + " 404", () -> get(path + "/unknown" + partition, true));
            s.put("GET " + template + " 503", () -> get(path + "/" + SwitchableQueries.KNOWN + partition, false));
        });
        s.put("GET /openapi.json 200", () -> get("/openapi.json", true));
        s.put("GET /metrics 200", () -> get("/metrics", true));
        for (String path : List.of("/health", "/ready")) {
            s.put("GET " + path + " 200", () -> get(path, true));
            s.put("GET " + path + " 503", () -> {
                healthy = false;
                return HttpRequest.newBuilder(uri(path)).GET();
            });
        }
        return s;
    }

    private HttpRequest.Builder get(String pathAndQuery, boolean queryable) {
        healthy = true;
        queries.queryable = queryable;
        return HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    }

    private void check(String key, JsonNode declared, HttpResponse<String> response) throws Exception {
        check(key, declared, response, Integer.parseInt(key.substring(key.lastIndexOf(' ') + 1)));
        healthy = true;
        queries.queryable = true;
    }

    private void check(String key, JsonNode declared, HttpResponse<String> response, int status) throws Exception {
        responses().assertAsDeclared(key, declared, response, status);
    }

    private JsonNode resolve(JsonNode node) {
        return responses().resolve(node);
    }

    private DocumentedResponses responses() {
        return new DocumentedResponses(document, "/components/schemas/QueryProblemType/enum");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One visit and one commitment, or {@link NotQueryable} when {@link #queryable} is false. */
    private static final class SwitchableQueries implements StateQueries {
        static final String KNOWN = "known";
        volatile boolean queryable = true;

        private ObjectNode visitJson() {
            return RecordJson.toJson(QueryFixtures.visit("a1", "Robert M. Gates", "AZ", "Baku", "2010-06-06",
                    VisitStatus.COMPLETED, "2010-06-07", Instant.parse("2010-06-07T12:00:00Z")));
        }

        private Page page() {
            require();
            return new Page(List.of(new Page.Entry(new Cursor(1L, KNOWN), visitJson())), true);
        }

        private void require() {
            if (!queryable) {
                throw new NotQueryable("switched off by the test");
            }
        }

        @Override
        public Page visits(VisitQuery query, String rawQuery) {
            return page();
        }

        @Override
        public Optional<ObjectNode> visit(String visitId) {
            require();
            return visitId.equals(KNOWN) ? Optional.of(visitJson()) : Optional.empty();
        }

        @Override
        public Page commitments(CommitmentQuery query, String rawQuery) {
            return page();
        }

        @Override
        public Page localVisits(VisitQuery query, Optional<Set<Integer>> partitions) {
            return page();
        }

        @Override
        public Optional<ObjectNode> localVisit(String visitId, Optional<Integer> partition) {
            return visit(visitId);
        }

        @Override
        public Page localCommitments(CommitmentQuery query, Optional<Set<Integer>> partitions) {
            return page();
        }

        @Override
        public Optional<ObjectNode> commitment(String commitmentId) {
            require();
            return commitmentId.equals(KNOWN) ? Optional.of(commitmentJson()) : Optional.empty();
        }

        @Override
        public Optional<ObjectNode> localCommitment(String commitmentId, Optional<Integer> partition) {
            return commitment(commitmentId);
        }

        private ObjectNode commitmentJson() {
            return RecordJson.toJson(QueryFixtures.commitment("a1", "Robert M. Gates", CommitmentKind.PLEDGE, "2010-09"));
        }
    }
}
