package io.visitwire.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.config.Settings;
import java.time.Duration;
import java.util.Map;
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
    void theOpsEndpointsListenOnLoopbackUnlessOpened() {
        assertEquals("127.0.0.1", EnrichConfig.from(Settings.of(Map.of())).httpHost());
        assertEquals("0.0.0.0", EnrichConfig.from(Settings.of(Map.of("VISITWIRE_ENRICH_HTTP_HOST", "0.0.0.0"),
                new java.util.Properties())).httpHost());
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> EnrichConfig.from(Settings.of(Map.of("enrich.http.host", "0.0.0.0:8082"))));
        assertTrue(refused.getMessage().contains("enrich.http.host (VISITWIRE_ENRICH_HTTP_HOST)"), refused.getMessage());
    }

    @Test
    void partitionsAcceptTheSameRangeAsTheIngestService() {
        String most = Integer.toString(TopicProvisioner.MAX_PARTITIONS);
        assertEquals(TopicProvisioner.MAX_PARTITIONS,
                EnrichConfig.from(Settings.of(Map.of("topics.partitions", most))).partitions());
    }
}
