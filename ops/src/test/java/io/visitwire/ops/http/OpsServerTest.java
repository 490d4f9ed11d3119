package io.visitwire.ops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.metrics.DeadLetterCounter;
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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator endpoints over real HTTP, their error answers and binding, and the container probe against them. */
class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private ServiceOps ops;
    private OpsServer server;

    @BeforeEach
    void start() {
        ops = ServiceOps.create();
        server = OpsServer.start("127.0.0.1", 0, ops);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void metricsArePrometheusTextWithJvmAndDomainMeters() throws Exception {
        new DeadLetterCounter(ops.registry()).deadLettered("enrich", "deserialize");

        HttpResponse<String> response = get("/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().contains("jvm_memory_used_bytes"), response.body());
        assertTrue(response.body().contains("visitwire_dead_letters_total{service=\"enrich\",stage=\"deserialize\"} 1.0"),
                response.body());
    }

    /**
     * Each answer counts under its route and status; a path or method no route has under NOT_FOUND, not the path,
     * so a scan of random paths cannot grow the metrics without bound.
     */
    @Test
    void everyRequestCountsUnderItsRouteAndStatusRefusalsIncluded() throws Exception {
        assertEquals(200, get("/health").statusCode());
        assertEquals(200, get("/health").statusCode());
        assertEquals(404, get("/no-such-page-" + System.nanoTime()).statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(uri("/health")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        String metrics = get("/metrics").body();

        assertEquals(Map.of("GET /health 200", 2.0, "GET NOT_FOUND 404", 1.0, "DELETE NOT_FOUND 405", 1.0),
                requestCounts(metrics), metrics);
    }

    /** {@code jetty_server_requests_seconds_count} as "METHOD uri status" to count, /metrics itself left out. */
    private static Map<String, Double> requestCounts(String metrics) {
        Map<String, Double> counts = new TreeMap<>();
        Matcher line = Pattern.compile("^jetty_server_requests_seconds_count\\{([^}]*)} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        while (line.find()) {
            Map<String, String> tags = new TreeMap<>();
            Matcher tag = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(line.group(1));
            while (tag.find()) {
                tags.put(tag.group(1), tag.group(2));
            }
            if (!tags.get("uri").equals(OpsRoutes.METRICS_PATH)) {
                counts.put(tags.get("method") + " " + tags.get("uri") + " " + tags.get("status"), Double.parseDouble(line.group(2)));
            }
        }
        return counts;
    }

    @Test
    void readyIs503UntilEveryCheckPassesAndNamesThem() throws Exception {
        AtomicBoolean running = new AtomicBoolean();
        ops.readiness().pending("corenlp").add("kafka", running::get);

        HttpResponse<String> notReady = get("/ready");
        assertEquals(503, notReady.statusCode());
        JsonNode body = new ObjectMapper().readTree(notReady.body());
        assertEquals("DOWN", body.get("status").asText());
        assertEquals("DOWN", body.get("checks").get("corenlp").asText());

        ops.readiness().add("corenlp", () -> true);
        running.set(true);
        HttpResponse<String> ready = get("/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("UP", new ObjectMapper().readTree(ready.body()).get("checks").get("kafka").asText());
    }

    @Test
    void healthFollowsTheLivenessChecksAndAThrowingCheckFails() throws Exception {
        assertEquals(200, get("/health").statusCode());

        ops.liveness().add("streams", () -> {
            throw new IllegalStateException("gone");
        });

        assertEquals(503, get("/health").statusCode());
    }

    @Test
    void theProbeSucceedsOnlyOnA2xxAnswer() {
        URI base = URI.create("http://127.0.0.1:" + server.port());
        assertTrue(HttpProbe.probe(base.resolve("/health")));
        ops.readiness().pending("corenlp");
        assertFalse(HttpProbe.probe(base.resolve("/ready")));
        server.close();
        assertFalse(HttpProbe.probe(base.resolve("/health")));
        server = OpsServer.start("127.0.0.1", 0, ops);
    }

    @Test
    void anUnknownPathIs404AndAWrongMethod405WithAllowBothAsProblemJson() throws Exception {
        HttpResponse<String> unknown = get("/metrics/");
        assertProblem(unknown, 404);
        assertEquals("no resource at /metrics/", json(unknown).get("detail").asText());

        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("/ready"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(wrongMethod, 405);
        assertEquals("GET, HEAD", wrongMethod.headers().firstValue("Allow").orElse(null));
    }

    @Test
    void jettysOwnRefusalsAreProblemJsonToo() throws Exception {
        HttpResponse<String> oversized = http.send(HttpRequest.newBuilder(uri("/health"))
                .header("X-Padding", "p".repeat(10_000)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(oversized, 431);
        assertEquals("the request's header fields are larger than the server accepts", json(oversized).get("detail").asText());
    }

    @Test
    void listensOnlyOnTheInterfaceItIsGiven() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no address other than loopback");

        assertThrows(ConnectException.class, () -> new Socket(external.get(), server.port()).close(),
                "the server bound to 127.0.0.1 answered on " + external.get());

        try (OpsServer everywhere = OpsServer.start("0.0.0.0", 0, ops);
             Socket socket = new Socket(external.get(), everywhere.port())) {
            assertTrue(socket.isConnected());
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(ProblemDetails.CONTENT_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = json(response);
        assertEquals("about:blank", body.get("type").asText());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("title").asText().isBlank());
        assertFalse(body.get("detail").asText().isBlank());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
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

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
