package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.testkit.KafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A {@code visitwire} command run in-process against a test broker, as a user types it: its stdout, exit 0 asserted. */
final class CommandRun {

    static String onBroker(KafkaBroker broker, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--bootstrap-server");
        all.add(broker.bootstrapServers());
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Visitwire.commandLine().execute(all.toArray(String[]::new)));
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private CommandRun() {
    }
}
