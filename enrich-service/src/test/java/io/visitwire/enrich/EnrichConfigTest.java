package io.visitwire.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.enrich.EnrichConfig.Transactions;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.config.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
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

    @Test
    void aTransactionHoldsOneArticleAndOutlastsItsTimeCap() {
        EnrichConfig config = EnrichConfig.from(Settings.of(Map.of()));
        Transactions transactions = config.transactions();
        assertEquals(1, transactions.recordsPerPoll());
        assertEquals(Duration.ofMillis(100), transactions.commitInterval());
        // 1.5 × (1 article × 120 s + 100 ms)
        assertEquals(Duration.ofMillis(180_150), transactions.transactionTimeout());
        assertEquals(Duration.ofMinutes(5), transactions.maxPollInterval());

        StreamsConfig streams = new StreamsConfig(config.streamsProperties());
        Map<String, Object> consumer = streams.getMainConsumerConfigs("group", "client", 0);
        assertEquals(1, consumer.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG));
        assertEquals(300_000, consumer.get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG));
        assertEquals("read_committed", consumer.get(ConsumerConfig.ISOLATION_LEVEL_CONFIG));
        assertEquals(180_150, streams.getProducerConfigs("client").get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
        assertEquals(100L, streams.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        // restoring state is not held to one record per poll
        assertNotEquals("1", String.valueOf(streams.getRestoreConsumerConfigs("client").get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)));
    }

    @Test
    void aLongerTimeCapLengthensTheTransactionTimeoutAndThePollInterval() {
        Transactions transactions = EnrichConfig.from(Settings.of(Map.of("enrich.max.article.seconds", "300")))
                .transactions();
        assertEquals(Duration.ofMillis(450_150), transactions.transactionTimeout());
        assertEquals(Duration.ofMillis(450_150), transactions.maxPollInterval());
    }

    @Test
    void aTransactionTimeoutTheTimeCapDoesNotFitIsRefused() {
        for (String key : new String[] {"kafka.transaction.timeout.ms", "kafka.producer.transaction.timeout.ms"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> EnrichConfig.from(Settings.of(Map.of(key, "10000"))), key);
            assertTrue(refused.getMessage().contains(key + " (env " + Settings.envVarOf(key) + ") = 10000 is too short"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("enrich.max.article.seconds"), refused.getMessage());
        }
    }

    @Test
    void aTimeoutThatFitsTheCapIsTakenAsGiven() {
        EnrichConfig config = EnrichConfig.from(Settings.of(Map.of("enrich.max.article.seconds", "5",
                "kafka.transaction.timeout.ms", "10000")));
        assertEquals(Duration.ofSeconds(10), config.transactions().transactionTimeout());
        assertEquals(10_000, new StreamsConfig(config.streamsProperties()).getProducerConfigs("client")
                .get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
    }

    @Test
    void manyArticlesPerPollAtTheDefaultCapAreRefusedUnlessTheTimeoutIsSet() {
        Map<String, String> values = new HashMap<>(Map.of("kafka.max.poll.records", "10"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> EnrichConfig.from(Settings.of(values)));
        assertTrue(refused.getMessage().contains("enrich.max.article.seconds (env VISITWIRE_ENRICH_MAX_ARTICLE_SECONDS) = 120"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("kafka.max.poll.records"), refused.getMessage());
        assertTrue(refused.getMessage().contains("transaction.max.timeout.ms"), refused.getMessage());

        values.put("kafka.transaction.timeout.ms", "1800150");
        EnrichConfig config = EnrichConfig.from(Settings.of(values));
        assertEquals(10, config.transactions().recordsPerPoll());
        assertEquals(10, new StreamsConfig(config.streamsProperties()).getMainConsumerConfigs("group", "client", 0)
                .get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG));
    }

    @Test
    void aPollIntervalShorterThanAPollsWorkIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> EnrichConfig.from(Settings.of(Map.of("kafka.main.consumer.max.poll.interval.ms", "60000"))));
        assertTrue(refused.getMessage().contains("kafka.main.consumer.max.poll.interval.ms"), refused.getMessage());
    }

    @Test
    void aTransactionSettingThatIsNoNumberIsRefusedNamingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> EnrichConfig.from(Settings.of(Map.of("kafka.commit.interval.ms", "soon"))));
        assertTrue(refused.getMessage().contains("kafka.commit.interval.ms (env VISITWIRE_KAFKA_COMMIT_INTERVAL_MS) = 'soon'"),
                refused.getMessage());
    }
}
