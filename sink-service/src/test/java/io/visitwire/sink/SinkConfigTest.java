package io.visitwire.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.config.Settings;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void settingsTheExactlyOnceGuaranteeRestsOnAreRefusedNamingThem() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SinkConfig.from(Settings.of(
                Map.of("VISITWIRE_KAFKA_ACKS", "1", "VISITWIRE_KAFKA_MAIN_CONSUMER_ISOLATION_LEVEL", "read_uncommitted",
                        "VISITWIRE_KAFKA_APPLICATION_ID", "other"), new Properties())));
        assertTrue(refused.getMessage().startsWith("Invalid sink settings"), refused.getMessage());
        assertTrue(refused.getMessage().contains("kafka.acks (env VISITWIRE_KAFKA_ACKS) = '1'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("kafka.main.consumer.isolation.level (env "
                + "VISITWIRE_KAFKA_MAIN_CONSUMER_ISOLATION_LEVEL) = 'read_uncommitted'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("use sink.application.id (env VISITWIRE_SINK_APPLICATION_ID)"),
                refused.getMessage());
    }

    @Test
    void otherKafkaSettingsPassThroughAndTheGuaranteeStays() {
        Properties props = SinkConfig.from(Settings.of(Map.of("kafka.security.protocol", "SSL",
                "kafka.transaction.timeout.ms", "20000"))).streamsProperties();
        assertEquals("SSL", props.get("security.protocol"));
        assertEquals("20000", props.get("transaction.timeout.ms"));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Test
    void theApplicationServerIsAHostAndPortPassedToStreams() {
        SinkConfig config = SinkConfig.from(Settings.of(Map.of("VISITWIRE_SINK_APPLICATION_SERVER", "sink-2.internal:8083"),
                new Properties()));
        assertEquals(java.util.Optional.of("sink-2.internal:8083"), config.applicationServer());
        assertEquals("sink-2.internal:8083", config.streamsProperties().get(StreamsConfig.APPLICATION_SERVER_CONFIG));
        assertEquals(null, SinkConfig.from(Settings.of(Map.of())).streamsProperties().get(StreamsConfig.APPLICATION_SERVER_CONFIG));
        for (String bad : java.util.List.of("sink-2", "sink-2:", ":8083", "sink-2:0", "sink-2:99999", "sink 2:8083")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> SinkConfig.from(Settings.of(Map.of("sink.application.server", bad))), bad);
            assertTrue(refused.getMessage().contains("sink.application.server (env VISITWIRE_SINK_APPLICATION_SERVER)"),
                    refused.getMessage());
        }
    }
}
