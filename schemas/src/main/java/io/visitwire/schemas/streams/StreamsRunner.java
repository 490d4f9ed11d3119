package io.visitwire.schemas.streams;

import io.visitwire.schemas.Topic;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.deadletter.DeadLetterHandlers;
import io.visitwire.schemas.deadletter.DeadLetterListener;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every visitwire Streams service does around its topology: create its topics, route
 * records that fail to the dead-letter topic, replace a dying thread, start and stop.
 */
public final class StreamsRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);
    private static final int PARTITIONS_DEFAULT = 2;

    private final String stage;
    private final Properties props;
    private final List<Topic<?, ?>> topics;
    private final int partitions;
    private final short replicationFactor;
    private final KafkaStreams streams;

    /**
     * @param stage the name of the step in dead letters and logs ({@code enrich}, {@code sink})
     * @param topics the topics the topology reads and writes, created if missing
     * @param deadLetters told of every record this service sends to the dead-letter topic
     */
    public StreamsRunner(String stage, Topology topology, Properties streamsProps, List<Topic<?, ?>> topics,
                         int partitions, short replicationFactor, DeadLetterListener deadLetters) {
        this.stage = stage;
        this.props = new Properties();
        props.putAll(streamsProps);
        DeadLetterHandlers.configure(props, Topics.ARTICLES_DLQ.name(), stage, deadLetters);
        this.topics = topics;
        this.partitions = partitions > 0 ? partitions : PARTITIONS_DEFAULT;
        this.replicationFactor = replicationFactor;
        log.info("{} topology:\n{}", stage, topology.describe());
        this.streams = new KafkaStreams(topology, props);
        // the failed record was not committed, so a fresh thread retries it; bugs show up in the log
        streams.setUncaughtExceptionHandler(error -> {
            log.error("{} stream thread failed; replacing it", stage, error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public void start() {
        Map<String, Object> settings = new HashMap<>();
        props.stringPropertyNames().forEach(name -> settings.put(name, props.get(name)));
        TopicProvisioner.ensureTopics(settings, topics, partitions, replicationFactor);
        streams.start();
        log.info("{} service started against {}", stage, props.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    /** Ready for work: every stream thread has its partitions and processes records. */
    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Not given up: Streams reaches ERROR only when no thread is left and none will be replaced. */
    public boolean isAlive() {
        KafkaStreams.State state = streams.state();
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Closes and leaves the consumer group: Streams otherwise stays a member until its session
     * times out (45 s), and a restarted instance waits that long for its partitions.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
