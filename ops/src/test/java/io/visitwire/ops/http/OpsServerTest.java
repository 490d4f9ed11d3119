package io.visitwire.ops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.metrics.DeadLetterCounter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator endpoints over real HTTP, and the container probe against them. */
class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private ServiceOps ops;
    private OpsServer server;

    @BeforeEach
    void start() {
        ops = ServiceOps.create();
        server = OpsServer.start(0, ops);
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
        server = OpsServer.start(0, ops);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
