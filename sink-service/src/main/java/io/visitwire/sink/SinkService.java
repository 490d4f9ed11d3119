package io.visitwire.sink;

import io.visitwire.schemas.Topics;
import io.visitwire.schemas.streams.StreamsRunner;
import io.visitwire.sink.visits.VisitAssembler;
import java.time.Clock;
import java.util.List;

/** The sink service as a start/stop object. */
public final class SinkService implements AutoCloseable {

    private final StreamsRunner runner;

    public SinkService(SinkConfig config) {
        this.runner = new StreamsRunner("sink", SinkTopology.build(new VisitAssembler(), Clock.systemUTC()),
                config.streamsProperties(),
                List.of(Topics.ARTICLES_ENRICHED, Topics.VISITS, Topics.COMMITMENTS, Topics.ARTICLES_DLQ),
                config.partitions(), config.replicationFactor());
    }

    public void start() {
        runner.start();
    }

    public boolean isRunning() {
        return runner.isRunning();
    }

    @Override
    public void close() {
        runner.close();
    }
}
