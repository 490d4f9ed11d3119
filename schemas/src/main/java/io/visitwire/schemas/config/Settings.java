package io.visitwire.schemas.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where a service's settings come from: environment variables ({@code VISITWIRE_HTTP_PORT})
 * over an optional properties file ({@code http.port}). Services turn these into their own
 * typed config record; a bad value fails start-up with the setting's name.
 *
 * <p>Raw Kafka client settings pass through unchanged: {@code VISITWIRE_KAFKA_SECURITY_PROTOCOL}
 * or {@code kafka.security.protocol} becomes {@code security.protocol}, except those the service's
 * guarantee rests on ({@link KafkaPassThrough}).
 */
public final class Settings {

    private static final String ENV_PREFIX = "VISITWIRE_";
    private static final String KAFKA_PREFIX = "kafka.";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    public static Settings of(Map<String, String> env, Properties file) {
        Map<String, String> values = new TreeMap<>();
        file.stringPropertyNames().forEach(name -> values.put(name, file.getProperty(name)));
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX)) {
                values.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return new Settings(values);
    }

    public static Settings fromEnvironment(Path propertiesFile) {
        Properties file = new Properties();
        if (propertiesFile != null) {
            try (InputStream in = Files.newInputStream(propertiesFile)) {
                file.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read settings file " + propertiesFile, e);
            }
        }
        return of(System.getenv(), file);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(new TreeMap<>(values));
    }

    public String text(String name, String defaultValue) {
        String value = values.get(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw invalid(name, value, "a whole number from " + min + " to " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, value, "a whole number from " + min + " to " + max);
        }
    }

    public Map<String, String> kafkaClientOverrides() {
        Map<String, String> overrides = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(KAFKA_PREFIX)) {
                overrides.put(name.substring(KAFKA_PREFIX.length()), value);
            }
        });
        return overrides;
    }

    /** {@code kafka.security.protocol} → {@code VISITWIRE_KAFKA_SECURITY_PROTOCOL}. */
    public static String envVarOf(String name) {
        return ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** {@code state.dir} → {@code state.dir (env VISITWIRE_STATE_DIR)}: how messages name a setting. */
    public static String describe(String name) {
        return name + " (env " + envVarOf(name) + ")";
    }

    private static IllegalArgumentException invalid(String name, String value, String expected) {
        return new IllegalArgumentException("Setting " + name + " (" + envVarOf(name) + ") is '" + value + "'; expected " + expected);
    }
}
