package io.visitwire.cli.local;

import io.visitwire.cli.Progress;
import io.visitwire.cli.VisitwireHome;
import io.visitwire.extraction.Extractor;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichService;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.ingest.IngestService;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.DocumentedRoutes;
import io.visitwire.ops.http.HttpServers;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.config.Settings;
import io.visitwire.sink.SinkConfig;
import io.visitwire.sink.SinkService;
import io.visitwire.sink.page.VisitsPage;
import io.visitwire.sink.query.QueryRoutes;
import io.visitwire.sink.query.StateQueries;
import io.visitwire.testkit.EmbeddedKafkaBroker;
import io.visitwire.testkit.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything in one process, for a laptop: an Apache Kafka broker (KRaft) with its data in the
 * visitwire home, and the ingest, enrich and sink services against it. Closes in reverse order.
 * The three services share one {@link ServiceOps}, so the ingest port serves {@code /metrics},
 * {@code /health} and {@code /ready} for all of them, and the sink's query API ({@link QueryRoutes})
 * with the visits page on {@code /} ({@link VisitsPage}); ready once CoreNLP is loaded and both Streams
 * apps are RUNNING.
 *
 * <p>Kafka client settings of the environment ({@code VISITWIRE_KAFKA_*}) reach the three services as they reach
 * each service run on its own, and each refuses the ones its guarantee rests on, before anything starts; only
 * {@code bootstrap.servers} is the embedded broker's.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);
    private static final Duration STREAMS_START_TIMEOUT = Duration.ofMinutes(2);
    private static final String KAFKA_PREFIX = "kafka.";
    private static final String BOOTSTRAP_SERVERS = KAFKA_PREFIX + "bootstrap.servers";
    private static final String ORIGIN = "the environment (VISITWIRE_KAFKA_*)";

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final ServiceOps ops = ServiceOps.create();
    /** kafka.* settings every service gets besides the broker's own client settings. */
    private final Map<String, String> kafkaSettings;
    private KafkaBroker broker;
    private IngestService ingest;

    private LocalPipeline(Map<String, String> kafkaSettings) {
        this.kafkaSettings = kafkaSettings;
    }

    /**
     * Starts a broker with its data in the visitwire home, then the services on it, with the Kafka client settings
     * of this process's environment.
     *
     * @param brokerPort Kafka port, 0 for any free one
     * @param httpHost   interface the HTTP API listens on ({@code http.host})
     * @param httpPort   HTTP API port, 0 for any free one
     * @throws IllegalArgumentException before anything starts, naming each {@code VISITWIRE_KAFKA_*} setting a
     *                                  service refuses
     */
    public static LocalPipeline withEmbeddedBroker(VisitwireHome home, int brokerPort, String httpHost, int httpPort,
                                                   String authToken, Supplier<Extractor> enricherLoader,
                                                   Progress progress) {
        return withEmbeddedBroker(home, brokerPort, httpHost, httpPort, authToken, System.getenv(), enricherLoader, progress);
    }

    /** @param environment where the {@code VISITWIRE_KAFKA_*} settings come from */
    public static LocalPipeline withEmbeddedBroker(VisitwireHome home, int brokerPort, String httpHost, int httpPort,
                                                   String authToken, Map<String, String> environment,
                                                   Supplier<Extractor> enricherLoader, Progress progress) {
        LocalPipeline pipeline = new LocalPipeline(kafkaSettings(environment, progress));
        try {
            // CoreNLP takes the longest to load: start it first, beside the broker
            CompletableFuture<Extractor> enricher = pipeline.loadInBackground(enricherLoader, progress);
            progress.say("Starting Apache Kafka (KRaft) with data in %s", home.kafkaData());
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                    .dataDirectory(home.kafkaData()).brokerPort(brokerPort).start();
            pipeline.started.push(broker);
            progress.say("Kafka is up on %s", broker.bootstrapServers());
            pipeline.startServices(broker, home.streamsState(), httpHost, httpPort, authToken, enricher, progress);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** Starts the services on a broker someone else runs (and closes), with its client settings only; no HTTP authentication. */
    public static LocalPipeline onBroker(KafkaBroker broker, Path stateDir, int httpPort,
                                         Supplier<Extractor> enricherLoader, Progress progress) {
        LocalPipeline pipeline = new LocalPipeline(Map.of());
        try {
            pipeline.startServices(broker, stateDir, IngestConfig.DEFAULT_HTTP_HOST, httpPort, null,
                    pipeline.loadInBackground(enricherLoader, progress), progress);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * The {@code kafka.*} settings of the environment's {@code VISITWIRE_KAFKA_*} variables but
     * {@code bootstrap.servers}, checked by each service as it checks its own.
     *
     * @throws IllegalArgumentException naming each setting a service refuses
     */
    static Map<String, String> kafkaSettings(Map<String, String> environment, Progress progress) {
        Map<String, String> kafka = new TreeMap<>();
        Settings.of(environment, new Properties()).kafkaClientOverrides()
                .forEach((name, value) -> kafka.put(KAFKA_PREFIX + name, value));
        if (kafka.remove(BOOTSTRAP_SERVERS) != null) {
            progress.say("Ignoring %s: the services use the broker started here", Settings.envVarOf(BOOTSTRAP_SERVERS));
        }
        List<String> refusals = new ArrayList<>();
        Settings settings = Settings.of(kafka);
        for (Runnable check : List.<Runnable>of(() -> IngestConfig.fromSettings(kafka, ORIGIN),
                () -> EnrichConfig.from(settings), () -> SinkConfig.from(settings))) {
            try {
                check.run();
            } catch (IllegalArgumentException e) {
                refusals.add(e.getMessage());
            }
        }
        if (!refusals.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", refusals));
        }
        return kafka;
    }

    /**
     * The Kafka client settings of every service: the {@code kafka.*} settings, then the broker's own client
     * settings over them (its address, and its security settings if it has any).
     */
    static Map<String, String> clientSettings(Map<String, String> kafkaSettings, Map<String, Object> brokerClientProperties) {
        Map<String, String> values = new HashMap<>(kafkaSettings);
        brokerClientProperties.forEach((name, value) -> values.put(KAFKA_PREFIX + name, String.valueOf(value)));
        return values;
    }

    private CompletableFuture<Extractor> loadInBackground(Supplier<Extractor> loader, Progress progress) {
        progress.say("Loading CoreNLP models in the background (15-30 s)...");
        return CompletableFuture.supplyAsync(loader);
    }

    /** @param authToken bearer token the HTTP API requires, or null for none */
    private void startServices(KafkaBroker broker, Path stateDir, String httpHost, int httpPort, String authToken,
                               CompletableFuture<Extractor> enricher, Progress progress) {
        this.broker = broker;
        ops.readiness().pending(EnrichService.ENGINE_CHECK).pending(EnrichService.STREAMS_CHECK)
                .pending(SinkService.STREAMS_CHECK);
        Map<String, String> values = clientSettings(kafkaSettings, broker.clientProperties());
        values.put("state.dir", stateDir.toString());
        Settings settings = Settings.of(values);
        SinkConfig sinkConfig = SinkConfig.from(settings);
        // all topics before any service, so the first POST never waits for a topic
        TopicProvisioner.ensureTopics(broker.clientProperties(), Topics.ALL, sinkConfig.partitions(),
                sinkConfig.replicationFactor());
        SinkService sink = new SinkService(sinkConfig, ops);
        started.push(sink);
        sink.start();

        Map<String, String> ingestValues = clientSettings(kafkaSettings, broker.clientProperties());
        ingestValues.put("http.host", httpHost);
        ingestValues.put("http.port", Integer.toString(httpPort));
        if (authToken != null) {
            ingestValues.put("http.auth.token", authToken);
        }
        IngestConfig ingestConfig = IngestConfig.fromSettings(ingestValues, "visitwire launcher");
        // one port for everything: the sink's query API beside the ingest API
        ingest = IngestService.start(ingestConfig, ops, Optional.of(queryApi(sink.queries()).and(VisitsPage.documented())));
        started.push(ingest);
        progress.say("Ingest API listening on %s (the visits page on /, queries on /visits and"
                + " /commitments, metrics on /metrics, readiness on /ready)", HttpServers.clientUrl(httpHost, ingest.httpPort()));

        EnrichService enrich = new EnrichService(EnrichConfig.from(settings), enricher.join(), ops);
        started.push(enrich);
        progress.say("CoreNLP loaded");
        enrich.start();
        awaitRunning("enrich", enrich::isRunning);
        awaitRunning("sink", sink::isRunning);
        progress.say("Enrich and sink services are running");
    }

    /** The sink's query API as the ingest port serves it: its routes, and its paths in the one /openapi.json. */
    static DocumentedRoutes queryApi(StateQueries queries) {
        return new DocumentedRoutes(new QueryRoutes(queries)::registerRoutes, QueryRoutes.openApiDocument());
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public Map<String, Object> clientProperties() {
        return broker.clientProperties();
    }

    public int httpPort() {
        return ingest.httpPort();
    }

    private static void awaitRunning(String service, Supplier<Boolean> running) {
        Instant deadline = Instant.now().plus(STREAMS_START_TIMEOUT);
        while (!running.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service + " service did not reach RUNNING in " + STREAMS_START_TIMEOUT);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting " + service, e);
            }
        }
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("Error while stopping {}", part, e);
            }
        }
    }
}
