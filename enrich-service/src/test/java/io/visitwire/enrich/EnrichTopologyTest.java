package io.visitwire.enrich;

import io.visitwire.extraction.Extractor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.visitwire.enrich.metrics.MeteredEnricher;
import io.visitwire.ops.metrics.DeadLetterCounter;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.deadletter.DeadLetterHandlers;
import io.visitwire.schemas.deadletter.DeadLetterHeaders;
import io.visitwire.schemas.deadletter.RecordOrigin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** The topology's wiring and failure routing, with a stand-in for the NLP engine. */
class EnrichTopologyTest {

    private static final Extractor TITLE_ONLY = article -> EnrichedArticle.newBuilder()
            .setArticleId(article.getId()).setTitle(article.getTitle()).setEngineVersion("stand-in")
            .setEnrichedAt(Instant.EPOCH).build();

    private static final Extractor FAILS_ON_POISON = article -> {
        if (article.getBody().contains("poison")) {
            throw new IllegalStateException("cannot read this body");
        }
        return TITLE_ONLY.enrich(article);
    };

    @Test
    void everyArticleIsEnrichedUnderItsOwnKey() {
        try (TopologyTestDriver driver = driver(TITLE_ONLY)) {
            raw(driver).pipeInput("a-1", article("a-1", "fine"));

            List<TestRecord<String, EnrichedArticle>> out = enriched(driver).readRecordsToList();

            assertEquals(1, out.size());
            assertEquals("a-1", out.get(0).key());
            assertEquals("stand-in", out.get(0).value().getEngineVersion());
            // the sink reads these records: a failure there must not be dead-lettered as one of articles.raw.v1
            assertNull(out.get(0).headers().lastHeader(RecordOrigin.TOPIC));
        }
    }

