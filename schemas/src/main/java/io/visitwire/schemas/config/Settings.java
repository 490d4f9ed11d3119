package io.visitwire.schemas.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final String HOST_EXPECTED = "a host name or an IP address, e.g. 127.0.0.1 (this machine only), "
            + "0.0.0.0 (every IPv4 interface) or :: (every interface)";

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

    /** A host to listen on: a name or an IPv4 or IPv6 address ({@link #hostValue}). */
    public String host(String name, String defaultValue) {
        String value = text(name, defaultValue);
        try {
            return hostValue(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, value, HOST_EXPECTED);
        }
    }

    /**
     * {@code text} stripped, if it is a host name or an IPv4 or IPv6 address (bracketed or not); checked without
     * a DNS lookup, so a name that does not resolve fails later, when the server binds.
     *
     * @throws IllegalArgumentException naming what is expected
     */
    public static String hostValue(String text) {
        String host = text.strip();
        boolean valid;
        if (host.contains(":")) {
            String address = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            valid = address.matches("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?") && isIpv6Literal(address);
        } else if (host.matches("[0-9.]+")) {
            valid = IPV4.matcher(host).matches();
        } else {
            valid = HOST_NAME.matcher(host).matches();
        }
        if (!valid) {
            throw new IllegalArgumentException("must be " + HOST_EXPECTED);
        }
        return host;
    }

    private static boolean isIpv6Literal(String address) {
        try {
            // brackets make the JDK parse a literal and never ask DNS
            InetAddress.getByName("[" + address + "]");
            return true;
        } catch (UnknownHostException e) {
            return false;
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
