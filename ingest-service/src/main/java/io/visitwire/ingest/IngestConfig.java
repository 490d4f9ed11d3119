package io.visitwire.ingest;

import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.config.KafkaPassThrough;
import io.visitwire.schemas.config.Settings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every setting of the ingest service, typed and validated. Each setting has a properties-file key, an
 * environment variable ({@code VISITWIRE_} + key in upper case with {@code _} for {@code .}), a default and a
 * description, all in {@link #SETTINGS}; {@link #describeSettings()} prints them.
 *
 * <p>Raw Kafka client settings pass through under a prefix: properties-file key {@code kafka.<setting>} or
 * environment variable {@code VISITWIRE_KAFKA_<SETTING>} ({@code VISITWIRE_KAFKA_SECURITY_PROTOCOL=SSL} becomes
 * {@code security.protocol=SSL}). {@code kafka.bootstrap.servers} is one of them, with a default. The settings
 * the delivery guarantee rests on ({@link #FIXED_KAFKA_SETTINGS}) cannot be passed through.
 *
 * <p>Precedence: environment variable, then properties file, then default. Unknown keys in the properties file
 * are logged and ignored (a file may be shared with other services); invalid values fail {@link #load} with a
 * message naming every bad setting.
 *
 * @param httpHost         interface the HTTP API listens on: loopback unless opened on purpose
 * @param httpPort         port of the HTTP API; 0 picks a free one
 * @param bootstrapServers Kafka {@code bootstrap.servers}
 * @param maxBodyBytes     largest article {@code body} accepted, in bytes of UTF-8
 * @param maxRequestBytes  largest HTTP request body accepted (a whole batch), in bytes
 * @param authToken        bearer token POST requests must carry; empty means no authentication
 * @param topicPartitions  partitions of {@code articles.raw.v1} if this service has to create it
 * @param topicReplication replication factor of {@code articles.raw.v1} if this service has to create it
 * @param kafka            other raw Kafka client settings, without the prefix
 */
public record IngestConfig(String httpHost, int httpPort, String bootstrapServers, int maxBodyBytes, long maxRequestBytes,
                           Optional<String> authToken, int topicPartitions, short topicReplication,
                           Map<String, String> kafka) {

    private static final Logger log = LoggerFactory.getLogger(IngestConfig.class);

    public static final String ENV_PREFIX = "VISITWIRE_";
    public static final String KAFKA_PREFIX = "kafka.";

    /** One documented setting. */
    public record Setting(String key, String defaultValue, String description) {
        public String envVar() {
            return envVarOf(key);
        }
    }

    /** This machine only: opening the API to the network is a decision to make, not a default. */
    public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
    public static final Setting HTTP_HOST = new Setting("http.host", DEFAULT_HTTP_HOST,
            "Interface the HTTP API (and /metrics, /health, /ready) listens on: 127.0.0.1 for this machine only, "
                    + "0.0.0.0 for every IPv4 interface, :: for every interface, or one address or host name. "
                    + "Open it beyond loopback only with http.auth.token set or on a trusted network.");
    public static final Setting HTTP_PORT = new Setting("http.port", "8080",
            "TCP port of the HTTP API (0 to 65535; 0 picks a free port).");
    public static final Setting BOOTSTRAP_SERVERS = new Setting("kafka.bootstrap.servers", "127.0.0.1:9092",
            "Kafka brokers to connect to: comma-separated host:port pairs.");
    public static final Setting MAX_BODY_BYTES = new Setting("max.body.bytes", String.valueOf(1 << 20),
            "Largest article 'body' accepted, in bytes of UTF-8; a larger one is refused with 413. "
                    + "Topics must accept records of about this size (the producer compresses with lz4).");
    public static final Setting MAX_REQUEST_BYTES = new Setting("http.max.request.bytes", String.valueOf(16 << 20),
            "Largest HTTP request body accepted, in bytes (for a batch: all its lines); a larger one gets 413. "
                    + "At least max.body.bytes.");

    public static final Setting AUTH_TOKEN = new Setting("http.auth.token", "",
            "Bearer token that POST requests must send (Authorization: Bearer <token>); a request without it gets 401. "
                    + "Empty: no authentication (only on a trusted network). `visitwire up` generates one.");

    public static final Setting TOPIC_PARTITIONS = new Setting("topics.partitions", "2",
            "Partitions of articles.raw.v1 when the service creates it at start (an existing topic is left alone).");
    public static final Setting TOPIC_REPLICATION = new Setting("topics.replication.factor", "1",
            "Replication factor of articles.raw.v1 when the service creates it; 3 on a real cluster.");

    public static final List<Setting> SETTINGS = List.of(HTTP_HOST, HTTP_PORT, BOOTSTRAP_SERVERS, MAX_BODY_BYTES,
            MAX_REQUEST_BYTES, AUTH_TOKEN, TOPIC_PARTITIONS, TOPIC_REPLICATION);
    private static final Set<String> KNOWN_KEYS = SETTINGS.stream().map(Setting::key).collect(Collectors.toUnmodifiableSet());

    /** Kafka settings fixed by the service: serializers come from the topic contract, acks/idempotence from DESIGN. */
    public static final KafkaPassThrough KAFKA_PASS_THROUGH = new KafkaPassThrough("ingest", List.of(
            new KafkaPassThrough.Protected("key.serializer", null, "article ids are written as the topic contract says"),
            new KafkaPassThrough.Protected("value.serializer", null, "articles are written as the topic contract says"),
            new KafkaPassThrough.Protected("acks", "all",
                    "an article is acknowledged (202) only once every in-sync replica has it"),
            new KafkaPassThrough.Protected("enable.idempotence", "true",
                    "a retried send must not write an article twice")));
    public static final Set<String> FIXED_KAFKA_SETTINGS = KAFKA_PASS_THROUGH.protectedKeys();

    public IngestConfig {
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(authToken, "authToken");
        kafka = Collections.unmodifiableMap(new TreeMap<>(kafka));
    }

    public static IngestConfig defaults() {
        return fromSettings(Map.of(), "defaults");
    }

    /**
     * Reads the environment and, when {@code propertiesFile} is not null, a properties file.
     *
     * @throws InvalidSettingsException naming every invalid setting, or when the file cannot be read
     */
    public static IngestConfig load(Map<String, String> environment, Path propertiesFile) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (propertiesFile != null) {
            settings.putAll(readProperties(propertiesFile));
        }
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX)) {
                String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                // Other services read VISITWIRE_* variables too, so only ours and the Kafka ones are taken.
                if (KNOWN_KEYS.contains(key) || key.startsWith(KAFKA_PREFIX)) {
                    settings.put(key, value);
                }
            }
        });
        return fromSettings(settings, propertiesFile == null ? "environment" : "environment and " + propertiesFile);
    }

    /**
     * Builds the config from properties-file style keys ({@code http.port}, {@code kafka.security.protocol} …);
     * absent keys take their defaults.
     */
    public static IngestConfig fromSettings(Map<String, String> settings, String origin) {
        List<String> errors = new ArrayList<>();
        String host = read(settings, HTTP_HOST, errors, Settings::hostValue);
        int port = read(settings, HTTP_PORT, errors, text -> intIn(text, 0, 65_535));
        String bootstrap = read(settings, BOOTSTRAP_SERVERS, errors, IngestConfig::bootstrapServersValue);
        int maxBody = read(settings, MAX_BODY_BYTES, errors, text -> intIn(text, 1, Integer.MAX_VALUE - (1 << 20)));
        long maxRequest = read(settings, MAX_REQUEST_BYTES, errors, text -> (long) intIn(text, 1, Integer.MAX_VALUE));
        String token = settings.getOrDefault(AUTH_TOKEN.key(), "").trim();
        int partitions = read(settings, TOPIC_PARTITIONS, errors, text -> intIn(text, 1, TopicProvisioner.MAX_PARTITIONS));
        short replication = read(settings, TOPIC_REPLICATION, errors, text -> (short) intIn(text, 1, 100));
        if (errors.isEmpty() && maxRequest < maxBody) {
            errors.add(describe(MAX_REQUEST_BYTES) + " = " + maxRequest + ": must be at least "
                    + MAX_BODY_BYTES.key() + " (" + maxBody + "), or valid articles could never be posted");
        }

        Map<String, String> given = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (KNOWN_KEYS.contains(key)) {
                return;
            }
            if (key.startsWith(KAFKA_PREFIX) && key.length() > KAFKA_PREFIX.length()) {
                given.put(key.substring(KAFKA_PREFIX.length()), value);
            } else {
                log.warn("Ignoring unknown setting '{}' from {}", key, origin);
            }
        });
        Map<String, String> kafka = KAFKA_PASS_THROUGH.accept(given, errors);
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException("Invalid ingest settings (from " + origin + "): " + String.join("; ", errors));
        }
        return new IngestConfig(host, port, bootstrap, maxBody, maxRequest,
                token.isEmpty() ? Optional.empty() : Optional.of(token), partitions, replication, kafka);
    }

    /** The same settings with other Kafka brokers, e.g. an embedded one started by the launcher. */
    public IngestConfig withBootstrapServers(String servers) {
        return new IngestConfig(httpHost, httpPort, bootstrapServersValue(servers), maxBodyBytes, maxRequestBytes, authToken,
                topicPartitions, topicReplication, kafka);
    }

    public IngestConfig withHttpPort(int port) {
        return new IngestConfig(httpHost, intIn(String.valueOf(port), 0, 65_535), bootstrapServers, maxBodyBytes, maxRequestBytes,
                authToken, topicPartitions, topicReplication, kafka);
    }

    /** A table of every setting: key, environment variable, default and description. */
    public static String describeSettings() {
        StringBuilder text = new StringBuilder();
        for (Setting setting : SETTINGS) {
            text.append(String.format(Locale.ROOT, "%-26s %-36s default %s%n    %s%n",
                    setting.key(), setting.envVar(), setting.defaultValue(), setting.description()));
        }
        text.append(String.format(Locale.ROOT, "%-26s %-36s%n    %s%n", KAFKA_PREFIX + "<setting>",
                ENV_PREFIX + "KAFKA_<SETTING>", "Any Kafka producer setting, passed through (e.g. "
                        + "VISITWIRE_KAFKA_SECURITY_PROTOCOL=SSL); not " + String.join(", ", new TreeSet<>(FIXED_KAFKA_SETTINGS))
                        + ", which the service fixes."));
        return text.toString();
    }

    /** Kafka setting values may hold secrets (passwords, JAAS configs), so only their keys are shown. */
    @Override
    public String toString() {
        return "IngestConfig[httpHost=" + httpHost + ", httpPort=" + httpPort + ", bootstrapServers=" + bootstrapServers
                + ", maxBodyBytes=" + maxBodyBytes + ", maxRequestBytes=" + maxRequestBytes
                + ", authToken=" + (authToken.isPresent() ? "(set)" : "(none)") + ", kafka settings=" + kafka.keySet() + "]";
    }

    private static <T> T read(Map<String, String> settings, Setting setting, List<String> errors, Function<String, T> parse) {
        String text = settings.getOrDefault(setting.key(), setting.defaultValue()).strip();
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(describe(setting) + " = '" + text + "': " + e.getMessage());
            return parse.apply(setting.defaultValue());
        }
    }

    /** {@code kafka.security.protocol} → {@code VISITWIRE_KAFKA_SECURITY_PROTOCOL}. */
    public static String envVarOf(String key) {
        return Settings.envVarOf(key);
    }

    private static String describe(Setting setting) {
        return setting.key() + " (env " + setting.envVar() + ")";
    }

    private static int intIn(String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("must be from " + min + " to " + max);
        }
        return value;
    }

    private static String bootstrapServersValue(String text) {
        String servers = text.strip();
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("must name at least one host:port");
        }
        for (String server : servers.split(",")) {
            String entry = server.strip();
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("'" + entry + "' is not host:port");
            }
            try {
                intIn(entry.substring(colon + 1), 1, 65_535);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("port of '" + entry + "' " + e.getMessage());
            }
        }
        return servers;
    }

    private static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot read the settings file " + file + ": " + e, e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key.strip(), properties.getProperty(key)));
        return settings;
    }

    /** The settings are unusable; the message names each bad setting and its environment variable. */
    public static final class InvalidSettingsException extends IllegalArgumentException {
        public InvalidSettingsException(String message) {
            super(message);
        }

        public InvalidSettingsException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
