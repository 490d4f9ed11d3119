package io.visitwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {

    @Test
    void defaults() {
        IngestConfig config = IngestConfig.defaults();
        assertEquals("127.0.0.1", config.httpHost());
        assertEquals(8080, config.httpPort());
        assertEquals("127.0.0.1:9092", config.bootstrapServers());
        assertEquals(1 << 20, config.maxBodyBytes());
        assertEquals(16 << 20, config.maxRequestBytes());
        assertEquals(Map.of(), config.kafka());
        assertEquals(config, IngestConfig.load(Map.of(), null));
    }

    @Test
    void readsEnvironmentVariables() {
        IngestConfig config = IngestConfig.load(Map.of(
                "VISITWIRE_HTTP_PORT", "9000",
                "VISITWIRE_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
                "VISITWIRE_MAX_BODY_BYTES", "2048",
                "VISITWIRE_HTTP_MAX_REQUEST_BYTES", "4096",
                "VISITWIRE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "VISITWIRE_KAFKA_SASL_MECHANISM", "PLAIN",
                "VISITWIRE_ENRICH_THREADS", "4",
                "PATH", "/usr/bin"), null);
        assertEquals(9000, config.httpPort());
        assertEquals("kafka-1:9092,kafka-2:9092", config.bootstrapServers());
        assertEquals(2048, config.maxBodyBytes());
        assertEquals(4096, config.maxRequestBytes());
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN"), config.kafka());
    }

    @Test
    void readsAPropertiesFileAndTheEnvironmentWins(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("ingest.properties");
        Files.writeString(file, String.join("\n",
                "# settings",
                "http.port = 8181",
                "kafka.bootstrap.servers = broker:29092",
                "kafka.linger.ms = 20",
                "kafka.ssl.truststore.location = /etc/kafka/truststore.jks",
                "some.other.service.setting = ignored"));
        IngestConfig config = IngestConfig.load(Map.of("VISITWIRE_HTTP_PORT", "8282"), file);
        assertEquals(8282, config.httpPort());
        assertEquals("broker:29092", config.bootstrapServers());
        assertEquals(Map.of("linger.ms", "20", "ssl.truststore.location", "/etc/kafka/truststore.jks"), config.kafka());
    }

    @Test
    void failsFastNamingEveryBadSetting() {
        IngestConfig.InvalidSettingsException e = assertThrows(IngestConfig.InvalidSettingsException.class,
                () -> IngestConfig.load(Map.of(
                        "VISITWIRE_HTTP_PORT", "eighty",
                        "VISITWIRE_MAX_BODY_BYTES", "-1",
                        "VISITWIRE_KAFKA_BOOTSTRAP_SERVERS", "kafka"), null));
        assertTrue(e.getMessage().contains("http.port (env VISITWIRE_HTTP_PORT) = 'eighty'"), e.getMessage());
        assertTrue(e.getMessage().contains("max.body.bytes (env VISITWIRE_MAX_BODY_BYTES) = '-1'"), e.getMessage());
        assertTrue(e.getMessage().contains("kafka.bootstrap.servers (env VISITWIRE_KAFKA_BOOTSTRAP_SERVERS)"), e.getMessage());
    }

    @Test
    void theApiIsOpenedToTheNetworkOnlyOnPurpose() {
        assertEquals("0.0.0.0", IngestConfig.load(Map.of("VISITWIRE_HTTP_HOST", "0.0.0.0"), null).httpHost());
        for (String host : List.of("::", "[::1]", "::1", "192.168.1.20", "localhost", "ingest.internal", "fe80::1%1")) {
            assertEquals(host, IngestConfig.fromSettings(Map.of("http.host", " " + host + " "), "test").httpHost());
        }
        for (String bad : List.of("", "0.0.0.0:8080", "256.1.1.1", "http://localhost", "two words", "::g", "-host", "a..b")) {
            IngestConfig.InvalidSettingsException e = assertThrows(IngestConfig.InvalidSettingsException.class,
                    () -> IngestConfig.load(Map.of("VISITWIRE_HTTP_HOST", bad), null), bad);
            assertTrue(e.getMessage().contains("http.host (env VISITWIRE_HTTP_HOST) = '" + bad.strip() + "'"), e.getMessage());
        }
    }

    @Test
    void portOutOfRangeIsRefused() {
        assertThrows(IngestConfig.InvalidSettingsException.class,
                () -> IngestConfig.load(Map.of("VISITWIRE_HTTP_PORT", "70000"), null));
    }

    @Test
    void requestLimitBelowBodyLimitIsRefused() {
        IngestConfig.InvalidSettingsException e = assertThrows(IngestConfig.InvalidSettingsException.class,
                () -> IngestConfig.fromSettings(Map.of("max.body.bytes", "1000", "http.max.request.bytes", "999"), "test"));
        assertTrue(e.getMessage().contains("http.max.request.bytes"), e.getMessage());
    }

    @Test
    void settingsTheDeliveryGuaranteeRestsOnCannotBePassedThrough() {
        for (String key : IngestConfig.FIXED_KAFKA_SETTINGS) {
            IngestConfig.InvalidSettingsException e = assertThrows(IngestConfig.InvalidSettingsException.class,
                    () -> IngestConfig.fromSettings(Map.of("kafka." + key, "x"), "test"), key);
            assertTrue(e.getMessage().contains("kafka." + key), e.getMessage());
        }
    }

    @Test
    void theValueTheServiceFixesMayBeRepeated() {
        IngestConfig config = IngestConfig.fromSettings(Map.of("kafka.acks", "all", "kafka.enable.idempotence", "true"), "test");
        assertEquals(Map.of("acks", "all", "enable.idempotence", "true"), config.kafka());
        IngestConfig.InvalidSettingsException e = assertThrows(IngestConfig.InvalidSettingsException.class,
                () -> IngestConfig.fromSettings(Map.of("kafka.acks", "1"), "test"));
        assertTrue(e.getMessage().contains("kafka.acks (env VISITWIRE_KAFKA_ACKS) = '1' cannot be set"), e.getMessage());
    }

    @Test
    void missingPropertiesFileFailsNamingIt(@TempDir Path directory) {
        Path missing = directory.resolve("nope.properties");
        IngestConfig.InvalidSettingsException e = assertThrows(IngestConfig.InvalidSettingsException.class,
                () -> IngestConfig.load(Map.of(), missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void withBootstrapServersAndPortKeepTheRest() {
        IngestConfig config = IngestConfig.fromSettings(Map.of("kafka.linger.ms", "1", "max.body.bytes", "100"), "test")
                .withBootstrapServers("127.0.0.1:39092")
                .withHttpPort(0);
        assertEquals("127.0.0.1:39092", config.bootstrapServers());
        assertEquals(0, config.httpPort());
        assertEquals(100, config.maxBodyBytes());
        assertEquals(Map.of("linger.ms", "1"), config.kafka());
        assertThrows(IllegalArgumentException.class, () -> config.withBootstrapServers(" "));
    }

    @Test
    void toStringHidesKafkaValuesWhichMayBeSecrets() {
        IngestConfig config = IngestConfig.fromSettings(
                Map.of("kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"s3cret\";"),
                "test");
        assertFalse(config.toString().contains("s3cret"), config.toString());
        assertTrue(config.toString().contains("sasl.jaas.config"), config.toString());
    }

    @Test
    void everySettingIsDescribed() {
        String description = IngestConfig.describeSettings();
        for (IngestConfig.Setting setting : IngestConfig.SETTINGS) {
            assertTrue(description.contains(setting.key()), setting.key());
            assertTrue(description.contains(setting.envVar()), setting.envVar());
            assertFalse(setting.description().isBlank(), setting.key());
        }
        assertTrue(description.contains("VISITWIRE_KAFKA_<SETTING>"));
    }
}
