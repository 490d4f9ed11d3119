package io.visitwire.cli.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.cli.Progress;
import io.visitwire.cli.VisitwireHome;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.schemas.config.Settings;
import io.visitwire.sink.SinkConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up}, {@code demo} and the e2e bench take VISITWIRE_KAFKA_* as the services run on their own do. */
class LocalPipelineSettingsTest {

    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(said, true, StandardCharsets.UTF_8));

    @Test
    void aWeakenedGuaranteeIsRefusedBeforeAnythingStarts(@TempDir Path home) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LocalPipeline.withEmbeddedBroker(new VisitwireHome(home), 0, "127.0.0.1", 0, "token",
                        Map.of("VISITWIRE_KAFKA_PROCESSING_GUARANTEE", "at_least_once", "VISITWIRE_KAFKA_ACKS", "1"),
                        () -> {
                            throw new AssertionError("CoreNLP loaded although the settings were refused");
                        }, progress));
        String message = refused.getMessage();
        assertTrue(message.contains("Invalid enrich settings") && message.contains("Invalid sink settings")
                && message.contains("Invalid ingest settings"), message);
        assertTrue(message.contains("kafka.processing.guarantee (env VISITWIRE_KAFKA_PROCESSING_GUARANTEE) = 'at_least_once'"),
                message);
        assertTrue(message.contains("kafka.acks (env VISITWIRE_KAFKA_ACKS) = '1'"), message);
        assertFalse(Files.exists(new VisitwireHome(home).kafkaData()), "a broker was started");
    }

    @Test
    void aBogusGuaranteeIsRefusedToo() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LocalPipeline.kafkaSettings(Map.of("VISITWIRE_KAFKA_PROCESSING_GUARANTEE", "bogus"), progress));
        assertTrue(refused.getMessage().contains("VISITWIRE_KAFKA_PROCESSING_GUARANTEE) = 'bogus'"), refused.getMessage());
    }

    @Test
    void kafkaSettingsReachEveryServiceButTheBrokerAddressIsTheEmbeddedBrokers(@TempDir Path stateDir) {
        Map<String, String> kafka = LocalPipeline.kafkaSettings(Map.of(
                "VISITWIRE_KAFKA_LINGER_MS", "20",
                "VISITWIRE_KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092",
                "VISITWIRE_HTTP_PORT", "9999",
                "PATH", "/usr/bin"), progress);
        assertEquals(Map.of("kafka.linger.ms", "20"), kafka);
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("Ignoring VISITWIRE_KAFKA_BOOTSTRAP_SERVERS"), said.toString());

        Map<String, String> values = LocalPipeline.clientSettings(kafka, Map.of("bootstrap.servers", "127.0.0.1:39092"));
        assertEquals("127.0.0.1:39092", IngestConfig.fromSettings(values, "test").bootstrapServers());
        assertEquals("20", IngestConfig.fromSettings(values, "test").kafka().get("linger.ms"));
        Map<String, String> streams = new HashMap<>(values);
        streams.put("state.dir", stateDir.toString());
        EnrichConfig enrich = EnrichConfig.from(Settings.of(streams));
        assertEquals("127.0.0.1:39092", enrich.bootstrapServers());
        assertEquals("20", enrich.streamsProperties().get("linger.ms"));
        assertEquals("20", SinkConfig.from(Settings.of(streams)).streamsProperties().get("linger.ms"));
    }
}
