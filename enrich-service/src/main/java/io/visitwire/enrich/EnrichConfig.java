package io.visitwire.enrich;

import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.config.KafkaPassThrough;
import io.visitwire.schemas.config.Settings;
import io.visitwire.schemas.streams.ExactlyOnceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the enrich service, in one place. From environment variables
 * ({@code VISITWIRE_KAFKA_BOOTSTRAP_SERVERS}) or a properties file ({@code kafka.bootstrap.servers}).
 *
 * @param bootstrapServers  Kafka brokers (kafka.bootstrap.servers; default 127.0.0.1:9092)
 * @param applicationId     Streams application id, also the consumer group (enrich.application.id;
 *                          default visitwire-enrich)
 * @param streamThreads     stream threads; each runs one article at a time through the shared
 *                          NLP pipeline (enrich.stream.threads; default: the number of cores, at most
 *                          topics.partitions, since a thread without a partition idles)
 * @param stateDir          local Streams state (state.dir; default ./.visitwire/streams)
 * @param partitions        partitions of topics this service creates (topics.partitions; default 2)
 * @param replicationFactor replication of topics this service creates (topics.replication.factor; default 1)
 * @param maxBodyChars      longest article body enriched; a longer one goes to the dead-letter topic
 *                          (enrich.max.body.chars; default 100000, ~15,000 words)
 * @param maxArticleTime    longest one article may take in the NLP engine before it is given up and
 *                          dead-lettered (enrich.max.article.seconds; default 120)
 * @param repostWindow      how long a posted article is remembered, so that posting it again (same id, or same
 *                          URL under another id) does not enrich it twice (enrich.repost.window.days;
 *                          default 7, the retention of articles.raw.v1)
 * @param kafkaOverrides    raw Kafka client settings passed through (kafka.*, VISITWIRE_KAFKA_*),
 *                          e.g. security.protocol, sasl.mechanism, ssl.truststore.location; not the ones the
 *                          exactly-once guarantee rests on ({@link #KAFKA_PASS_THROUGH}), which are refused
 * @param httpPort          port of /metrics, /health and /ready when the service runs on its own
 *                          (enrich.http.port; default 8082; 0 picks a free one)
 * @param warmUpArticles    generated articles run through the NLP engine after it loads and before the
 *                          service reads real ones, so the JIT compiler has compiled CoreNLP's hot loops
 *                          ({@link EngineWarmUp}; enrich.warmup.articles; default 30, ~8 s; 0 turns it off)
 */
public record EnrichConfig(String bootstrapServers, String applicationId, int streamThreads, Path stateDir,
                           int partitions, short replicationFactor, int maxBodyChars, Duration maxArticleTime,
                           Duration repostWindow, Map<String, String> kafkaOverrides, int httpPort, int warmUpArticles) {

    public static final String DEFAULT_APPLICATION_ID = "visitwire-enrich";
    public static final int DEFAULT_HTTP_PORT = 8082;
    public static final int DEFAULT_WARM_UP_ARTICLES = 30;

    /** The kafka.* settings enrich takes, less those its exactly-once guarantee rests on. */
    public static final KafkaPassThrough KAFKA_PASS_THROUGH =
            ExactlyOnceSettings.passThrough("enrich", "enrich.application.id", "enrich.stream.threads");

    /**
     * @throws IllegalArgumentException naming the setting that is invalid, or every protected Kafka setting given
     */
    public static EnrichConfig from(Settings settings) {
        int partitions = settings.integer("topics.partitions", 2, 1, TopicProvisioner.MAX_PARTITIONS);
        List<String> errors = new ArrayList<>();
        Map<String, String> kafka = KAFKA_PASS_THROUGH.accept(settings.kafkaClientOverrides(), errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid enrich settings: " + String.join("; ", errors));
        }
        return new EnrichConfig(
                settings.text("kafka.bootstrap.servers", "127.0.0.1:9092"),
                settings.text("enrich.application.id", DEFAULT_APPLICATION_ID),
                settings.integer("enrich.stream.threads", defaultThreads(partitions), 1, 64),
                Path.of(settings.text("state.dir", ".visitwire/streams")),
                partitions,
                (short) settings.integer("topics.replication.factor", 1, 1, 10),
                settings.integer("enrich.max.body.chars", 100_000, 1_000, 10_000_000),
                Duration.ofSeconds(settings.integer("enrich.max.article.seconds", 120, 1, 3600)),
                Duration.ofDays(settings.integer("enrich.repost.window.days",
                        (int) EnrichTopology.DEFAULT_REPOST_WINDOW.toDays(), 1, 3650)),
                kafka,
                settings.integer("enrich.http.port", DEFAULT_HTTP_PORT, 0, 65_535),
                settings.integer("enrich.warmup.articles", DEFAULT_WARM_UP_ARTICLES, 0, 10_000));
    }

    /** One thread per core shares the one CoreNLP pipeline (measured: 1.7x on 2 cores); more would only queue. */
    static int defaultThreads(int partitions) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), partitions));
    }

    public Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replicationFactor);
        // NLP takes ~1 s per article: poll few records so a poll loop stays far below max.poll.interval.ms
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 10);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 8 * 1024 * 1024);
        props.putAll(kafkaOverrides);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }
}
