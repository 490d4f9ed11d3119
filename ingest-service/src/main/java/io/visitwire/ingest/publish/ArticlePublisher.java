package io.visitwire.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.schemas.Topic;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles to {@link Topics#ARTICLES_RAW} through one long-lived, thread-safe Kafka producer:
 * idempotent, {@code acks=all}, key = article id. A publish completes when the broker has acknowledged
 * the record, or fails within {@link #DELIVERY_TIMEOUT} (plus at most {@link #MAX_BLOCK} waiting for
 * metadata), so a caller such as an HTTP request never waits forever.
 */
public final class ArticlePublisher implements Publisher, MeterBinder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    /** Upper bound for one produce request to a broker. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Upper bound from send to acknowledgement or failure, retries included. */
    public static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    /** Upper bound for {@code send} to wait for topic metadata or buffer space when the cluster is away. */
    public static final Duration MAX_BLOCK = Duration.ofSeconds(10);
    /** How long {@link #close()} waits for records already sent to be acknowledged. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** Room for the fields besides the body (title, id, url …) and Avro framing in one record. */
    private static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

    private final Producer<String, Article> producer;
    private final Topic<String, Article> topic;
    private KafkaClientMetrics clientMetrics;

    /** Wraps an existing producer (a {@code MockProducer} in tests); this publisher closes it. */
    public ArticlePublisher(Producer<String, Article> producer, Topic<String, Article> topic) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    /**
     * A publisher to {@code articles.raw.v1} with the producer settings of {@link #producerConfig}.
     *
     * @throws IngestConfig.InvalidSettingsException naming the Kafka setting that is invalid
     */
    public static ArticlePublisher create(IngestConfig config) {
        Topic<String, Article> topic = Topics.ARTICLES_RAW;
        try {
            KafkaProducer<String, Article> producer = new KafkaProducer<>(producerConfig(config),
                    topic.keySerde().serializer(), topic.valueSerde().serializer());
            return new ArticlePublisher(producer, topic);
        } catch (ConfigException e) {
            throw new IngestConfig.InvalidSettingsException("Invalid Kafka client setting (set as "
                    + IngestConfig.KAFKA_PREFIX + "<setting> or " + IngestConfig.ENV_PREFIX + "KAFKA_<SETTING>): "
                    + e.getMessage(), e);
        }
    }

    /**
     * The producer settings: the bounded timeouts above, lz4 compression, a request size that fits the
     * largest accepted article, then the raw {@code kafka.*} settings of the config (which may override
     * those tunings), then the settings the delivery guarantee rests on, which cannot be overridden.
     */
    public static Map<String, Object> producerConfig(IngestConfig config) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "visitwire-ingest");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK.toMillis());
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Article text compresses well, which keeps records of large bodies under the broker's message size limit.
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                Math.max(1 << 20, config.maxBodyBytes() + RECORD_OVERHEAD_BYTES));
        settings.putAll(config.kafka());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return settings;
    }

    @Override
    public CompletableFuture<Acknowledgement> publish(Article article) {
        String id = article.getId();
        CompletableFuture<Acknowledgement> acknowledged = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic.name(), id, article), (metadata, exception) -> {
                if (exception != null) {
                    log.debug("Article {} not acknowledged by {}: {}", id, topic.name(), exception.toString());
                    acknowledged.completeExceptionally(exception);
                } else {
                    log.debug("Article {} acknowledged at {}-{}@{}", id, metadata.topic(), metadata.partition(), metadata.offset());
                    acknowledged.complete(new Acknowledgement(id, metadata.topic(), metadata.partition(), metadata.offset()));
                }
            });
        } catch (RuntimeException e) {
            // send() itself throws when the producer is closed or the record cannot be serialized.
            log.debug("Article {} could not be sent to {}: {}", id, topic.name(), e.toString());
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    /** Exposes the producer's own metrics ({@code kafka_producer_*}: record rates, errors, latency, connections). */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        if (clientMetrics == null) {
            clientMetrics = new KafkaClientMetrics(producer);
        }
        clientMetrics.bindTo(registry);
    }

    /**
     * Whether the producer holds a connection to a broker. The idempotent producer connects at once (to get its
     * producer id) and its metadata refreshes keep a connection open while the cluster is there, so no connection
     * means the cluster is away or refuses us (wrong address, TLS or SASL settings).
     */
    public boolean isConnected() {
        return producer.metrics().entrySet().stream()
                .filter(entry -> entry.getKey().name().equals("connection-count")
                        && entry.getKey().group().equals("producer-metrics"))
                .map(entry -> entry.getValue().metricValue())
                .anyMatch(value -> value instanceof Number count && count.doubleValue() > 0);
    }

    /** Waits up to {@link #CLOSE_TIMEOUT} for records in flight, then closes the producer. */
    @Override
    public void close() {
        try {
            producer.close(CLOSE_TIMEOUT);
        } finally {
            synchronized (this) {
                if (clientMetrics != null) {
                    clientMetrics.close();
                }
            }
        }
    }
}
