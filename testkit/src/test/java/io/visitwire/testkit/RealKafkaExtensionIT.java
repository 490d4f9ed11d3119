package io.visitwire.testkit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.DockerClientFactory;

@ExtendWith(RealKafkaExtension.class)
class RealKafkaExtensionIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String TOPIC = "extension-round-trip";

    @BeforeAll
    static void createTopic(KafkaBroker kafka) {
        kafka.createTopicsIfAbsent(TOPIC);
    }

    @Test
    void producesAndConsumesThroughTheInjectedBroker(KafkaBroker kafka) throws Exception {
        SharedBrokerWitness.assertSameBrokerAsEveryOtherTest(kafka);
        Map<String, Object> producerConfig = kafka.clientProperties();
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "article-1", "hello")).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }

        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                kafka.clientProperties(), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(DEADLINE)
                    .pollInSameThread()
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                        return !received.isEmpty();
                    });
        }
        assertEquals("article-1", received.get(0).key());
        assertEquals("hello", received.get(0).value());
    }

    @Test
    void runsTheBrokerInProcessWhenDockerIsMissing(KafkaBroker kafka) {
        SharedBrokerWitness.assertSameBrokerAsEveryOtherTest(kafka);
        String forcedKind = System.getProperty(RealKafkaExtension.BROKER_KIND_PROPERTY);
        boolean embeddedExpected = "embedded".equals(forcedKind)
                || (forcedKind == null && !DockerClientFactory.instance().isDockerAvailable());
        if (embeddedExpected) {
            assertInstanceOf(EmbeddedKafkaBroker.class, kafka);
        } else {
            assertInstanceOf(ContainerKafkaBroker.class, kafka);
        }
    }
}
