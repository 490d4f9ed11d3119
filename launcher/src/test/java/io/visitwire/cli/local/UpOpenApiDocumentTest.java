package io.visitwire.cli.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.http.IngestApi;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.DocumentedRoutes;
import io.visitwire.ops.http.OpsRoutes;
import io.visitwire.sink.query.CommitmentQuery;
import io.visitwire.sink.query.NotQueryable;
import io.visitwire.sink.query.Page;
import io.visitwire.sink.query.QueryRoutes;
import io.visitwire.sink.query.StateQueries;
import io.visitwire.sink.query.VisitQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Under {@code visitwire up} one port serves the ingest API, the sink's query API and the operator endpoints, and
 * its one {@code /openapi.json} documents all of them: composed as {@code IngestService} composes it with
 * {@link LocalPipeline#queryApi}, every route the server has is in the document it serves and every path of the
 * document is a route the server has.
 */
class UpOpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theOnePortDocumentsTheIngestAndTheQueryRoutes() throws Exception {
        DocumentedRoutes queries = LocalPipeline.queryApi(new NotQueryableYet());
        IngestApi api = new IngestApi(article -> CompletableFuture.failedFuture(new IllegalStateException("no Kafka here")),
                new ArticleParser(1024), 16 * 1024, Clock.systemUTC(), Optional.empty());
        api.documenting(queries.openApi());
        api.start("127.0.0.1", 0, routes -> {
            new OpsRoutes(ServiceOps.create()).registerRoutes(routes);
            queries.routes().accept(routes);
        });
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + api.port() + "/openapi.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode());
            JsonNode document = JSON.readTree(served.body());

            Set<String> documented = operations(document);
            Set<String> expected = new TreeSet<>(operations(JSON.readTree(IngestApi.openApiDocument())));
            expected.addAll(operations(JSON.readTree(QueryRoutes.openApiDocument())));
            assertEquals(expected, documented, "the union of both documents");
            assertTrue(documented.containsAll(Set.of("GET /visits", "GET /visits/{visitId}", "GET /commitments",
                    "GET /commitments/{commitmentId}", "POST /articles")), documented.toString());
            assertTrue(document.at("/components/schemas/Visit").isObject());
            assertTrue(document.at("/components/schemas/Article").isObject());

            // each documented path answers as a route (the stores are not queryable here: 503, not 404)
            for (String operation : documented) {
                String path = operation.substring(operation.indexOf(' ') + 1).replace("{visitId}", "visit-x")
                        .replace("{commitmentId}", "c-x");
                if (!operation.startsWith("GET ")) {
                    continue;
                }
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                assertTrue(status != 404 && status != 405, operation + " answered " + status);
            }
        } finally {
            api.stop();
        }
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        return operations;
    }

    private static final class NotQueryableYet implements StateQueries {
        @Override
        public Page visits(VisitQuery query, String rawQuery) {
            throw new NotQueryable("test");
        }

        @Override
        public Optional<ObjectNode> visit(String visitId) {
            throw new NotQueryable("test");
        }

        @Override
        public Page commitments(CommitmentQuery query, String rawQuery) {
            throw new NotQueryable("test");
        }

        @Override
        public Page localVisits(VisitQuery query, Optional<Set<Integer>> partitions) {
            throw new NotQueryable("test");
        }

        @Override
        public Optional<ObjectNode> localVisit(String visitId, Optional<Integer> partition) {
            throw new NotQueryable("test");
        }

        @Override
        public Page localCommitments(CommitmentQuery query, Optional<Set<Integer>> partitions) {
            throw new NotQueryable("test");
        }

        @Override
        public Optional<ObjectNode> commitment(String commitmentId) {
            throw new NotQueryable("test");
        }

        @Override
        public Optional<ObjectNode> localCommitment(String commitmentId, Optional<Integer> partition) {
            throw new NotQueryable("test");
        }
    }
}
