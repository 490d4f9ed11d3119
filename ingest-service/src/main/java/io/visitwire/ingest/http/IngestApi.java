package io.visitwire.ingest.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.ingest.publish.Publisher;
import io.visitwire.ops.http.HttpServers;
import io.visitwire.ops.http.OpenApiDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest HTTP API.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>route</th><th>body</th><th>success</th></tr>
 *   <tr><td>{@code POST /articles}</td><td>one JSON article, {@code application/json}</td>
 *       <td>202 {@code {"ids":["…"]}}</td></tr>
 *   <tr><td>{@code POST /articles:batch}</td><td>JSON Lines: {@code application/x-ndjson}, {@code application/jsonl},
 *       {@code application/json-lines} or {@code text/plain}</td>
 *       <td>202 {@code {"ids":[…],"rejected":[{"line":3,"problems":[…]}]}}</td></tr>
 * </table>
 *
 * <p>202 is sent only after Kafka acknowledged every accepted article. Errors are problem details
 * ({@code application/problem+json}, RFC 9457: {@code type} is the {@link RejectionReason}, plus {@code title},
 * {@code status}, {@code detail}) with the API's {@code "error":"…","problems":[{"field":…,"message":…}]}:
 * 401 a bearer token is configured and the request does not carry it;
 * 400 malformed JSON, invalid fields, empty or cut-short body, or a batch with no valid line (with {@code rejected});
 * 408 the body stopped arriving;
 * 413 request body over the limit, article body over {@code max.body.bytes}, or an article larger than the topic
 * accepts;
 * 415 missing or wrong Content-Type, or a charset other than UTF-8;
 * 503 Kafka did not acknowledge in time (a batch also lists the {@code ids} that were acknowledged; re-posting
 * the whole batch is safe because ids, and so keys, are deterministic);
 * 500 an article that cannot be encoded (a bug).
 * The server's own refusals (404, 405, malformed HTTP) are problem details too ({@link HttpServers}).
 * {@code GET /openapi.json} serves the OpenAPI 3 document of these routes and the operator endpoints (resource
 * {@code openapi.json} next to this class; {@code OpenApiDocumentTest} checks it against the running server).
 *
 * <p>To embed the routes in another Javalin instance, call {@link #registerRoutes}; to run on its own,
 * {@link #start(String, int, Consumer)} and {@link #stop()}. The operator
 * endpoints ({@code /metrics}, {@code /health}, {@code /ready}) are not the API's: whoever runs it adds them.
 * Accepted and refused articles are counted in {@link IngestMetrics}.
 */
public final class IngestApi {

    public static final String ARTICLES_PATH = "/articles";
    public static final String BATCH_PATH = "/articles:batch";
    /** The API's OpenAPI 3 document (this class's resource {@code openapi.json}), served without a token. */
    public static final String OPENAPI_PATH = "/openapi.json";

    private static final Logger log = LoggerFactory.getLogger(IngestApi.class);

    private final Handler articleHandler;
    private final Handler batchHandler;
    private Javalin server;
    private static final byte[] OPENAPI = readOpenApi();
    /** The document served: this API's, with those of any routes served beside it ({@link #documenting}). */
    private volatile byte[] servedOpenApi = OPENAPI;

    public IngestApi(Publisher publisher, ArticleParser parser, long maxRequestBytes, Clock clock) {
        this(publisher, parser, maxRequestBytes, clock, Optional.empty());
    }

    /** @param authToken when present, POST requests without {@code Authorization: Bearer <token>} get 401 */
    public IngestApi(Publisher publisher, ArticleParser parser, long maxRequestBytes, Clock clock,
                     Optional<String> authToken) {
        this(publisher, parser, maxRequestBytes, clock, authToken, IngestMetrics.unregistered());
    }

    /** @param metrics where accepted and refused articles are counted */
    public IngestApi(Publisher publisher, ArticleParser parser, long maxRequestBytes, Clock clock,
                     Optional<String> authToken, IngestMetrics metrics) {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(clock, "clock");
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, got " + maxRequestBytes);
        }
        Handler article = new ArticleHandler(publisher, parser, maxRequestBytes, clock, metrics);
        Handler batch = new BatchHandler(publisher, parser, maxRequestBytes, clock, metrics);
        this.articleHandler = authToken.<Handler>map(token -> new BearerTokenCheck(token, article, metrics)).orElse(article);
        this.batchHandler = authToken.<Handler>map(token -> new BearerTokenCheck(token, batch, metrics)).orElse(batch);
    }

    /** The API with the limits of {@code config}, stamping articles with the system clock. */
    public static IngestApi create(IngestConfig config, Publisher publisher) {
        return create(config, publisher, IngestMetrics.unregistered());
    }

    /** The same, counting articles in {@code metrics}. */
    public static IngestApi create(IngestConfig config, Publisher publisher, IngestMetrics metrics) {
        return new IngestApi(publisher, new ArticleParser(config.maxBodyBytes()), config.maxRequestBytes(),
                Clock.systemUTC(), config.authToken(), metrics);
    }

    /**
     * Adds the routes to a Javalin instance or router, e.g. {@code api.registerRoutes(app)} or
     * {@code config.router.mount(api::registerRoutes)}. Installs no exception mapper or JSON mapper, so it
     * leaves the instance's other routes alone.
     */
    public void registerRoutes(JavalinDefaultRoutingApi<?> routes) {
        routes.post(ARTICLES_PATH, articleHandler);
        routes.post(BATCH_PATH, batchHandler);
        routes.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(servedOpenApi));
    }

    /**
     * Serves on {@link #OPENAPI_PATH} this API's document merged with {@code more}, the document of other routes
     * served on the same server ({@link OpenApiDocuments#merge}).
     */
    public IngestApi documenting(byte[] more) {
        servedOpenApi = OpenApiDocuments.merge(servedOpenApi, more);
        return this;
    }

    /** The OpenAPI 3 document of the API's routes and the operator endpoints, served at {@link #OPENAPI_PATH}. */
    public static byte[] openApiDocument() {
        return OPENAPI.clone();
    }

    private static byte[] readOpenApi() {
        try (InputStream in = IngestApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read openapi.json", e);
        }
    }

    /**
     * Starts an HTTP server of its own on {@code host}:{@code port} (0 = any free port; see {@link #port()}) with
     * this API's routes and {@code moreRoutes}, e.g. the operator endpoints:
     * {@code api.start("127.0.0.1", 8080, new OpsRoutes(ops)::registerRoutes)}.
     */
    public synchronized IngestApi start(String host, int port, Consumer<JavalinDefaultRoutingApi<?>> moreRoutes) {
        return start(host, port, Optional.empty(), moreRoutes);
    }

    /** As {@link #start(String, int, Consumer)}, timing every request in {@code requests} ({@link HttpServers}). */
    public synchronized IngestApi start(String host, int port, MeterRegistry requests,
                                        Consumer<JavalinDefaultRoutingApi<?>> moreRoutes) {
        return start(host, port, Optional.of(requests), moreRoutes);
    }

    private IngestApi start(String host, int port, Optional<MeterRegistry> requests,
                            Consumer<JavalinDefaultRoutingApi<?>> moreRoutes) {
        if (server != null) {
            throw new IllegalStateException("already started on port " + server.port());
        }
        Consumer<JavalinDefaultRoutingApi<?>> routes = all -> {
            registerRoutes(all);
            moreRoutes.accept(all);
        };
        server = requests.map(registry -> HttpServers.start(host, port, registry, routes))
                .orElseGet(() -> HttpServers.start(host, port, routes));
        log.info("Ingest API listening on {}", HttpServers.url(host, server.port()));
        return this;
    }

    /** The port {@link #start} listens on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.port();
    }

    /** The running server, for tests that list its routes. */
    synchronized Javalin server() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server;
    }

    /** Stops the server started by {@link #start}; does nothing if none runs. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            log.info("Ingest API stopped");
        }
    }
}
