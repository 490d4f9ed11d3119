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
import io.visitwire.schemas.deadletter.DeadLetterListener;
import io.visitwire.schemas.deadletter.RecordOrigin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
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
    void aTombstoneOrAnEmptyValueIsDeadLetteredWithWhyCountedAndTheNextArticleIsEnriched() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TopologyTestDriver driver = driver(TITLE_ONLY, new DeadLetterCounter(registry))) {
            rawBytes(driver).pipeInput("tombstone", (byte[]) null);
            rawBytes(driver).pipeInput("empty", new byte[0]);
            raw(driver).pipeInput("good", article("good", "fine"));

            assertEquals(List.of("good"), enriched(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList());
            List<TestRecord<byte[], byte[]>> dead = deadLetters(driver).readRecordsToList();
            assertEquals(List.of("tombstone", "empty"),
                    dead.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
            assertNull(dead.get(0).value());
            assertEquals(0, dead.get(1).value().length);
            assertTrue(DeadLetterHeaders.text(dead.get(0).headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                    .contains("null value (tombstone)"), dead.get(0).headers().toString());
            assertTrue(DeadLetterHeaders.text(dead.get(1).headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                    .contains("empty value"), dead.get(1).headers().toString());
            for (int offset = 0; offset < 2; offset++) {
                Headers headers = dead.get(offset).headers();
                assertEquals("deserialize", DeadLetterHeaders.text(headers, DeadLetterHeaders.STAGE));
                assertEquals(Topics.ARTICLES_RAW.name(), DeadLetterHeaders.text(headers, DeadLetterHeaders.SOURCE_TOPIC));
                assertEquals(Integer.toString(offset), DeadLetterHeaders.text(headers, DeadLetterHeaders.SOURCE_OFFSET));
            }
        }
        assertEquals(2.0, registry.get(DeadLetterCounter.NAME).tags("service", "enrich", "stage", "deserialize")
                .counter().count());
    }

    @Test
    void inboundHeadersInStreamsOrVisitwireNamesDoNotReachTheEnrichedArticleAndOtherHeadersDo() {
        try (TopologyTestDriver driver = driver(TITLE_ONLY)) {
            RecordHeaders inbound = forgedHeaders();
            inbound.add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));
            raw(driver).pipeInput(new TestRecord<>("a-1", article("a-1", "fine"), inbound));

            TestRecord<String, EnrichedArticle> out = enriched(driver).readRecord();
            List<String> names = new java.util.ArrayList<>();
            out.headers().forEach(header -> names.add(header.key()));
            assertEquals(List.of("traceparent"), names);
        }
    }

    @Test
    void aForgedOriginDoesNotNameTheDeadLetterOfAnArticleThatFailsInEnrich() {
        try (TopologyTestDriver driver = driver(FAILS_ON_POISON)) {
            raw(driver).pipeInput("good", article("good", "fine"));
            raw(driver).pipeInput(new TestRecord<>("bad", article("bad", "poison"), forgedHeaders()));

            Headers dead = deadLetters(driver).readRecord().headers();
            assertEquals(Topics.ARTICLES_RAW.name(), DeadLetterHeaders.text(dead, DeadLetterHeaders.SOURCE_TOPIC));
            assertEquals("0", DeadLetterHeaders.text(dead, DeadLetterHeaders.SOURCE_PARTITION));
            assertEquals("1", DeadLetterHeaders.text(dead, DeadLetterHeaders.SOURCE_OFFSET));
            assertEquals(IllegalStateException.class.getName(), DeadLetterHeaders.text(dead, DeadLetterHeaders.EXCEPTION_CLASS));
            assertEquals("enrich", DeadLetterHeaders.text(dead, DeadLetterHeaders.STAGE));
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
        return driver(enricher, DeadLetterListener.NONE);
    }

    private static TopologyTestDriver driver(Extractor enricher, DeadLetterListener listener) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        DeadLetterHandlers.configure(props, Topics.ARTICLES_DLQ.name(), "enrich", listener);
        return new TopologyTestDriver(EnrichTopology.build(enricher, EnrichTopology.DEFAULT_REPOST_WINDOW), props);
    }

    /** Headers a producer may send in the names of Streams' and visitwire's own. */
    private static RecordHeaders forgedHeaders() {
        RecordHeaders headers = new RecordHeaders();
        for (String name : List.of(DeadLetterHeaders.EXCEPTION_CLASS, DeadLetterHeaders.SOURCE_TOPIC,
                DeadLetterHeaders.STAGE, RecordOrigin.TOPIC, RecordOrigin.PARTITION, RecordOrigin.OFFSET)) {
            headers.add(name, (name.endsWith("partition") || name.endsWith("offset") ? "7" : "fake")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static TestInputTopic<String, byte[]> rawBytes(TopologyTestDriver driver) {
        return driver.createInputTopic(Topics.ARTICLES_RAW.name(), new StringSerializer(), new ByteArraySerializer());
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
