package io.visitwire.sink;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.schemas.Topics;
import io.visitwire.schemas.VisitIds;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.schemas.config.Settings;
import io.visitwire.sink.query.QueryFixtures;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sink on a real broker: reports of one visit in two articles end as one key, across a restart. */
@ExtendWith(RealKafkaExtension.class)
class SinkServiceIT {

    @Test
    void reportsOfOneVisitMergeIntoOneKeyEvenAfterARestartOnEmptyLocalState(KafkaBroker broker, @TempDir Path stateA,
                                                                           @TempDir Path stateB) {
        String visitor = "Ines Testperson" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        String applicationId = "sink-it-" + UUID.randomUUID();

        try (SinkService sink = new SinkService(config(broker, applicationId, stateA))) {
            sink.start();
            publish(broker, enriched("it-a1-" + visitor, visitor, "2024-09", VisitStatus.PLANNED, "2024-08-28"));
            await().atMost(Duration.ofMinutes(1)).until(() -> QueryFixtures.latestVisits(broker, visitor).size() == 1);
        }
        // a new instance with no local state must rebuild the known visits from the changelog
        try (SinkService sink = new SinkService(config(broker, applicationId, stateB))) {
            sink.start();
            publish(broker, enriched("it-a2-" + visitor, visitor, "2024-09-16", VisitStatus.COMPLETED, "2024-09-17"));
            await().atMost(Duration.ofMinutes(1)).until(() ->
                    QueryFixtures.latestVisits(broker, visitor).values().stream().anyMatch(v -> v.getSources().size() == 2));
        }

        Map<String, VisitEvent> visits = QueryFixtures.latestVisits(broker, visitor);
        assertEquals(1, visits.size(), "one visit id: " + visits.keySet());
        VisitEvent visit = visits.values().iterator().next();
        assertEquals(List.of("it-a1-" + visitor, "it-a2-" + visitor),
                visit.getSources().stream().map(SourceRef::getArticleId).toList());
        assertEquals("2024-09-16", visit.getStart());
        assertEquals(VisitStatus.COMPLETED, visit.getStatus());
    }

    private static SinkConfig config(KafkaBroker broker, String applicationId, Path stateDir) {
        Map<String, String> values = new HashMap<>();
        broker.clientProperties().forEach((k, v) -> values.put("kafka." + k, String.valueOf(v)));
        values.put("sink.application.id", applicationId);
        values.put("state.dir", stateDir.toString());
        return SinkConfig.from(Settings.of(values));
    }

    private static EnrichedArticle enriched(String articleId, String visitor, String start, VisitStatus status,
                                            String published) {
        VisitEvent visit = VisitEvent.newBuilder()
                .setVisitId(VisitIds.of(visitor, "IS", start, articleId))
                .setVisitor(PersonRef.newBuilder().setName(visitor).setTitle("Energy Minister").setCountry("DK").build())
                .setPlace("Reykjavik").setCountry("IS").setStart(start).setEnd(null).setHosts(List.of())
                .setStatus(status).setSources(List.of(new SourceRef(articleId, null, published)))
                .setEvidence(List.of(new Evidence(articleId, null, "The minister travels to Reykjavik.", 0, 34)))
                .setUpdatedAt(Instant.now())
                .build();
        return EnrichedArticle.newBuilder().setArticleId(articleId).setTitle("t").setEngineVersion("it")
                .setPublished(published).setVisitEvents(List.of(visit)).setEnrichedAt(Instant.now()).build();
    }

    private static void publish(KafkaBroker broker, EnrichedArticle article) {
        Map<String, Object> props = broker.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(props,
                Topics.ARTICLES_ENRICHED.keySerde().serializer(), Topics.ARTICLES_ENRICHED.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED.name(), article.getArticleId(), article));
        }
    }
}
