package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.deadletter.DeadLetterHeaders;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code visitwire dlq list} and {@code replay} against a real broker. */
@ExtendWith(RealKafkaExtension.class)
class DlqCommandIT {

    @Test
    void aDeadLetterIsListedAndReplayedToItsSourceTopicOnlyOnce(KafkaBroker broker) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 2, (short) 1);
        }
        String key = "dead-" + UUID.randomUUID();
        deadLetter(broker, key, "original bytes of " + key);

        String listed = CommandRun.onBroker(broker, "dlq", "list");
        assertTrue(listed.contains(key) && listed.contains("\"visitwire.stage\":\"enrich\""), listed);

        CommandRun.onBroker(broker, "dlq", "replay");
        CommandRun.onBroker(broker, "dlq", "replay");

        List<ConsumerRecord<byte[], byte[]>> replayed = rawRecordsWithKey(broker, key);
        assertEquals(1, replayed.size(), "replayed exactly once");
        assertEquals("original bytes of " + key, new String(replayed.get(0).value(), StandardCharsets.UTF_8));
        assertTrue(replayed.get(0).headers().lastHeader(DlqCommand.REPLAYED_FROM_HEADER) != null);
    }

    private static void deadLetter(KafkaBroker broker, String key, String value) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.STAGE, "enrich".getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.SOURCE_TOPIC, Topics.ARTICLES_RAW.name().getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.EXCEPTION_MESSAGE, "engine failed".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_DLQ.name(), null, key.getBytes(StandardCharsets.UTF_8),
                    value.getBytes(StandardCharsets.UTF_8), headers)).get();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> rawRecordsWithKey(KafkaBroker broker, String key) {
        Map<String, Object> props = broker.clientProperties();
        List<ConsumerRecord<byte[], byte[]>> matching = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        matching.add(record);
                    }
                }
            }
        }
        return matching;
    }
}
