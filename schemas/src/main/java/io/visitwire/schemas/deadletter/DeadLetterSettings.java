package io.visitwire.schemas.deadletter;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.StreamsConfig;

/** The settings the dead-letter handlers read from the Streams configuration. */
record DeadLetterSettings(String topic, String stage, DeadLetterListener listener) {

    /** Names the processing stage in the dead letter's headers. */
    static final String STAGE_CONFIG = "visitwire.dead.letter.stage";
    /** A {@link DeadLetterListener} object (not a class name): Streams hands the handlers its original values. */
    static final String LISTENER_CONFIG = "visitwire.dead.letter.listener";

    static DeadLetterSettings from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object stage = configs.get(STAGE_CONFIG);
        Object listener = configs.get(LISTENER_CONFIG);
        return new DeadLetterSettings(
                Objects.requireNonNull(topic, StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set")
                        .toString(),
                stage == null ? "unknown" : stage.toString(),
                listener instanceof DeadLetterListener given ? given : DeadLetterListener.NONE);
    }
}
