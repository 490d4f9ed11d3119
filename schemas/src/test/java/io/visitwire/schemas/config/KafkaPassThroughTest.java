package io.visitwire.schemas.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.streams.ExactlyOnceSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaPassThroughTest {

    private final KafkaPassThrough streams = ExactlyOnceSettings.passThrough("enrich", "enrich.application.id",
            "enrich.stream.threads");

    @Test
    void aStreamsSettingIsProtectedUnderEveryPrefixStreamsReads() {
        assertTrue(streams.protectedKeys().containsAll(List.of("acks", "producer.acks", "transactional.id",
                "producer.transactional.id", "isolation.level", "consumer.isolation.level", "main.consumer.isolation.level",
                "restore.consumer.isolation.level", "global.consumer.isolation.level", "enable.auto.commit",
                "main.consumer.enable.auto.commit", "processing.guarantee", "application.id", "state.dir")),
                streams.protectedKeys().toString());
    }

    @Test
    void theFixedValueIsAcceptedOthersAreRefusedAndTheRestPassesThrough() {
        List<String> errors = new ArrayList<>();
        Map<String, String> accepted = streams.accept(Map.of("acks", "ALL", "linger.ms", "5",
                "producer.acks", "1", "enable.idempotence", "false"), errors);
        assertEquals(Map.of("acks", "ALL", "linger.ms", "5"), accepted);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.contains("kafka.producer.acks (env VISITWIRE_KAFKA_PRODUCER_ACKS) = '1' cannot be set: the enrich"
                + " service runs with producer.acks=all; a write counts once every in-sync replica has it"), errors.toString());
    }

    @Test
    void aSettingNoValueIsAcceptedForNamesWhatToSetInstead() {
        List<String> errors = new ArrayList<>();
        streams.accept(Map.of("main.consumer.group.id", "other"), errors);
        assertEquals(List.of("kafka.main.consumer.group.id (env VISITWIRE_KAFKA_MAIN_CONSUMER_GROUP_ID) = 'other' cannot be"
                + " set: the consumer group is the application id; use enrich.application.id (env"
                + " VISITWIRE_ENRICH_APPLICATION_ID)"), errors);
    }
}
