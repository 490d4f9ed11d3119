package io.visitwire.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.ingest.IngestConfig;
import io.visitwire.ingest.TestArticles;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    private final MockProducer<String, Article> producer = new MockProducer<>(false, null,
            Topics.ARTICLES_RAW.keySerde().serializer(), Topics.ARTICLES_RAW.valueSerde().serializer());
    private final ArticlePublisher publisher = new ArticlePublisher(producer, Topics.ARTICLES_RAW);

    @Test
    void sendsKeyedByIdToTheRawTopicAndCompletesOnlyWhenAcknowledged() throws Exception {
        Article article = TestArticles.article("dod-2010-06-07-gates-baku");
        CompletableFuture<Publisher.Acknowledgement> acknowledged = publisher.publish(article);

        ProducerRecord<String, Article> sent = producer.history().get(0);
        assertEquals("articles.raw.v1", sent.topic());
        assertEquals("dod-2010-06-07-gates-baku", sent.key());
        assertEquals(article, sent.value());
        assertFalse(acknowledged.isDone(), "must wait for the broker");

        producer.completeNext();
        Publisher.Acknowledgement acknowledgement = acknowledged.get(5, TimeUnit.SECONDS);
        assertEquals("dod-2010-06-07-gates-baku", acknowledgement.articleId());
        assertEquals("articles.raw.v1", acknowledgement.topic());
    }

    @Test
    void failsWhenTheBrokerDoesNotAcknowledge() {
        CompletableFuture<Publisher.Acknowledgement> acknowledged = publisher.publish(TestArticles.article("a1"));
        producer.errorNext(new TimeoutException("Expiring 1 record(s)"));
        CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, acknowledged::join);
        assertInstanceOf(TimeoutException.class, e.getCause());
    }

    @Test
    void sendThatThrowsBecomesAFailedFuture() {
        publisher.close();
        CompletableFuture<Publisher.Acknowledgement> acknowledged = publisher.publish(TestArticles.article("a1"));
        assertTrue(acknowledged.isCompletedExceptionally());
    }

    @Test
    void producerSettingsAreBoundedIdempotentAndAcksAll() {
        IngestConfig config = IngestConfig.fromSettings(Map.of(
                "kafka.bootstrap.servers", "broker:9092",
                "kafka.delivery.timeout.ms", "15000",
                "kafka.security.protocol", "SSL"), "test");
        Map<String, Object> settings = ArticlePublisher.producerConfig(config);
        assertEquals("broker:9092", settings.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("all", settings.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(true, settings.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("15000", settings.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
        assertEquals((int) ArticlePublisher.REQUEST_TIMEOUT.toMillis(), settings.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG));
        assertEquals(ArticlePublisher.MAX_BLOCK.toMillis(), settings.get(ProducerConfig.MAX_BLOCK_MS_CONFIG));
        assertEquals("SSL", settings.get("security.protocol"));
        assertTrue((Integer) settings.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG) > config.maxBodyBytes());
    }

    @Test
    void invalidKafkaSettingFailsFastNamingIt() {
        IngestConfig config = IngestConfig.fromSettings(Map.of("kafka.linger.ms", "soon"), "test");
        IngestConfig.InvalidSettingsException e = org.junit.jupiter.api.Assertions.assertThrows(
                IngestConfig.InvalidSettingsException.class, () -> ArticlePublisher.create(config));
        assertTrue(e.getMessage().contains("linger.ms"), e.getMessage());
        assertTrue(e.getMessage().contains("VISITWIRE_KAFKA_"), e.getMessage());
    }

    @Test
    void createdProducerAcceptsTheSettings() {
        // Builds a real KafkaProducer (no broker needed to construct one): the settings must be valid together.
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ArticlePublisher.create(IngestConfig.defaults()).close());
    }
}
