package io.visitwire.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The counters enrich and sink both keep, one name each, told apart by the {@code stage} tag:
 * {@code visitwire_visits_emitted_total} and {@code visitwire_commitments_emitted_total}. In one process
 * (under {@code visitwire up}) both services register into one registry, so name and description must agree.
 */
public final class EmittedCounters {

    public static final String VISITS = "visitwire.visits.emitted";
    public static final String COMMITMENTS = "visitwire.commitments.emitted";

    private EmittedCounters() {
    }

    public static Counter visits(MeterRegistry registry, String stage) {
        return Counter.builder(VISITS).tag("stage", stage)
                .description("Visits emitted: visit mentions found by enrich, visit events published by sink")
                .register(registry);
    }

    public static Counter commitments(MeterRegistry registry, String stage) {
        return Counter.builder(COMMITMENTS).tag("stage", stage)
                .description("Commitments emitted: found by enrich, published by sink").register(registry);
    }
}
