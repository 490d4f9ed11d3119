package io.visitwire.bench;

import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Timestamps (System.nanoTime, same clock as the poster) when each article's enrichment and its
 * first visit event become visible to a {@code read_committed} consumer of
 * {@code articles.enriched.v1} and {@code visits.v1}.
 */
public final class ArrivalWatch implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Long> enrichedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> visitAt = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public ArrivalWatch(Map<String, Object> clientProps) {
        Properties props = new Properties();
        props.putAll(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.ARTICLES_ENRICHED.name(), Topics.VISITS.name())) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::poll, "bench-arrival-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (record.topic().equals(Topics.ARTICLES_ENRICHED.name())) {
                        enrichedAt.putIfAbsent(record.key(), now);
                    } else if (record.value() != null) {
                        VisitEvent visit = Topics.VISITS.valueSerde().deserializer()
                                .deserialize(record.topic(), record.value());
                        for (SourceRef source : visit.getSources()) {
                            visitAt.putIfAbsent(source.getArticleId().toString(), now);
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** When the article's enrichment was first seen, or null. */
    public Long enrichedAt(String articleId) {
        return enrichedAt.get(articleId);
    }

    /** When a visit event naming the article among its sources was first seen, or null. */
    public Long visitAt(String articleId) {
        return visitAt.get(articleId);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
