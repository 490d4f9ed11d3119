package io.visitwire.ingest;

import io.visitwire.ingest.http.IngestApi;
import io.visitwire.ingest.http.IngestMetrics;
import io.visitwire.ingest.publish.ArticlePublisher;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.visitwire.ops.http.DocumentedRoutes;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.OpsRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service running on its own: one Kafka publisher and the HTTP API in front of it, with the operator
 * endpoints ({@code /metrics}, {@code /health}, {@code /ready}) on the same port. Started in dependency order
 * (publisher, then HTTP) and closed in reverse (HTTP first, so no request arrives for a closed producer; then the
 * producer, which waits for records in flight).
 */
public final class IngestService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    /** The readiness check: the producer holds a connection to the cluster. */
    public static final String READY_CHECK = "ingest-kafka";

    private final ArticlePublisher publisher;
    private final IngestApi api;

    private IngestService(ArticlePublisher publisher, IngestApi api) {
        this.publisher = publisher;
        this.api = api;
    }

    public static IngestService start(IngestConfig config) {
        return start(config, ServiceOps.create());
    }

    /** Starts with its meters and readiness check in {@code ops}, served on the API's port. */
    public static IngestService start(IngestConfig config, ServiceOps ops) {
        return start(config, ops, Optional.empty());
    }

    /**
     * The same, with {@code more} routes on the API's port too, in its {@code /openapi.json}: how {@code visitwire up}
     * serves the sink's query API beside the ingest API.
     */
    public static IngestService start(IngestConfig config, ServiceOps ops, Optional<DocumentedRoutes> more) {
        log.info("Starting ingest service with {}", config);
        warnIfOpen(config);
        ensureRawTopic(config);
        ArticlePublisher publisher = ArticlePublisher.create(config);
        try {
            publisher.bindTo(ops.registry());
            ops.readiness().add(READY_CHECK, publisher::isConnected);
            IngestApi api = IngestApi.create(config, publisher, new IngestMetrics(ops.registry()));
            more.ifPresent(routes -> api.documenting(routes.openApi()));
            api.start(config.httpHost(), config.httpPort(), ops.registry(), routes -> {
                new OpsRoutes(ops).registerRoutes(routes);
                more.ifPresent(extra -> extra.routes().accept(routes));
            });
            return new IngestService(publisher, api);
        } catch (RuntimeException e) {
            publisher.close();
            throw e;
        }
    }

    /**
     * The one warning of a service started without a bearer token: anyone who reaches its port can publish
     * articles. Empty when a token is set.
     */
    static void warnIfOpen(IngestConfig config) {
        noTokenWarning(config).ifPresent(log::warn);
    }

    static java.util.Optional<String> noTokenWarning(IngestConfig config) {
        if (config.authToken().isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("NO AUTHENTICATION: VISITWIRE_HTTP_AUTH_TOKEN (http.auth.token) is not set, so anyone"
                + " who reaches " + config.httpHost() + ":" + config.httpPort() + " can publish articles; set it to a"
                + " secret and send 'Authorization: Bearer <token>'");
    }

    /** Without its topic, every POST would wait for the producer's timeout and get 503. */
    private static void ensureRawTopic(IngestConfig config) {
        Map<String, Object> settings = new HashMap<>(config.kafka());
        settings.put("bootstrap.servers", config.bootstrapServers());
        TopicProvisioner.ensureTopics(settings, List.of(Topics.ARTICLES_RAW), config.topicPartitions(),
                config.topicReplication());
    }

    public int httpPort() {
        return api.port();
    }

    @Override
    public void close() {
        log.info("Stopping ingest service");
        try {
            api.stop();
        } finally {
            publisher.close();
        }
    }
}
