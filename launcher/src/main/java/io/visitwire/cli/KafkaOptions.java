package io.visitwire.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Option;

/**
 * How a command reaches Kafka: bootstrap servers plus any client setting (security included), and how long to wait
 * for an answer ({@code --timeout}, which sets the clients' {@code default.api.timeout.ms} and
 * {@code request.timeout.ms} unless {@code --kafka} or a {@code VISITWIRE_KAFKA_*} variable sets them).
 */
public final class KafkaOptions {

    private static final String ENV_PREFIX = "VISITWIRE_KAFKA_";

    @Option(names = "--bootstrap-server", defaultValue = "${env:VISITWIRE_KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
    String bootstrapServers;

    @Option(names = "--kafka", paramLabel = "NAME=VALUE",
            description = "Any Kafka client setting, e.g. --kafka security.protocol=SASL_SSL (repeatable)")
    Map<String, String> clientSettings = new HashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up when Kafka does not answer within this many seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 10;

    public Duration timeout() {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    /**
     * A client setting a command sets itself because what it promises rests on it (a replay written with
     * {@code acks=all}, a tail that shows only committed records).
     *
     * @param reason why, ending the refusal when someone gives it another value
     */
    public record Fixed(String key, Object value, String reason) {
        boolean accepts(String given) {
            return String.valueOf(value).equalsIgnoreCase(given.strip());
        }
    }

    public Map<String, Object> clientProperties() {
        return clientProperties(List.of());
    }

    /**
     * The client settings of {@code --timeout}, {@code VISITWIRE_KAFKA_*}, {@code --kafka} (in that order, the later
     * winning) and {@code --bootstrap-server}, then the command's own {@code fixed} ones.
     *
     * @throws IllegalArgumentException naming each fixed setting given another value, and where it was given, rather
     *                                  than overriding it silently
     */
    public Map<String, Object> clientProperties(List<Fixed> fixed) {
        Map<String, Object> props = new HashMap<>();
        // --timeout first, so an explicit client setting wins
        String millis = Long.toString(timeout().toMillis());
        props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, millis);
        Map<String, String> origins = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals(ENV_PREFIX + "BOOTSTRAP_SERVERS")) {
                String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                props.put(key, value);
                origins.put(key, name);
            }
        });
        clientSettings.forEach((key, value) -> {
            props.put(key, value);
            origins.put(key, "--kafka");
        });
        List<String> refused = new ArrayList<>();
        for (Fixed setting : fixed) {
            Object given = props.get(setting.key());
            if (given != null && origins.containsKey(setting.key()) && !setting.accepts(given.toString())) {
                refused.add(setting.key() + "=" + given + " (from " + origins.get(setting.key()) + ") cannot be set: "
                        + "this command runs with " + setting.key() + "=" + setting.value() + "; " + setting.reason());
            }
            props.put(setting.key(), setting.value());
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", refused));
        }
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }

    /**
     * The one line a command prints when Kafka fails it: a timeout names the servers and the wait, anything else
     * gives Kafka's own message. Thrown, it is printed by {@link Visitwire}'s handler without a stack trace.
     */
    public Unreachable failure(Throwable e) {
        Throwable kafka = kafkaCause(e);
        Throwable cause = kafka == null ? e : kafka;
        if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return new Unreachable("no answer from Kafka at " + bootstrapServers + " within " + timeoutSeconds
                    + " s (--timeout): is the broker running and --bootstrap-server right?", e);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause.getCause() != null && cause.getCause().getMessage() != null) {
            message += ": " + cause.getCause().getMessage();
        }
        return new Unreachable("Kafka at " + bootstrapServers + ": " + message, e);
    }

    /** Whether {@code e} is Kafka failing a command (to be told in one line), not a bug. */
    public static boolean isKafkaFailure(Throwable e) {
        return kafkaCause(e) != null;
    }

    /** The first Kafka exception of {@code e}'s causes, {@code e} included; null when there is none. */
    private static Throwable kafkaCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof KafkaException) {
                return cause;
            }
        }
        return null;
    }

    /** Kafka did not answer, or refused: its message is the whole answer to the user. */
    public static final class Unreachable extends RuntimeException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
