package io.visitwire.sink;

import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.StreamsMonitoring;
import io.visitwire.ops.metrics.DeadLetterCounter;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.streams.StreamsRunner;
import io.visitwire.sink.metrics.SinkMetrics;
import io.visitwire.sink.query.QueryRoutes;
import io.visitwire.sink.query.SinkQueries;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The sink service as a start/stop object. Reports to {@link ServiceOps}: the Streams client metrics, the
 * counters of {@link SinkMetrics}, dead letters, and the check {@value #STREAMS_CHECK} (ready when RUNNING,
 * alive unless failed for good).
 */
public final class SinkService implements AutoCloseable {

    /** Liveness and readiness check of the Streams app. */
    public static final String STREAMS_CHECK = "sink-streams";

    private final StreamsRunner runner;
    private final StreamsMonitoring monitoring;
    private final SinkQueries queries;

    /** A service reporting to meters nobody scrapes: for tests and tools. */
    public SinkService(SinkConfig config) {
        this(config, ServiceOps.create());
    }

    public SinkService(SinkConfig config, ServiceOps ops) {
        this.runner = new StreamsRunner("sink",
                SinkTopology.build(new SinkMetrics(ops.registry())),
                config.streamsProperties(),
                List.of(Topics.ARTICLES_ENRICHED, Topics.VISITS, Topics.COMMITMENTS, Topics.ARTICLES_DLQ),
                config.partitions(), config.replicationFactor(), new DeadLetterCounter(ops.registry()));
        this.monitoring = StreamsMonitoring.attach(ops, STREAMS_CHECK, runner);
        this.queries = new SinkQueries(runner.streams(), config.applicationServer().map(HostInfo::buildFromEndpoint),
                config.streamsProperties());
    }

    /** Interactive queries of the sink's stores, for the query API ({@link QueryRoutes}). */
    public SinkQueries queries() {
        return queries;
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
        } finally {
            monitoring.close();
        }
    }
}
