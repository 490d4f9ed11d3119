package io.visitwire.testkit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.internals.Exit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class EmbeddedKafkaBrokerIT {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBrokerIT.class);

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String TOPIC = "visits";
    private static final String GROUP = "visit-readers";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @Test
    void keepsTopicsRecordsAndCommittedOffsetsAcrossRestart(@TempDir Path dataDirectory) throws Exception {
        String clusterId;
        long startNanos = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDirectory(dataDirectory).start()) {
            broker.createTopicsIfAbsent(TOPIC);
            RecordMetadata acknowledged = produce(broker, "visit-1", "before restart");
            log.info("Embedded broker: {} ms from start to the first acknowledged record",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            assertEquals(0, acknowledged.offset());

            List<ConsumerRecord<String, String>> consumed = consumeAsGroupAndCommit(broker, 1);
            assertEquals("visit-1", consumed.get(0).key());
            assertEquals("before restart", consumed.get(0).value());
            clusterId = broker.clusterId();
        }
        assertTrue(EmbeddedKafkaBroker.isFormatted(dataDirectory));

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.builder().dataDirectory(dataDirectory).start()) {
            assertEquals(clusterId, restarted.clusterId());
            try (Admin admin = restarted.createAdmin()) {
                assertTrue(admin.listTopics().names().get(DEADLINE.toSeconds(), TimeUnit.SECONDS).contains(TOPIC));
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                assertEquals(1, committed.get(PARTITION).offset());
            }

            List<ConsumerRecord<String, String>> everything = readFromBeginning(restarted, 1);
            assertEquals("visit-1", everything.get(0).key());
            assertEquals("before restart", everything.get(0).value());

            produce(restarted, "visit-2", "after restart");
            List<ConsumerRecord<String, String>> resumed = consumeAsGroupAndCommit(restarted, 1);
            assertEquals("visit-2", resumed.get(0).key(), "the group resumes after its committed offset");
            assertEquals(1, resumed.get(0).offset());
        }
    }

    @Test
    void turnsKafkaHaltIntoAnExceptionInsteadOfKillingTheJvm(@TempDir Path dataDirectory) {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDirectory(dataDirectory).start()) {
            IllegalStateException refusal = assertThrows(IllegalStateException.class,
                    () -> Exit.halt(1, "deliberate halt from a test"));
            assertTrue(refusal.getMessage().contains("deliberate halt from a test"));
            assertThrows(IllegalStateException.class, () -> Exit.exit(1, "deliberate exit from a test"));
        }
    }

    @Test
    void failsToStartWhenTheBrokerPortIsTaken(@TempDir Path dataDirectory) throws IOException {
        try (ServerSocket occupied = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder()
                    .dataDirectory(dataDirectory)
                    .brokerPort(occupied.getLocalPort())
                    .startupTimeout(Duration.ofSeconds(10));

            assertThrows(RuntimeException.class, builder::start);
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDirectory(dataDirectory).start()) {
            assertFalse(broker.clusterId().isBlank(), "the storage formatted by the failed start is usable");
        }
    }

    private static RecordMetadata produce(KafkaBroker broker, String key, String value) throws Exception {
        Map<String, Object> config = broker.clientProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(TOPIC, key, value))
                    .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAsGroupAndCommit(KafkaBroker broker, int count) {
        Map<String, Object> config = broker.clientProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> received = pollUntil(consumer, count);
            consumer.commitSync(DEADLINE);
            return received;
        }
    }

    private static List<ConsumerRecord<String, String>> readFromBeginning(KafkaBroker broker, int count) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                broker.clientProperties(), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            return pollUntil(consumer, count);
        }
    }

    private static List<ConsumerRecord<String, String>> pollUntil(KafkaConsumer<String, String> consumer, int count) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        await().atMost(DEADLINE)
                .pollInSameThread()
                .until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                    return received.size() >= count;
                });
        assertEquals(count, received.size());
        return received;
    }
}
