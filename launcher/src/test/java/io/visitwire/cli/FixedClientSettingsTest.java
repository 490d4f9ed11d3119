package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tool's own guarantees cannot be switched off by a client setting: given another value, the run is refused in
 * one line naming the setting and where it came from (exit 2), before any client connects, as the services do.
 */
class FixedClientSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dlq replay | acks=1 | acks=1 (from --kafka) cannot be set: this command runs with acks=all",
            "dlq replay | enable.idempotence=false | enable.idempotence=false (from --kafka) cannot be set",
            "dlq replay | group.id=mine | group.id=mine (from --kafka) cannot be set",
            "dlq list | isolation.level=read_uncommitted | isolation.level=read_uncommitted (from --kafka) cannot be set",
            "tail visits.v1 | isolation.level=read_uncommitted | isolation.level=read_uncommitted (from --kafka) cannot be set",
            "tail visits.v1 | enable.auto.commit=true | enable.auto.commit=true (from --kafka) cannot be set"})
    void aSettingTheToolFixesIsRefusedInOneLine(String command, String setting, String expected) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--bootstrap-server", "127.0.0.1:" + port, "--timeout", "2", "--kafka", setting));
        StringWriter err = new StringWriter();
        int exit = Visitwire.commandLine().setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));

        assertEquals(Visitwire.REFUSED_SETTINGS, exit, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        String name = command.split(" ")[command.startsWith("dlq ") ? 1 : 0];
        assertTrue(lines.get(0).startsWith("visitwire " + name + ": " + expected), lines.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"acks | all", "acks | ALL", "enable.idempotence | true"})
    void theValueTheToolSetsIsAccepted(String key, String value) {
        KafkaOptions options = new KafkaOptions();
        options.bootstrapServers = "127.0.0.1:9092";
        options.clientSettings.put(key, value);
        assertEquals("all", options.clientProperties(List.of(new KafkaOptions.Fixed("acks", "all", "why")))
                .get("acks"));
    }
}
