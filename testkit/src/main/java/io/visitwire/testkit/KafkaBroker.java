package io.visitwire.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A running Kafka broker that clients can connect to, wherever it runs: in this JVM or in a container.
 */
public interface KafkaBroker {

    Duration ADMIN_OPERATION_TIMEOUT = Duration.ofSeconds(30);

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:9092}. */
    String bootstrapServers();

    /**
     * Everything a client needs to connect: {@code bootstrap.servers} plus, for a broker with security
     * enabled, the client-side security settings. A fresh mutable map each call, so callers can add their own.
     */
    default Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return properties;
    }

    /** A new Admin client for this broker; the caller closes it. */
    default Admin createAdmin() {
        return Admin.create(clientProperties());
    }

    /** Creates single-partition topics (replication factor 1) that do not exist yet. */
    default void createTopicsIfAbsent(String... topicNames) {
        createTopicsIfAbsent(Arrays.stream(topicNames)
                .map(name -> new NewTopic(name, Optional.of(1), Optional.empty()))
                .toList());
    }

    /**
     * Creates the topics that do not exist yet and waits for the controller to confirm. Topics that already
     * exist are left as they are, so tests sharing one broker can all declare the topics they use.
     */
    default void createTopicsIfAbsent(Collection<NewTopic> topics) {
        try (Admin admin = createAdmin()) {
            Map<String, KafkaFuture<Void>> results = admin.createTopics(List.copyOf(topics)).values();
            for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
                awaitTopicCreation(result.getKey(), result.getValue());
            }
        }
    }

    private static void awaitTopicCreation(String topicName, KafkaFuture<Void> creation) {
        try {
            creation.get(ADMIN_OPERATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + topicName, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Topic " + topicName + " was not created within " + ADMIN_OPERATION_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topicName, e);
        }
    }
}
