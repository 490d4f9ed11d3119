package io.visitwire.enrich;

import io.visitwire.extraction.Extractor;
import io.visitwire.enrich.guard.BoundedEnricher;
import io.visitwire.enrich.metrics.MeteredEnricher;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.StreamsMonitoring;
import io.visitwire.ops.metrics.DeadLetterCounter;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.streams.StreamsRunner;
import java.util.List;

/**
 * The enrich service as a start/stop object. Reports to {@link ServiceOps}: the Streams client metrics
 * ({@code kafka_stream_*}, {@code kafka_consumer_*}, {@code kafka_producer_*}), the domain meters of
 * {@link MeteredEnricher}, dead letters, and the checks {@value #STREAMS_CHECK} (ready when RUNNING, alive
 * unless failed for good).
 */
public final class EnrichService implements AutoCloseable {

    /** Liveness and readiness check of the Streams app. */
    public static final String STREAMS_CHECK = "enrich-streams";
    /** Readiness check of the NLP engine, for a main that serves HTTP while CoreNLP loads. */
    public static final String ENGINE_CHECK = "corenlp";

    private final BoundedEnricher boundedEnricher;
    private final StreamsRunner runner;
    private final StreamsMonitoring monitoring;

    /** A service reporting to meters nobody scrapes: for tests and tools. */
    public EnrichService(EnrichConfig config, Extractor enricher) {
        this(config, enricher, ServiceOps.create());
    }

    /** @param enricher the NLP engine, already loaded: the {@value #ENGINE_CHECK} check passes from here on */
    public EnrichService(EnrichConfig config, Extractor enricher, ServiceOps ops) {
        this.boundedEnricher = new BoundedEnricher(enricher, config.maxBodyChars(), config.maxArticleTime());
        this.runner = new StreamsRunner("enrich",
                EnrichTopology.build(new MeteredEnricher(boundedEnricher, ops.registry()), config.repostWindow()),
                config.streamsProperties(),
                List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ARTICLES_DLQ),
                config.partitions(), config.replicationFactor(), new DeadLetterCounter(ops.registry()));
        this.monitoring = StreamsMonitoring.attach(ops, STREAMS_CHECK, runner);
        ops.readiness().add(ENGINE_CHECK, () -> true);
    }

    public void start() {
        runner.start();
    }

    public boolean isRunning() {
        return runner.isRunning();
    }

    @Override
    public void close() {
        try {
            runner.close();
            boundedEnricher.close();
        } finally {
            monitoring.close();
        }
    }
}
