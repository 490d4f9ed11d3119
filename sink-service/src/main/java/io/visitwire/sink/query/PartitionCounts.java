package io.visitwire.sink.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * How many partitions a topic has, asked of the cluster once per topic: the number a complete answer must cover.
 * Streams' metadata names only the partitions some instance runs, and none of the instances without
 * {@code application.server}; the cluster knows them all.
 */
final class PartitionCounts implements ToIntFunction<String> {

    private static final long TIMEOUT_SECONDS = 10;

    private final Map<String, Object> adminSettings = new HashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /** @param clientSettings the service's Kafka client settings; those an admin client takes are kept */
    PartitionCounts(Properties clientSettings) {
        clientSettings.stringPropertyNames().stream().filter(AdminClientConfig.configNames()::contains)
                .forEach(name -> adminSettings.put(name, clientSettings.get(name)));
    }

    @Override
    public int applyAsInt(String topic) {
        Integer known = counts.get(topic);
        if (known != null) {
            return known;
        }
        try (Admin admin = Admin.create(adminSettings)) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
            int count = description.partitions().size();
            counts.put(topic, count);
            return count;
        } catch (ExecutionException | TimeoutException e) {
            throw new NotQueryable("cannot learn the partitions of " + topic + " from Kafka: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotQueryable("interrupted while asking Kafka for the partitions of " + topic, e);
        }
    }
}
