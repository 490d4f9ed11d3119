package io.visitwire.schemas.streams;

import static io.visitwire.schemas.config.KafkaPassThrough.plain;
import static io.visitwire.schemas.config.KafkaPassThrough.streamsConsumer;
import static io.visitwire.schemas.config.KafkaPassThrough.streamsProducer;

import io.visitwire.schemas.Topics;
import io.visitwire.schemas.config.KafkaPassThrough;
import io.visitwire.schemas.config.KafkaPassThrough.Protected;
import io.visitwire.schemas.config.Settings;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka settings the exactly-once guarantee of a visitwire Streams service (enrich, sink) rests on, so none of
 * them can be passed through {@code kafka.*} / {@code VISITWIRE_KAFKA_*}: the guarantee itself, what makes writes
 * durable and transactional, what keeps readers off aborted records and offsets inside the transactions, the names
 * the transactions and the state are kept under (set by visitwire's own settings), and the handlers that keep a
 * failing record from being dropped. Prefixed forms ({@code producer.acks}, {@code main.consumer.isolation.level})
 * are refused with the plain ones.
 */
public final class ExactlyOnceSettings {

    /**
     * @param service              the service's name in messages
     * @param applicationIdSetting the visitwire setting of the application id ({@code enrich.application.id})
     * @param threadsSetting       the visitwire setting of the stream threads ({@code enrich.stream.threads})
     */
    public static KafkaPassThrough passThrough(String service, String applicationIdSetting, String threadsSetting) {
        String useApplicationId = "use " + Settings.describe(applicationIdSetting);
        List<Protected> settings = new ArrayList<>();
        settings.addAll(plain(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
                "each record's results, state changes and input offset are committed in one transaction"));
        settings.addAll(streamsProducer(ProducerConfig.ACKS_CONFIG, "all",
                "a write counts once every in-sync replica has it"));
        settings.addAll(streamsProducer(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                "transactions need the idempotent producer"));
        settings.addAll(streamsProducer(ProducerConfig.TRANSACTIONAL_ID_CONFIG, null,
                "Kafka Streams derives the transactional ids from the application id; " + useApplicationId));
        settings.addAll(streamsConsumer(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                "reading uncommitted records would pass on the results of aborted transactions"));
        settings.addAll(streamsConsumer(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                "input offsets are committed in the transaction with the results; committed apart, a crash could skip records"));
        settings.addAll(streamsConsumer(ConsumerConfig.GROUP_ID_CONFIG, null,
                "the consumer group is the application id; " + useApplicationId));
        settings.addAll(plain(StreamsConfig.APPLICATION_ID_CONFIG, null,
                "it names the consumer group, the transactional ids and the internal topics; " + useApplicationId));
        settings.addAll(plain(StreamsConfig.STATE_DIR_CONFIG, null,
                "it holds the state stores, their checkpoints and the process id the transactional ids are made of; use "
                        + Settings.describe("state.dir")));
        settings.addAll(plain(StreamsConfig.NUM_STREAM_THREADS_CONFIG, null, "use " + Settings.describe(threadsSetting)));
        settings.addAll(plain(StreamsConfig.REPLICATION_FACTOR_CONFIG, null,
                "the internal topics (repartition, changelogs) hold records between transactions; use "
                        + Settings.describe("topics.replication.factor")));
        String deadLetters = "the service sends a record that fails to " + Topics.ARTICLES_DLQ.name() + " rather than drop it";
        for (String handler : List.of(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG,
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)) {
            settings.addAll(plain(handler, null, deadLetters));
        }
        for (String handler : List.of(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                StreamsConfig.DEFAULT_PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG)) {
            settings.addAll(plain(handler, null,
                    "a handler that goes on past a failed write drops the record; Streams' own fails the transaction, "
                            + "which is retried from the last commit"));
        }
        return new KafkaPassThrough(service, settings);
    }

    private ExactlyOnceSettings() {
    }
}
