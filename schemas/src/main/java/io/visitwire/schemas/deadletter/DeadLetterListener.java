package io.visitwire.schemas.deadletter;

/**
 * Told of every record the dead-letter handlers send to the dead-letter topic, e.g. to count them.
 * Kafka Streams instantiates the handlers itself from their class names, so a listener reaches them
 * as an object in the Streams configuration ({@link DeadLetterHandlers#configure}), not through a
 * static: two services in one JVM (the launcher) keep their own listeners. Called on a stream thread:
 * it must be quick and must not throw.
 */
@FunctionalInterface
public interface DeadLetterListener {

    /** Listens to nothing. */
    DeadLetterListener NONE = (service, stage) -> { };

    /**
     * @param service the Streams service whose handler dead-lettered the record ({@code enrich}, {@code sink})
     * @param stage   the step that gave up, as in the {@code visitwire.stage} header ({@code deserialize},
     *                {@code enrich}, {@code sink})
     */
    void deadLettered(String service, String stage);
}
