package io.visitwire.cli.local;

import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the pipeline's topics from outside, as any consumer would: which posted articles
 * came out of enrichment (or went to the dead-letter topic), whether the sink has caught up,
 * and which visit events hold them.
 */
public final class PipelineWatch {

    private final Map<String, Object> clientProps;

    public PipelineWatch(Map<String, Object> clientProps) {
        this.clientProps = clientProps;
    }

    /**
     * Waits until the consumer group has committed every record of the topic, which with
     * exactly-once processing means its output is committed too. Reports the lag as it changes.
     */
    public void awaitCaughtUp(String groupId, List<String> topics, Duration timeout, LongConsumer onLag)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(clientProps)) {
            long lastReported = -1;
            long lag;
            while ((lag = lag(admin, groupId, topics)) > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Timed out after " + timeout + " waiting for " + groupId
                            + " to catch up on " + topics);
                }
                if (lag != lastReported) {
                    onLag.accept(lag);
                    lastReported = lag;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The latest state of every visit event that has one of the articles among its sources. */
    public List<VisitEvent> visitsFrom(Collection<String> articleIds) {
        Map<String, VisitEvent> latest = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, List.of(Topics.VISITS.name()));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        latest.remove(record.key());
                        continue;
                    }
                    VisitEvent visit = Topics.VISITS.valueSerde().deserializer().deserialize(record.topic(), record.value());
                    latest.put(record.key(), visit);
                }
            }
        }
        Set<String> wanted = new HashSet<>(articleIds);
        return latest.values().stream()
                .filter(visit -> visit.getSources().stream().map(SourceRef::getArticleId).anyMatch(wanted::contains))
                .toList();
    }

    private long lag(Admin admin, String groupId, List<String> topics) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            Set<String> existing = admin.listTopics(new ListTopicsOptions().listInternal(false)).names().get();
            Set<TopicPartition> partitions = admin.describeTopics(topics.stream().filter(existing::contains).toList())
                    .allTopicNames().get().values().stream()
                    .flatMap(description -> description.partitions().stream()
                            .map(info -> new TopicPartition(description.name(), info.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                lag += ends.get(partition).offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read offsets of " + groupId + ": " + e.getCause().getMessage(), e);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.putAll(clientProps);
        // transactional writers: see only what they committed
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, List<String> topics) {
        return topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }
}
