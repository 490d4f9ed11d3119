package io.visitwire.sink.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.visitwire.ops.metrics.EmittedCounters;

/**
 * What the sink publishes: {@code visitwire_visits_emitted_total{stage="sink"}} (visit events written to
 * {@code visits.v1}, one per merged report) and {@code visitwire_commitments_emitted_total{stage="sink"}}
 * (records written to {@code commitments.v1}). Same names as enrich's counters, told apart by {@code stage}.
 */
public final class SinkMetrics {

    public static final String VISITS = EmittedCounters.VISITS;
    public static final String COMMITMENTS = EmittedCounters.COMMITMENTS;
    public static final String STAGE = "sink";

    private final Counter visits;
    private final Counter commitments;

    public SinkMetrics(MeterRegistry registry) {
        visits = EmittedCounters.visits(registry, STAGE);
        commitments = EmittedCounters.commitments(registry, STAGE);
    }

    /** Counters nobody reads: for a topology built without a service around it. */
    public static SinkMetrics unregistered() {
        return new SinkMetrics(new SimpleMeterRegistry());
    }

    public void visitPublished() {
        visits.increment();
    }

    public void commitmentPublished() {
        commitments.increment();
    }
}
