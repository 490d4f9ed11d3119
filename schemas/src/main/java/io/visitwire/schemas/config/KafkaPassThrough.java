package io.visitwire.schemas.config;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The raw Kafka client settings a service takes from {@code kafka.<setting>} ({@code VISITWIRE_KAFKA_<SETTING>}), less
 * the ones its guarantee rests on: a protected setting given any value but the one the service fixes is refused at
 * start, naming the setting, its environment variable, why, and what to set instead where there is something. Every
 * service checks its pass-through settings here; each names its own protected list.
 */
public final class KafkaPassThrough {

    public static final String KAFKA_PREFIX = "kafka.";

    /** Prefixes under which Kafka Streams hands a setting to its producers. */
    private static final List<String> STREAMS_PRODUCER_PREFIXES = List.of("", "producer.");
    /** Prefixes under which Kafka Streams hands a setting to its consumers (main, restore, global, or all of them). */
    private static final List<String> STREAMS_CONSUMER_PREFIXES =
            List.of("", "consumer.", "main.consumer.", "restore.consumer.", "global.consumer.");

    /**
     * A Kafka client setting the service does not take from {@code kafka.*}.
     *
     * @param key    the client setting, as Kafka names it ({@code acks}, {@code main.consumer.isolation.level})
     * @param value  the one value the service sets and so also accepts (case aside), or null when it accepts none
     * @param reason why, and what to set instead; ends the refusal message
     */
    public record Protected(String key, String value, String reason) {
        public Protected {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }

        boolean accepts(String given) {
            return value != null && given != null && value.equalsIgnoreCase(given.strip());
        }
    }

    private final String service;
    private final Map<String, Protected> protectedSettings = new TreeMap<>();

    /** @param service the service's name in messages ({@code ingest}, {@code enrich}, {@code sink}) */
    public KafkaPassThrough(String service, Collection<Protected> settings) {
        this.service = Objects.requireNonNull(service, "service");
        settings.forEach(setting -> protectedSettings.put(setting.key(), setting));
    }

    /** A setting of a plain client: protected under its own name only. */
    public static List<Protected> plain(String key, String value, String reason) {
        return List.of(new Protected(key, value, reason));
    }

    /** A producer setting of a Kafka Streams app: protected under its own name and {@code producer.}. */
    public static List<Protected> streamsProducer(String key, String value, String reason) {
        return prefixed(STREAMS_PRODUCER_PREFIXES, key, value, reason);
    }

    /**
     * A consumer setting of a Kafka Streams app: protected under its own name and every consumer prefix, since
     * Streams applies {@code main.consumer.}, {@code restore.consumer.} and {@code global.consumer.} over its own
     * choices.
     */
    public static List<Protected> streamsConsumer(String key, String value, String reason) {
        return prefixed(STREAMS_CONSUMER_PREFIXES, key, value, reason);
    }

    private static List<Protected> prefixed(List<String> prefixes, String key, String value, String reason) {
        return prefixes.stream().map(prefix -> new Protected(prefix + key, value, reason)).toList();
    }

    /** The protected client settings, as Kafka names them. */
    public Set<String> protectedKeys() {
        return Collections.unmodifiableSet(protectedSettings.keySet());
    }

    /**
     * The settings passed on to the clients.
     *
     * @param kafkaSettings client settings without the {@code kafka.} prefix ({@code security.protocol} …)
     * @param errors        gets one message for each protected setting given a value the service does not accept
     */
    public Map<String, String> accept(Map<String, String> kafkaSettings, List<String> errors) {
        Map<String, String> accepted = new TreeMap<>();
        kafkaSettings.forEach((key, value) -> {
            Protected setting = protectedSettings.get(key);
            if (setting == null || setting.accepts(value)) {
                accepted.put(key, value);
            } else {
                errors.add(Settings.describe(KAFKA_PREFIX + key) + " = '" + value + "' cannot be set: "
                        + (setting.value() == null ? "" : "the " + service + " service runs with "
                        + setting.key() + "=" + setting.value() + "; ") + setting.reason());
            }
        });
        return accepted;
    }
}
