package io.visitwire.sink;

import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.config.KafkaPassThrough;
import io.visitwire.schemas.config.Settings;
import io.visitwire.schemas.streams.ExactlyOnceSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the sink service, in one place. From environment variables
 * ({@code VISITWIRE_KAFKA_BOOTSTRAP_SERVERS}) or a properties file ({@code kafka.bootstrap.servers}).
 *
 * @param bootstrapServers  Kafka brokers (kafka.bootstrap.servers; default 127.0.0.1:9092)
 * @param applicationId     Streams application id, also the consumer group (sink.application.id;
 *                          default visitwire-sink)
 * @param streamThreads     stream threads (sink.stream.threads; default 1)
 * @param stateDir          local Streams state (state.dir; default ./.visitwire/streams)
 * @param partitions        partitions of topics this service creates (topics.partitions; default 2)
 * @param replicationFactor replication of topics this service creates (topics.replication.factor; default 1)
 * @param kafkaOverrides    raw Kafka client settings passed through (kafka.*, VISITWIRE_KAFKA_*),
 *                          e.g. security.protocol, sasl.mechanism, ssl.truststore.location; not the ones the
 *                          exactly-once guarantee rests on ({@link #KAFKA_PASS_THROUGH}), which are refused. The
 *                          transactions keep Kafka Streams' sizes (a sink record costs well under a millisecond,
 *                          so a poll's records never near the 10 s transaction timeout)
 * @param httpHost          interface /metrics, /health and /ready listen on when the service runs on its own
 *                          (sink.http.host; default 127.0.0.1, this machine only; 0.0.0.0 in a container)
 * @param httpPort          port of the query API (/visits, /commitments, /openapi.json) and of /metrics, /health
 *                          and /ready when the service runs on its own (sink.http.port; default 8083; 0 picks a
 *                          free one)
 * @param applicationServer {@code host:port} at which the other instances of this application id reach this one's
 *                          query API, Kafka Streams' {@code application.server} (sink.application.server; default
 *                          none: a single instance, which answers every query from its own stores). Set it on every
 *                          instance when several share one application id: a visit is then fetched from the
 *                          instance that owns its key and a list is gathered from all of them
 */
public record SinkConfig(String bootstrapServers, String applicationId, int streamThreads, Path stateDir,
                           int partitions, short replicationFactor, Map<String, String> kafkaOverrides,
                           String httpHost, int httpPort, Optional<String> applicationServer) {

    public static final String DEFAULT_APPLICATION_ID = "visitwire-sink";
    public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
    public static final int DEFAULT_HTTP_PORT = 8083;
    static final String APPLICATION_SERVER = "sink.application.server";

    /** The kafka.* settings the sink takes, less those its exactly-once guarantee rests on. */
    public static final KafkaPassThrough KAFKA_PASS_THROUGH =
            ExactlyOnceSettings.passThrough("sink", "sink.application.id", "sink.stream.threads");

    /** @throws IllegalArgumentException naming the setting that is invalid, or every protected Kafka setting given */
    public static SinkConfig from(Settings settings) {
        List<String> errors = new ArrayList<>();
        Map<String, String> kafka = KAFKA_PASS_THROUGH.accept(settings.kafkaClientOverrides(), errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid sink settings: " + String.join("; ", errors));
        }
        return new SinkConfig(
                settings.text("kafka.bootstrap.servers", "127.0.0.1:9092"),
                settings.text("sink.application.id", DEFAULT_APPLICATION_ID),
                settings.integer("sink.stream.threads", 1, 1, 64),
                Path.of(settings.text("state.dir", ".visitwire/streams")),
                settings.integer("topics.partitions", 2, 1, TopicProvisioner.MAX_PARTITIONS),
                (short) settings.integer("topics.replication.factor", 1, 1, 10),
                kafka,
                settings.host("sink.http.host", DEFAULT_HTTP_HOST),
                settings.integer("sink.http.port", DEFAULT_HTTP_PORT, 0, 65_535),
                applicationServer(settings.text(APPLICATION_SERVER, null)));
    }

    /** {@code host:port}, checked as a host is checked for listening; the port from 1 to 65535. */
    static Optional<String> applicationServer(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.lastIndexOf(':');
        try {
            String host = Settings.hostValue(value.substring(0, Math.max(colon, 0)));
            int port = Integer.parseInt(value.substring(colon + 1));
            if (colon <= 0 || host.isEmpty() || port < 1 || port > 65_535) {
                throw new IllegalArgumentException("out of range");
            }
            return Optional.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid sink settings: " + Settings.describe(APPLICATION_SERVER) + " = '"
                    + value + "': expected host:port, the address other sink instances reach this one's HTTP port at");
        }
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
        applicationServer.ifPresent(server -> props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }
}
