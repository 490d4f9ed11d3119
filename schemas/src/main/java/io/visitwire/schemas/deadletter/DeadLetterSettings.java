package io.visitwire.schemas.deadletter;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.StreamsConfig;

/** The two settings the dead-letter handlers read from the Streams configuration. */
record DeadLetterSettings(String topic, String stage) {

    /** Names the processing stage in the dead letter's headers. */
    static final String STAGE_CONFIG = "visitwire.dead.letter.stage";

    static DeadLetterSettings from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object stage = configs.get(STAGE_CONFIG);
        return new DeadLetterSettings(
                Objects.requireNonNull(topic, StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set")
                        .toString(),
                stage == null ? "unknown" : stage.toString());
    }
}
