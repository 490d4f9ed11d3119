package io.visitwire.sink.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What the sink publishes: {@code visitwire_visits_emitted_total{stage="sink"}} (visit events written to
 * {@code visits.v1}, one per merged report) and {@code visitwire_commitments_emitted_total{stage="sink"}}
 * (records written to {@code commitments.v1}). Same names as enrich's counters, told apart by {@code stage}.
 */
public final class SinkMetrics {

    public static final String VISITS = "visitwire.visits.emitted";
    public static final String COMMITMENTS = "visitwire.commitments.emitted";
    public static final String STAGE = "sink";

    private final Counter visits;
    private final Counter commitments;

    public SinkMetrics(MeterRegistry registry) {
        visits = Counter.builder(VISITS).tag("stage", STAGE)
                .description("Visits emitted: visit mentions found by enrich, visit events published by sink")
                .register(registry);
        commitments = Counter.builder(COMMITMENTS).tag("stage", STAGE)
                .description("Commitments emitted: found by enrich, published by sink").register(registry);
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
