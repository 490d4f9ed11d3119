package io.visitwire.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A Kafka broker in a Docker container, run by Testcontainers. Only this class touches Testcontainers, so the
 * rest of the test kit works without it on the classpath.
 */
public final class ContainerKafkaBroker implements KafkaBroker, AutoCloseable {

    /** Overrides {@link #DEFAULT_IMAGE}, e.g. to test against another Kafka release. */
    public static final String IMAGE_PROPERTY = "visitwire.test.kafka-image";
    public static final String DEFAULT_IMAGE = "apache/kafka:4.1.0";

    private final KafkaContainer container;

    private ContainerKafkaBroker(KafkaContainer container) {
        this.container = container;
    }

    /** Starts a container from the image named by {@value #IMAGE_PROPERTY}, or the default image. */
    public static ContainerKafkaBroker start() {
        return start(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE));
    }

    public static ContainerKafkaBroker start(String image) {
        @SuppressWarnings("resource") // closed by ContainerKafkaBroker.close()
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(image))
                // Same behaviour as the embedded broker: topics are created explicitly, groups start at once.
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
        container.start();
        return new ContainerKafkaBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return "ContainerKafkaBroker[" + container.getDockerImageName() + " at " + bootstrapServers() + "]";
    }
}
