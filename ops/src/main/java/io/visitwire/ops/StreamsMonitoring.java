package io.visitwire.ops;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.visitwire.schemas.streams.StreamsRunner;

/**
 * One Kafka Streams app reported to {@link ServiceOps}: its client metrics ({@code kafka_stream_*},
 * {@code kafka_consumer_*}, {@code kafka_producer_*}) and one check under its name, ready when the app is
 * RUNNING and alive unless it failed for good. Close it with the app.
 */
public final class StreamsMonitoring implements AutoCloseable {

    private final KafkaStreamsMetrics metrics;

    private StreamsMonitoring(KafkaStreamsMetrics metrics) {
        this.metrics = metrics;
    }

    public static StreamsMonitoring attach(ServiceOps ops, String check, StreamsRunner runner) {
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(runner.streams());
        metrics.bindTo(ops.registry());
        ops.readiness().add(check, runner::isRunning);
        ops.liveness().add(check, runner::isAlive);
        return new StreamsMonitoring(metrics);
    }

    @Override
    public void close() {
        metrics.close();
    }
}
