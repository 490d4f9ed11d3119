package io.visitwire.ops.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.health.HealthChecks;
import java.util.Map;

/**
 * The operator endpoints, on any Javalin instance:
 * <ul>
 *   <li>{@code GET /metrics}: Prometheus text format;</li>
 *   <li>{@code GET /health}: liveness, 200 {@code {"status":"UP","checks":{...}}} or 503 with {@code DOWN};</li>
 *   <li>{@code GET /ready}: readiness, same form.</li>
 * </ul>
 * Installs no exception or JSON mapper, so it leaves the instance's other routes alone.
 */
public final class OpsRoutes {

    public static final String METRICS_PATH = "/metrics";
    public static final String HEALTH_PATH = "/health";
    public static final String READY_PATH = "/ready";
    /** Prometheus text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceOps ops;

    public OpsRoutes(ServiceOps ops) {
        this.ops = ops;
    }

    public void registerRoutes(JavalinDefaultRoutingApi<?> routes) {
        routes.get(METRICS_PATH, ctx -> ctx.contentType(PROMETHEUS_TEXT).result(ops.registry().scrape()));
        routes.get(HEALTH_PATH, ctx -> answer(ctx, ops.liveness()));
        routes.get(READY_PATH, ctx -> answer(ctx, ops.readiness()));
    }

    private static void answer(Context ctx, HealthChecks checks) throws JsonProcessingException {
        Map<String, Boolean> results = checks.results();
        boolean up = results.values().stream().allMatch(Boolean::booleanValue);
        ObjectNode body = JSON.createObjectNode();
        body.put("status", up ? "UP" : "DOWN");
        ObjectNode each = body.putObject("checks");
        results.forEach((name, passed) -> each.put(name, passed ? "UP" : "DOWN"));
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .contentType("application/json")
                .result(JSON.writeValueAsBytes(body));
    }
}
