package io.visitwire.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.visitwire.schemas.deadletter.DeadLetterListener;

/** Counts dead letters as {@code visitwire_dead_letters_total{service, stage}}. */
public final class DeadLetterCounter implements DeadLetterListener {

    public static final String NAME = "visitwire.dead.letters";

    private final MeterRegistry registry;

    public DeadLetterCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void deadLettered(String service, String stage) {
        Counter.builder(NAME)
                .description("Records sent to articles.dlq.v1, by the service that sent them and the step that gave up")
                .tag("service", service)
                .tag("stage", stage)
                .register(registry)
                .increment();
    }

    /** Kafka logs its configuration, this listener included. */
    @Override
    public String toString() {
        return "DeadLetterCounter(" + NAME + ")";
    }
}
