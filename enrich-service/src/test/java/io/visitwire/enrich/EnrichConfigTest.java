package io.visitwire.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.config.Settings;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    @Test
    void aRepostIsRememberedForTheInputTopicsRetentionUnlessSetOtherwise() {
        assertEquals(Duration.ofDays(7), EnrichConfig.from(Settings.of(Map.of())).repostWindow());
        assertEquals(Duration.ofDays(30),
                EnrichConfig.from(Settings.of(Map.of("enrich.repost.window.days", "30"))).repostWindow());
    }

    @Test
    void aRepostWindowOfNoDaysIsRefusedWithTheSettingsName() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> EnrichConfig.from(Settings.of(Map.of("enrich.repost.window.days", "0"))));
        assertTrue(refused.getMessage().contains("enrich.repost.window.days"), refused.getMessage());
    }

    @Test
    void partitionsAcceptTheSameRangeAsTheIngestService() {
        String most = Integer.toString(TopicProvisioner.MAX_PARTITIONS);
        assertEquals(TopicProvisioner.MAX_PARTITIONS,
                EnrichConfig.from(Settings.of(Map.of("topics.partitions", most))).partitions());
    }

    @Test
    void atLeastOnceFromTheEnvironmentIsRefusedNamingTheVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> EnrichConfig.from(
                Settings.of(Map.of("VISITWIRE_KAFKA_PROCESSING_GUARANTEE", "at_least_once"), new Properties())));
        assertTrue(refused.getMessage().contains(
                "kafka.processing.guarantee (env VISITWIRE_KAFKA_PROCESSING_GUARANTEE) = 'at_least_once'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("processing.guarantee=exactly_once_v2"), refused.getMessage());
    }

    @Test
    void everySettingTheGuaranteeRestsOnIsRefusedUnderEveryPrefix() {
        for (String key : new String[] {"processing.guarantee", "acks", "producer.acks", "enable.idempotence",
                "producer.enable.idempotence", "transactional.id", "producer.transactional.id", "isolation.level",
                "consumer.isolation.level", "main.consumer.isolation.level", "restore.consumer.isolation.level",
                "global.consumer.isolation.level", "main.consumer.enable.auto.commit", "group.id", "application.id",
                "state.dir", "num.stream.threads", "replication.factor", "production.exception.handler",
                "deserialization.exception.handler", "processing.exception.handler"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> EnrichConfig.from(Settings.of(Map.of("kafka." + key, "bogus"))), key);
            assertTrue(refused.getMessage().contains("kafka." + key + " (env " + Settings.envVarOf("kafka." + key) + ")"),
                    refused.getMessage());
        }
    }

    @Test
    void aRefusalNamesTheSettingToUseInstead() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> EnrichConfig.from(
                Settings.of(Map.of("kafka.application.id", "other", "kafka.state.dir", "/tmp/x"))));
        assertTrue(refused.getMessage().contains("use enrich.application.id (env VISITWIRE_ENRICH_APPLICATION_ID)"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("use state.dir (env VISITWIRE_STATE_DIR)"), refused.getMessage());
    }

    @Test
    void theValueTheServiceSetsIsAcceptedAndOtherKafkaSettingsPassThrough() {
        Properties props = EnrichConfig.from(Settings.of(Map.of("kafka.acks", "all",
                "kafka.processing.guarantee", "exactly_once_v2", "kafka.security.protocol", "SSL"))).streamsProperties();
        assertEquals("SSL", props.get("security.protocol"));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }
}
