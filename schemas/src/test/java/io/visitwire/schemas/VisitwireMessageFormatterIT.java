package io.visitwire.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The formatter {@code kafka-console-consumer --formatter io.visitwire.schemas.VisitwireMessageFormatter} loads,
 * fed what the console consumer feeds it: raw bytes of records that the topics' own serdes wrote to a broker.
 */
@ExtendWith(RealKafkaExtension.class)
class VisitwireMessageFormatterIT {

    @Test
    void recordsWrittenWithTheTopicSerdesPrintAsOneJsonLineEach(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 1, (short) 1);
        }
        String visitId = "v-" + UUID.randomUUID();
        String articleId = "a-" + UUID.randomUUID();
        produce(broker, Topics.VISITS, visitId, VisitEvent.newBuilder(SampleRecords.visitEvent()).setVisitId(visitId).build());
        produce(broker, Topics.ARTICLES_ENRICHED, articleId,
                EnrichedArticle.newBuilder(SampleRecords.enrichedArticle()).setArticleId(articleId).build());

        JsonNode visit = format(broker, Topics.VISITS.name(), visitId);
        JsonNode enriched = format(broker, Topics.ARTICLES_ENRICHED.name(), articleId);

        assertEquals(visitId, visit.get("visitId").asText(), visit.toString());
        assertEquals("Jane Example", visit.get("visitor").get("name").asText());
        assertEquals("NO", visit.get("country").asText());
        assertEquals("COMPLETED", visit.get("status").asText());
        assertEquals(articleId, enriched.get("articleId").asText(), enriched.toString());
        assertEquals("Oslo", enriched.get("entities").get(0).get("name").asText());
        assertEquals("open an embassy in Oslo", enriched.get("commitments").get(0).get("action").asText());
    }

    @Test
    void bytesThatAreNotAvroPrintAnErrorLineNamingTheRecord(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 1, (short) 1);
        }
        String key = "junk-" + UUID.randomUUID();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.VISITS.name(), key.getBytes(StandardCharsets.UTF_8),
                    "{not avro".getBytes(StandardCharsets.UTF_8))).get();
        }

        JsonNode line = format(broker, Topics.VISITS.name(), key);

        assertTrue(line.hasNonNull("error"), line.toString());
        assertEquals(Topics.VISITS.name(), line.get("topic").asText());
        assertTrue(line.has("offset"));
    }

    private static <V> void produce(KafkaBroker broker, Topic<String, V> topic, String key, V value) throws Exception {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(broker.clientProperties(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        }
    }

    /** Consumes the topic's raw bytes, as the console consumer does, and formats the record with {@code key}. */
    private static JsonNode format(KafkaBroker broker, String topic, String key) throws Exception {
        Map<String, Object> props = broker.clientProperties();
        List<ConsumerRecord<byte[], byte[]>> matching = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        matching.add(record);
                    }
                }
            }
        }
        assertEquals(1, matching.size(), "records with key " + key);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
             VisitwireMessageFormatter formatter = new VisitwireMessageFormatter()) {
            formatter.configure(Map.of());
            formatter.writeTo(matching.get(0), print);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.endsWith(System.lineSeparator()) && printed.strip().lines().count() == 1, printed);
        return RecordJson.MAPPER.readTree(printed);
    }
}
