package io.visitwire.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.visitwire.ops.metrics.DeadLetterCounter;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.VisitIds;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.schemas.deadletter.DeadLetterHandlers;
import io.visitwire.schemas.deadletter.DeadLetterHeaders;
import io.visitwire.sink.metrics.SinkMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {

    private static final Instant NOW = Instant.parse("2024-05-02T08:00:00Z");

    @Test
    void theSameVisitReportedTwiceKeepsItsKey() {
        try (TopologyTestDriver driver = driver()) {
            input(driver).pipeInput("art-1", article(mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED)));
            input(driver).pipeInput("art-1", article(mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED)));

            assertEquals(1, visits(driver).readKeyValuesToMap().size());
        }
    }

    @Test
    void twoArticlesAboutOneVisitEndAsOneKeyWithBothSourcesAndTheExactDates() {
        try (TopologyTestDriver driver = driver()) {
            input(driver).pipeInput("art-1", article("art-1", "2024-04-25",
                    mention("Maria Example", "Lisbon", "2024-05", VisitStatus.PLANNED)));
            input(driver).pipeInput("art-2", article("art-2", "2024-05-03",
                    mention("Maria Example", "Lisbon", "2024-05-02", VisitStatus.COMPLETED, "Ana Host")));

            List<org.apache.kafka.streams.KeyValue<String, VisitEvent>> updates = visits(driver).readKeyValuesToList();

            assertEquals(2, updates.size(), "each report is an update");
            assertEquals(updates.get(0).key, updates.get(1).key, "one visit, one key");
            VisitEvent latest = updates.get(1).value;
            assertEquals(List.of("art-1", "art-2"), latest.getSources().stream().map(s -> s.getArticleId()).toList());
            assertEquals("2024-05-02", latest.getStart());
            assertEquals(VisitStatus.COMPLETED, latest.getStatus());
        }
    }

    @Test
    void theQueryStoresHoldWhatTheTopicsHoldUnderTheirKeys() {
        try (TopologyTestDriver driver = driver()) {
            input(driver).pipeInput("art-1", article("art-1", "2024-04-25",
                    mention("Maria Example", "Lisbon", "2024-05", VisitStatus.PLANNED)));
            input(driver).pipeInput("art-2", article("art-2", "2024-05-03",
                    mention("Maria Example", "Lisbon", "2024-05-02", VisitStatus.COMPLETED)));

            Map<String, VisitEvent> onTopic = visits(driver).readKeyValuesToMap();
            assertEquals(1, onTopic.size());
            Map.Entry<String, VisitEvent> latest = onTopic.entrySet().iterator().next();
            KeyValueStore<String, ValueAndTimestamp<VisitEvent>> visitsById = driver.getTimestampedKeyValueStore(SinkTopology.VISITS_BY_ID);
            assertEquals(latest.getValue(), visitsById.get(latest.getKey()).value());
            KeyValueStore<String, ValueAndTimestamp<Commitment>> commitmentsById =
                    driver.getTimestampedKeyValueStore(SinkTopology.COMMITMENTS_BY_ID);
            assertEquals(CommitmentKind.PLAN, commitmentsById.get("c-1").value().getKind());
        }
    }

    @Test
    void commitmentsArePublishedUnderTheirOwnIds() {
        try (TopologyTestDriver driver = driver()) {
            input(driver).pipeInput("art-1", article());

            TestOutputTopic<String, Commitment> commitments = driver.createOutputTopic(Topics.COMMITMENTS.name(),
                    Topics.COMMITMENTS.keySerde().deserializer(), Topics.COMMITMENTS.valueSerde().deserializer());
            Map<String, Commitment> byId = commitments.readKeyValuesToMap();
            assertEquals(List.of("c-1"), List.copyOf(byId.keySet()));
            assertEquals(CommitmentKind.PLAN, byId.get("c-1").getKind());
        }
    }

    @Test
    void everyVisitEventAndCommitmentHandedToItsTopicIsCounted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(new SinkMetrics(registry)), props)) {
            input(driver).pipeInput("art-1", article(mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED)));
            input(driver).pipeInput("art-1", article(mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED)));

            long visitRecords = visits(driver).readRecordsToList().size();
            assertEquals((double) visitRecords, registry.get(SinkMetrics.VISITS).tag("stage", "sink").counter().count());
            assertEquals(2.0, registry.get(SinkMetrics.COMMITMENTS).tag("stage", "sink").counter().count());
        }
    }

    @Test
    void visitsThatShareASurnameCountryAndStartKeepOneKeyEachOnTheCompactedTopic() {
        try (TopologyTestDriver driver = driver()) {
            input(driver).pipeInput("art-1", article("art-1", "2016-02-25",
                    mention("Kenji Example", null, null, VisitStatus.COMPLETED),
                    mention("Samuel Example", null, null, VisitStatus.COMPLETED)));
            input(driver).pipeInput("art-2", article("art-2", "2019-01-27", mention("Kenji Example", null, null, VisitStatus.COMPLETED)));
            input(driver).pipeInput("art-3", article("art-3", "2023-01-10", mention("Lena Example", null, "2021", VisitStatus.COMPLETED)));
            input(driver).pipeInput("art-4", article("art-4", "2023-11-10", mention("Lena Example", null, "2022", VisitStatus.COMPLETED)));

            Map<String, VisitEvent> latest = visits(driver).readKeyValuesToMap();

            assertEquals(List.of("Kenji Example art-1", "Kenji Example art-2", "Lena Example art-3", "Lena Example art-4",
                            "Samuel Example art-1"),
                    latest.values().stream().map(v -> v.getVisitor().getName() + " " + v.getSources().get(0).getArticleId())
                            .sorted().toList(), "every visit survives compaction: " + latest);
        }
    }

    @Test
    void aTombstoneOrAnEmptyValueIsDeadLetteredWithWhyCountedAndTheNextArticleIsRead() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
        DeadLetterHandlers.configure(props, Topics.ARTICLES_DLQ.name(), "sink", new DeadLetterCounter(registry));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                SinkTopology.build(), props)) {
            TestInputTopic<String, byte[]> bytes = driver.createInputTopic(Topics.ARTICLES_ENRICHED.name(),
                    new StringSerializer(), new ByteArraySerializer());
            bytes.pipeInput("tombstone", (byte[]) null);
            bytes.pipeInput("empty", new byte[0]);
            input(driver).pipeInput("art-1", article(mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED)));

            assertEquals(1, visits(driver).readRecordsToList().size());
            List<TestRecord<byte[], byte[]>> dead = driver.createOutputTopic(Topics.ARTICLES_DLQ.name(),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
            assertEquals(List.of("tombstone", "empty"),
                    dead.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
            assertTrue(DeadLetterHeaders.text(dead.get(0).headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                    .contains("null value (tombstone)"));
            assertTrue(DeadLetterHeaders.text(dead.get(1).headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                    .contains("empty value"));
            for (TestRecord<byte[], byte[]> letter : dead) {
                assertEquals("deserialize", DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE));
                assertEquals(Topics.ARTICLES_ENRICHED.name(),
                        DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC));
            }
        }
        assertEquals(2.0, registry.get(DeadLetterCounter.NAME).tags("service", "sink", "stage", "deserialize")
                .counter().count());
    }

    @Test
    void inboundHeadersInStreamsOrVisitwireNamesDoNotReachVisitsOrCommitmentsAndOtherHeadersDo() {
        try (TopologyTestDriver driver = driver()) {
            RecordHeaders inbound = new RecordHeaders();
            inbound.add(DeadLetterHeaders.EXCEPTION_CLASS, "fake".getBytes(StandardCharsets.UTF_8));
            inbound.add(DeadLetterHeaders.STAGE, "fake".getBytes(StandardCharsets.UTF_8));
            inbound.add("traceparent", "00-trace-01".getBytes(StandardCharsets.UTF_8));
            input(driver).pipeInput(new TestRecord<>("art-1",
                    article(mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED)), inbound));

            TestOutputTopic<String, Commitment> commitments = driver.createOutputTopic(Topics.COMMITMENTS.name(),
                    Topics.COMMITMENTS.keySerde().deserializer(), Topics.COMMITMENTS.valueSerde().deserializer());
            for (Headers headers : List.of(visits(driver).readRecord().headers(), commitments.readRecord().headers())) {
                List<String> names = new java.util.ArrayList<>();
                headers.forEach(header -> names.add(header.key()));
                assertEquals(List.of("traceparent"), names);
            }
        }
    }

    private static TopologyTestDriver driver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
        return new TopologyTestDriver(SinkTopology.build(), props);
    }

    private static TestInputTopic<String, EnrichedArticle> input(TopologyTestDriver driver) {
        return driver.createInputTopic(Topics.ARTICLES_ENRICHED.name(),
                Topics.ARTICLES_ENRICHED.keySerde().serializer(), Topics.ARTICLES_ENRICHED.valueSerde().serializer());
    }

    private static TestOutputTopic<String, VisitEvent> visits(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.VISITS.name(),
                Topics.VISITS.keySerde().deserializer(), Topics.VISITS.valueSerde().deserializer());
    }

    private static Evidence evidence() {
        return new Evidence("art-1", null, "She arrived in Lisbon.", 0, 22);
    }

    /** One visit as enrich reports it for one article; {@link #article} names the article. */
    private static VisitEvent mention(String visitor, String place, String start, VisitStatus status, String... hosts) {
        return VisitEvent.newBuilder().setVisitId("")
                .setVisitor(PersonRef.newBuilder().setName(visitor).setTitle("Foreign Minister").setCountry("NO").build())
                .setPlace(place).setCountry("PT").setStart(start).setEnd(null)
                .setHosts(java.util.Arrays.stream(hosts).map(h -> PersonRef.newBuilder().setName(h).build()).toList())
                .setStatus(status).setSources(List.of()).setEvidence(List.of(evidence())).setUpdatedAt(NOW).build();
    }

    private static EnrichedArticle article(VisitEvent... visits) {
        return article("art-1", "2024-05-02", visits);
    }

    private static EnrichedArticle article(String articleId, String published, VisitEvent... visits) {
        List<VisitEvent> reported = java.util.Arrays.stream(visits).map(visit -> VisitEvent.newBuilder(visit)
                .setVisitId(VisitIds.of(visit.getVisitor().getName(), visit.getCountry(), visit.getStart(), articleId))
                .setSources(List.of(new SourceRef(articleId, null, published))).build()).toList();
        Commitment commitment = Commitment.newBuilder().setId("c-1").setArticleId("art-1").setCommitter("Maria Example")
                .setAction("open a consulate").setKind(CommitmentKind.PLAN).setEvidence(evidence()).build();
        return EnrichedArticle.newBuilder().setArticleId(articleId).setTitle("t").setEngineVersion("test")
                .setPublished(published).setCommitments(List.of(commitment)).setVisitEvents(reported)
                .setEnrichedAt(NOW).build();
    }
}