    @Test
    void aRepostedArticleIsEnrichedOnceAndAChangedBodyIsAnUpdate() {
        try (TopologyTestDriver driver = driver(TITLE_ONLY)) {
            raw(driver).pipeInput("a-1", article("a-1", "first version"));
            raw(driver).pipeInput("a-1", article("a-1", "first version"));
            raw(driver).pipeInput("a-1", article("a-1", "corrected version"));

            assertEquals(List.of("a-1", "a-1"), enriched(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList());
        }
    }

    @Test
    void theSameUrlPostedUnderAnotherIdIsNotEnrichedAgain() {
        try (TopologyTestDriver driver = driver(TITLE_ONLY)) {
            Article first = article("a-1", "same text");
            first.setUrl("https://example.org/story");
            Article again = Article.newBuilder(first).setId("a-2").setTitle(first.getTitle()).build();
            raw(driver).pipeInput("a-1", first);
            raw(driver).pipeInput("a-2", again);

            assertEquals(List.of("a-1"), enriched(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList());
        }
    }

    @Test
    void aRepostIsRecognisedWithinTheWindowAndEnrichedAgainOnceItIsForgotten() {
        Instant start = Instant.parse("2024-01-10T00:00:00Z");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(TITLE_ONLY, Duration.ofDays(1)), props, start)) {
            Article story = article("a-1", "text");
            story.setUrl("https://example.org/story");
            raw(driver).pipeInput("a-1", story, start);
            raw(driver).pipeInput("a-2", Article.newBuilder(story).setId("a-2").build(), start.plus(Duration.ofHours(20)));
            driver.advanceWallClockTime(Duration.ofHours(30));
            raw(driver).pipeInput("a-3", Article.newBuilder(story).setId("a-3").build(), start.plus(Duration.ofHours(30)));
            // the re-post at hour 20 renewed the memory until hour 44
            driver.advanceWallClockTime(Duration.ofHours(50));
            raw(driver).pipeInput("a-4", Article.newBuilder(story).setId("a-4").build(), start.plus(Duration.ofHours(80)));

            assertEquals(List.of("a-1", "a-4"), enriched(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList());
        }
    }

    @Test
    void anArticleThatFailedIsTriedAgainWhenPostedAgain() {
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean(true);
        Extractor flaky = article -> {
            if (broken.get()) {
                throw new IllegalStateException("engine not ready");
            }
            return TITLE_ONLY.enrich(article);
        };
        try (TopologyTestDriver driver = driver(flaky)) {
            raw(driver).pipeInput("a-1", article("a-1", "text"));
            broken.set(false);
            raw(driver).pipeInput("a-1", article("a-1", "text"));

            assertEquals(List.of("a-1"), enriched(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList());
        }
    }

    @Test
    void anArticleThatFailsGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() {
        try (TopologyTestDriver driver = driver(FAILS_ON_POISON)) {
            raw(driver).pipeInput("bad", article("bad", "poison"));
            raw(driver).pipeInput("good", article("good", "fine"));

            assertEquals(List.of("good"), enriched(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList());
            TestRecord<byte[], byte[]> dead = deadLetters(driver).readRecord();
            assertEquals("bad", new String(dead.key(), StandardCharsets.UTF_8));
            assertEquals("enrich", DeadLetterHeaders.text(dead.headers(), DeadLetterHeaders.STAGE));
            assertEquals(IllegalStateException.class.getName(),
                    DeadLetterHeaders.text(dead.headers(), DeadLetterHeaders.EXCEPTION_CLASS));
            assertEquals(Topics.ARTICLES_RAW.name(), DeadLetterHeaders.text(dead.headers(), DeadLetterHeaders.SOURCE_TOPIC));
            assertEquals("0", DeadLetterHeaders.text(dead.headers(), DeadLetterHeaders.SOURCE_OFFSET));
            assertEquals(article("bad", "poison"), Topics.ARTICLES_RAW.valueSerde().deserializer().deserialize("t", dead.value()));
        }
    }

    @Test
    void undecodableBytesGoToTheDeadLetterTopicAsTheyCame() {
        try (TopologyTestDriver driver = driver(TITLE_ONLY)) {
            TestInputTopic<String, byte[]> rawBytes = driver.createInputTopic(Topics.ARTICLES_RAW.name(),
                    new StringSerializer(), new ByteArraySerializer());
            // headers a producer sent under the stamp's names do not decide where the dead letter came from
            RecordHeaders forged = new RecordHeaders();
            forged.add(RecordOrigin.TOPIC, "elsewhere".getBytes(StandardCharsets.UTF_8));
            forged.add(RecordOrigin.PARTITION, "7".getBytes(StandardCharsets.UTF_8));
            forged.add(RecordOrigin.OFFSET, "7".getBytes(StandardCharsets.UTF_8));
            rawBytes.pipeInput(new TestRecord<>("junk", "{not avro".getBytes(StandardCharsets.UTF_8), forged));
            raw(driver).pipeInput("good", article("good", "fine"));

            assertEquals(List.of("good"), enriched(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList());
            TestRecord<byte[], byte[]> dead = deadLetters(driver).readRecord();
            assertEquals("{not avro", new String(dead.value(), StandardCharsets.UTF_8));
            assertEquals(Topics.ARTICLES_RAW.name(), DeadLetterHeaders.text(dead.headers(), DeadLetterHeaders.SOURCE_TOPIC));
            assertEquals("deserialize", DeadLetterHeaders.text(dead.headers(), DeadLetterHeaders.STAGE));
            assertTrue(deadLetters(driver).isEmpty());
        }
    }

    @Test
    void enrichedArticlesAndDeadLettersAreCountedByStage() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        // the listener reaches the handlers Streams instantiates as an object in the configuration
        DeadLetterHandlers.configure(props, Topics.ARTICLES_DLQ.name(), "enrich", new DeadLetterCounter(registry));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(new MeteredEnricher(FAILS_ON_POISON, registry), EnrichTopology.DEFAULT_REPOST_WINDOW), props)) {
            driver.createInputTopic(Topics.ARTICLES_RAW.name(), new StringSerializer(), new ByteArraySerializer())
                    .pipeInput("junk", "{not avro".getBytes(StandardCharsets.UTF_8));
            raw(driver).pipeInput("bad", article("bad", "poison"));
            raw(driver).pipeInput("good", article("good", "fine"));
            raw(driver).pipeInput("good", article("good", "fine"));
        }

        assertEquals(1.0, registry.get(MeteredEnricher.ENRICHED).tag("language", "en").counter().count());
        assertEquals(1, registry.get(MeteredEnricher.NLP_DURATION).tag("outcome", "ok").timer().count());
        assertEquals(1, registry.get(MeteredEnricher.NLP_DURATION).tag("outcome", "failed").timer().count());
        assertEquals(1.0, registry.get(DeadLetterCounter.NAME).tags("service", "enrich", "stage", "deserialize")
                .counter().count());
        assertEquals(1.0, registry.get(DeadLetterCounter.NAME).tags("service", "enrich", "stage", "enrich")
                .counter().count());
    }

    private static TopologyTestDriver driver(Extractor enricher) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        DeadLetterHandlers.configure(props, Topics.ARTICLES_DLQ.name(), "enrich");
        return new TopologyTestDriver(EnrichTopology.build(enricher, EnrichTopology.DEFAULT_REPOST_WINDOW), props);
    }

    private static Article article(String id, String body) {
        return Article.newBuilder().setId(id).setTitle("Title " + id).setBody(body)
                .setReceivedAt(Instant.parse("2024-01-01T00:00:00Z")).build();
    }

    private static TestInputTopic<String, Article> raw(TopologyTestDriver driver) {
        return driver.createInputTopic(Topics.ARTICLES_RAW.name(),
                Topics.ARTICLES_RAW.keySerde().serializer(), Topics.ARTICLES_RAW.valueSerde().serializer());
    }

    private static TestOutputTopic<String, EnrichedArticle> enriched(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.ARTICLES_ENRICHED.name(),
                Topics.ARTICLES_ENRICHED.keySerde().deserializer(), Topics.ARTICLES_ENRICHED.valueSerde().deserializer());
    }

    private static TestOutputTopic<byte[], byte[]> deadLetters(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.ARTICLES_DLQ.name(),
                Topics.ARTICLES_DLQ.keySerde().deserializer(), Topics.ARTICLES_DLQ.valueSerde().deserializer());
    }
}
