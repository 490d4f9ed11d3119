package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichTopology;
import io.visitwire.schemas.Topic;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.sink.SinkConfig;
import io.visitwire.sink.SinkTopology;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code visitwire status} on a real broker: each service's group has committed offsets behind the end of its
 * input topic, and status prints exactly that lag per group. The groups are the services' own
 * ({@code visitwire-enrich}, {@code visitwire-sink}); no service runs meanwhile, and the test leaves them caught up.
 */
@ExtendWith(RealKafkaExtension.class)
class StatusCommandIT {

    private static final TopicPartition RAW_0 = new TopicPartition(Topics.ARTICLES_RAW.name(), 0);
    private static final TopicPartition ENRICHED_0 = new TopicPartition(Topics.ARTICLES_ENRICHED.name(), 0);

    @Test
    void statusPrintsTheLagOfBothServiceGroups(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 2, (short) 1);
            produce(broker, Topics.ARTICLES_RAW, RAW_0, 3, id -> Article.newBuilder().setId(id).setTitle("t")
                    .setBody("b").setReceivedAt(Instant.EPOCH).build());
            produce(broker, Topics.ARTICLES_ENRICHED, ENRICHED_0, 2, id -> EnrichedArticle.newBuilder()
                    .setArticleId(id).setTitle("t").setEngineVersion("status-test").setEnrichedAt(Instant.EPOCH).build());
            // every topic each group reads: other tests may have left the services' repartition topics on this broker
            Map<TopicPartition, Long> rawEnds = ends(admin, EnrichTopology.inputTopics(EnrichConfig.DEFAULT_APPLICATION_ID));
            Map<TopicPartition, Long> enrichedEnds = ends(admin, SinkTopology.inputTopics(SinkConfig.DEFAULT_APPLICATION_ID));
            try {
                commit(admin, EnrichConfig.DEFAULT_APPLICATION_ID, rawEnds, RAW_0, 3);
                commit(admin, SinkConfig.DEFAULT_APPLICATION_ID, enrichedEnds, ENRICHED_0, 2);

                String status = CommandRun.onBroker(broker, "status");

                assertEquals(3, totalLag(status, EnrichConfig.DEFAULT_APPLICATION_ID), status);
                assertEquals(2, totalLag(status, SinkConfig.DEFAULT_APPLICATION_ID), status);
                assertTrue(status.matches("(?s).*visitwire-enrich\\s+articles\\.raw\\.v1\\s+0\\s+"
                        + (rawEnds.get(RAW_0) - 3) + "\\s+3\\n.*"), status);

                String json = CommandRun.onBroker(broker, "status", "--json");
                com.fasterxml.jackson.databind.JsonNode document = io.visitwire.schemas.RecordJson.MAPPER.readTree(json);
                assertEquals(1, json.strip().lines().count(), "one JSON document: " + json);
                assertEquals(Topics.ALL.size(), document.get("topics").size(), json);
                for (com.fasterxml.jackson.databind.JsonNode group : document.get("groups")) {
                    String name = group.get("group").asText();
                    assertEquals(name.equals(EnrichConfig.DEFAULT_APPLICATION_ID) ? 3 : 2, group.get("lag").asLong(), json);
                    for (com.fasterxml.jackson.databind.JsonNode partition : group.get("partitions")) {
                        if (partition.get("topic").asText().equals(Topics.ARTICLES_RAW.name())
                                && partition.get("partition").asInt() == 0) {
                            assertEquals(rawEnds.get(RAW_0) - 3, partition.get("committed").asLong(), json);
                            assertEquals(3, partition.get("lag").asLong(), json);
                        }
                    }
                }
                assertEquals(Set.of(EnrichConfig.DEFAULT_APPLICATION_ID, SinkConfig.DEFAULT_APPLICATION_ID),
                        Set.of(document.at("/groups/0/group").asText(), document.at("/groups/1/group").asText()));
            } finally {
                // a service started later on this broker must not re-read these records
                commit(admin, EnrichConfig.DEFAULT_APPLICATION_ID, rawEnds, RAW_0, 0);
                commit(admin, SinkConfig.DEFAULT_APPLICATION_ID, enrichedEnds, ENRICHED_0, 0);
            }
        }
    }

    /** Valid records, though status reads offsets only: other tests on the shared broker read these topics. */
    private static <V> void produce(KafkaBroker broker, Topic<String, V> topic, TopicPartition partition, int records,
                                    Function<String, V> value) throws Exception {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(broker.clientProperties(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (int i = 0; i < records; i++) {
                String id = "status-" + UUID.randomUUID();
                producer.send(new ProducerRecord<>(topic.name(), partition.partition(), id, value.apply(id))).get();
            }
        }
    }

    private static Map<TopicPartition, Long> ends(Admin admin, List<String> topics) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames().get()
                .forEach((topic, description) -> description.partitions()
                        .forEach(info -> request.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** Commits the end of every partition, {@code behind} records short of it on {@code lagging}. */
    private static void commit(Admin admin, String group, Map<TopicPartition, Long> ends, TopicPartition lagging,
                               long behind) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        ends.forEach((partition, end) -> offsets.put(partition,
                new OffsetAndMetadata(partition.equals(lagging) ? end - behind : end)));
        admin.alterConsumerGroupOffsets(group, offsets).all().get();
    }

    private static long totalLag(String status, String group) {
        Matcher total = Pattern.compile("(?m)^" + Pattern.quote(group) + "\\s+total\\s+(\\d+)$").matcher(status);
        assertTrue(total.find(), "no total line for " + group + " in\n" + status);
        return Long.parseLong(total.group(1));
    }
}
