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
import java.util.Optional;
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
 * @param httpHost          interface /metrics, /health and /ready listen on when the service runs on its own
 *                          (enrich.http.host; default 127.0.0.1, this machine only; 0.0.0.0 in a container)
 * @param httpPort          port of /metrics, /health and /ready when the service runs on its own
 *                          (enrich.http.port; default 8082; 0 picks a free one)
 * @param warmUpArticles    generated articles run through the NLP engine after it loads and before the
 *                          service reads real ones, so the JIT compiler has compiled CoreNLP's hot loops
 *                          ({@link EngineWarmUp}; enrich.warmup.articles; default 30, ~8 s; 0 turns it off)
 * @param transactions      how much NLP one Streams transaction holds and how long it may stay open, sized from
 *                          maxArticleTime ({@link Transactions})
 */
public record EnrichConfig(String bootstrapServers, String applicationId, int streamThreads, Path stateDir,
                           int partitions, short replicationFactor, int maxBodyChars, Duration maxArticleTime,
                           Duration repostWindow, Map<String, String> kafkaOverrides, String httpHost, int httpPort,
                           int warmUpArticles, Transactions transactions) {

    public static final String DEFAULT_APPLICATION_ID = "visitwire-enrich";
    public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
    public static final int DEFAULT_HTTP_PORT = 8082;
    public static final int DEFAULT_WARM_UP_ARTICLES = 30;
    static final String MAX_ARTICLE_SECONDS = "enrich.max.article.seconds";

    /** The kafka.* settings enrich takes, less those its exactly-once guarantee rests on. */
    public static final KafkaPassThrough KAFKA_PASS_THROUGH =
            ExactlyOnceSettings.passThrough("enrich", "enrich.application.id", "enrich.stream.threads");

    /**
     * @throws IllegalArgumentException naming the setting that is invalid, every protected Kafka setting given
     *                                  and every transaction setting that cannot hold the work ({@link Transactions})
     */
    public static EnrichConfig from(Settings settings) {
        int partitions = settings.integer("topics.partitions", 2, 1, TopicProvisioner.MAX_PARTITIONS);
        Duration maxArticleTime = Duration.ofSeconds(settings.integer(MAX_ARTICLE_SECONDS, 120, 1, 3600));
        List<String> errors = new ArrayList<>();
        Map<String, String> kafka = KAFKA_PASS_THROUGH.accept(settings.kafkaClientOverrides(), errors);
        Transactions transactions = Transactions.size(maxArticleTime, kafka, errors);
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
                maxArticleTime,
                Duration.ofDays(settings.integer("enrich.repost.window.days",
                        (int) EnrichTopology.DEFAULT_REPOST_WINDOW.toDays(), 1, 3650)),
                kafka,
                settings.host("enrich.http.host", DEFAULT_HTTP_HOST),
                settings.integer("enrich.http.port", DEFAULT_HTTP_PORT, 0, 65_535),
                settings.integer("enrich.warmup.articles", DEFAULT_WARM_UP_ARTICLES, 0, 10_000),
                transactions);
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
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 8 * 1024 * 1024);
        props.putAll(kafkaOverrides);
        transactions.applyTo(props);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    /**
     * How much NLP one Streams transaction holds, and how long it may stay open. Under exactly_once_v2 a stream
     * thread's transaction holds all it processed since its last commit. Streams commits between process loops,
     * once commit.interval.ms has passed, never inside one, and a loop works through the records polled; so a
     * transaction stays open for up to commit.interval.ms plus one poll's articles, each up to
     * enrich.max.article.seconds (the cap after which it is dead-lettered). A transaction open longer than
     * transaction.timeout.ms is aborted by the broker: the thread is fenced, rejoins, and redoes the whole batch,
     * which on a cold JVM with a backlog repeats. And a thread that does not poll within max.poll.interval.ms leaves
     * its group, with the same end.
     *
     * <p>So the main consumer polls one article at a time ({@link #DEFAULT_RECORDS_PER_POLL}: a transaction holds
     * one article's NLP, the fetches still bring batches), the transaction timeout is
     * {@link #HEADROOM} × (records per poll × enrich.max.article.seconds + commit.interval.ms), and
     * max.poll.interval.ms is the larger of that and Kafka's 5 minutes. The Kafka settings may be set ({@code kafka.max.poll.records},
     * {@code kafka.main.consumer.max.poll.records}, {@code kafka.commit.interval.ms},
     * {@code kafka.transaction.timeout.ms}, {@code kafka.producer.transaction.timeout.ms},
     * {@code kafka.max.poll.interval.ms} …); a combination whose transaction timeout or poll interval is shorter
     * than that is refused, and so is a derived timeout above what brokers allow by default
     * ({@link #BROKER_MAX_TRANSACTION_TIMEOUT}) unless the timeout is set.
     *
     * @param recordsPerPoll     articles the main consumer hands over per poll (main.consumer.max.poll.records)
     * @param commitInterval     commit.interval.ms (Streams' default under exactly-once: 100 ms)
     * @param transactionTimeout the producers' transaction.timeout.ms
     * @param maxPollInterval    the main consumer's max.poll.interval.ms
     */
    public record Transactions(int recordsPerPoll, Duration commitInterval, Duration transactionTimeout,
                               Duration maxPollInterval) {

        public static final int DEFAULT_RECORDS_PER_POLL = 1;
        /** Room over the longest a transaction can take: JVM pauses, the commit itself, the cheap routing step. */
        public static final double HEADROOM = 1.5;
        static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
        /** Kafka's own default max.poll.interval.ms, kept when it is long enough. */
        static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofMinutes(5);
        /** The brokers' default transaction.max.timeout.ms: a longer transaction.timeout.ms fails at start. */
        static final Duration BROKER_MAX_TRANSACTION_TIMEOUT = Duration.ofMinutes(15);

        private static final String MAIN_CONSUMER = StreamsConfig.MAIN_CONSUMER_PREFIX;
        private static final String CONSUMER = StreamsConfig.CONSUMER_PREFIX;
        private static final String PRODUCER = StreamsConfig.PRODUCER_PREFIX;

        /**
         * Reads the Kafka settings given (most specific first, as Streams does), derives the others from the time cap,
         * and adds an error for each combination that cannot hold the work.
         */
        static Transactions size(Duration maxArticleTime, Map<String, String> kafka, List<String> errors) {
            Given records = Given.first(kafka, errors, 1, MAIN_CONSUMER + ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                    CONSUMER + ConsumerConfig.MAX_POLL_RECORDS_CONFIG, ConsumerConfig.MAX_POLL_RECORDS_CONFIG);
            Given commit = Given.first(kafka, errors, 0, StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
            Given timeout = Given.first(kafka, errors, 1, PRODUCER + ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                    ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);
            Given pollInterval = Given.first(kafka, errors, 1,
                    MAIN_CONSUMER + ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
                    CONSUMER + ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG);

            int recordsPerPoll = (int) Math.min(Integer.MAX_VALUE, records.valueOr(DEFAULT_RECORDS_PER_POLL));
            Duration commitInterval = Duration.ofMillis(commit.valueOr(DEFAULT_COMMIT_INTERVAL.toMillis()));
            Duration longest = maxArticleTime.multipliedBy(recordsPerPoll).plus(commitInterval);
            Duration needed = Duration.ofMillis((long) Math.ceil(longest.toMillis() * HEADROOM));
            String work = "a transaction holds up to " + recordsPerPoll + " article(s) per poll ("
                    + records.name("max.poll.records") + ") of up to " + maxArticleTime.toSeconds() + " s each ("
                    + MAX_ARTICLE_SECONDS + ") plus "
                    + commitInterval.toMillis() + " ms (" + commit.name(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)
                    + "), so it needs " + HEADROOM + " × " + longest.toMillis() + " = " + needed.toMillis() + " ms";
            if (timeout.isGiven() && timeout.value() < needed.toMillis()) {
                errors.add(timeout.describe() + " is too short: " + work + "; raise it or lower " + MAX_ARTICLE_SECONDS);
            } else if (!timeout.isGiven() && needed.compareTo(BROKER_MAX_TRANSACTION_TIMEOUT) > 0) {
                errors.add(Settings.describe(MAX_ARTICLE_SECONDS) + " = " + maxArticleTime.toSeconds()
                        + " cannot be held in one transaction: " + work + ", above the "
                        + BROKER_MAX_TRANSACTION_TIMEOUT.toMillis() + " ms brokers allow by default"
                        + " (transaction.max.timeout.ms); lower it or max.poll.records, or set "
                        + KafkaPassThrough.KAFKA_PREFIX + ProducerConfig.TRANSACTION_TIMEOUT_CONFIG + " if your brokers allow more");
            }
            Duration transactionTimeout = timeout.isGiven() ? Duration.ofMillis(timeout.value()) : needed;
            if (pollInterval.isGiven() && pollInterval.value() < needed.toMillis()) {
                errors.add(pollInterval.describe() + " is too short: a stream thread polls again once its articles are"
                        + " done, and " + work + "; a thread that polls later leaves its group and its work is redone");
            }
            Duration maxPollInterval = pollInterval.isGiven() ? Duration.ofMillis(pollInterval.value())
                    : max(DEFAULT_MAX_POLL_INTERVAL, needed);
            return new Transactions(recordsPerPoll, commitInterval, transactionTimeout, maxPollInterval);
        }

        /** Puts the sizes under the keys Streams reads first, so they are what the clients get. */
        void applyTo(Properties props) {
            props.put(MAIN_CONSUMER + ConsumerConfig.MAX_POLL_RECORDS_CONFIG, recordsPerPoll);
            props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
            props.put(PRODUCER + ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) Math.min(Integer.MAX_VALUE,
                    transactionTimeout.toMillis()));
            props.put(MAIN_CONSUMER + ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE,
                    maxPollInterval.toMillis()));
        }

        private static Duration max(Duration a, Duration b) {
            return a.compareTo(b) >= 0 ? a : b;
        }

        /** The value of the first of some equivalent Kafka settings that was given, if one was. */
        private record Given(String key, long value) {

            static Given first(Map<String, String> kafka, List<String> errors, long min, String... keys) {
                for (String key : keys) {
                    String text = kafka.get(key);
                    if (text != null && !text.isBlank()) {
                        Optional<Long> parsed = parse(text, min);
                        if (parsed.isEmpty()) {
                            errors.add(Settings.describe(KafkaPassThrough.KAFKA_PREFIX + key) + " = '" + text
                                    + "': must be a whole number from " + min + " to " + Integer.MAX_VALUE);
                            return new Given(null, 0);
                        }
                        return new Given(key, parsed.get());
                    }
                }
                return new Given(null, 0);
            }

            private static Optional<Long> parse(String text, long min) {
                try {
                    long value = Long.parseLong(text.strip());
                    return value >= min && value <= Integer.MAX_VALUE ? Optional.of(value) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }

            boolean isGiven() {
                return key != null;
            }

            long valueOr(long fallback) {
                return isGiven() ? value : fallback;
            }

            /** How a message names it: the key given, else the Kafka setting. */
            String name(String kafkaName) {
                return isGiven() ? KafkaPassThrough.KAFKA_PREFIX + key : kafkaName;
            }

            String describe() {
                return Settings.describe(KafkaPassThrough.KAFKA_PREFIX + key) + " = " + value;
            }
        }
    }
}
