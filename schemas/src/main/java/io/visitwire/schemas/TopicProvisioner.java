package io.visitwire.schemas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates visitwire's topics with explicit settings, so nothing depends on broker
 * auto-creation. Services call it at start-up; existing topics are left as they are.
 */
public final class TopicProvisioner {

    /** The most partitions topics.partitions accepts, the same in every service. */
    public static final int MAX_PARTITIONS = 10_000;

    private static final long SEVEN_DAYS_MS = 7L * 24 * 3600 * 1000;
    private static final long THIRTY_DAYS_MS = 30L * 24 * 3600 * 1000;

    /**
     * As {@link #ensureTopics(Admin, Collection, int, short)}, with an Admin client made from a service's Kafka
     * client settings: only the settings an Admin client knows are passed on (producer, consumer and Streams
     * ones would be logged as unknown), security included.
     */
    public static void ensureTopics(Map<String, ?> clientSettings, Collection<Topic<?, ?>> topics, int partitions,
                                    short replicationFactor) {
        Map<String, Object> adminSettings = new HashMap<>();
        clientSettings.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                adminSettings.put(name, value);
            }
        });
        try (Admin admin = Admin.create(adminSettings)) {
            ensureTopics(admin, topics, partitions, replicationFactor);
        }
    }

    /** Topic-level settings by topic: why each differs from the broker default. */
    static Map<String, String> settingsOf(Topic<?, ?> topic) {
        if (topic == Topics.VISITS) {
            // one key per visit and consumers want its latest state: compact, keep forever
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        if (topic == Topics.ARTICLES_RAW) {
            // replaying a week of input is enough to rebuild enrichment after a fix
            return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(SEVEN_DAYS_MS));
        }
        if (topic == Topics.ARTICLES_DLQ) {
            // dead letters wait for a human: keep them longer than the input
            return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(THIRTY_DAYS_MS));
        }
        return Map.of();
    }

    public static void ensureTopics(Admin admin, Collection<Topic<?, ?>> topics, int partitions, short replicationFactor) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), Optional.of(partitions), Optional.of(replicationFactor))
                            .configs(settingsOf(topic)));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().values().forEach(TopicProvisioner::awaitCreated);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void awaitCreated(org.apache.kafka.common.KafkaFuture<Void> creation) {
        try {
            creation.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic: " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    private TopicProvisioner() {
    }
}
