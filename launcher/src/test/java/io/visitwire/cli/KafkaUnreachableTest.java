package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kafka commands against a port where no broker listens: one line naming the servers and the wait, exit 1,
 * within {@code --timeout} (and a margin for closing the client), instead of a stack trace after a minute.
 */
class KafkaUnreachableTest {

    @ParameterizedTest
    @ValueSource(strings = {"status", "status --json", "tail visits.v1", "tail visits.v1 --follow", "topics create",
            "dlq list", "dlq replay --dry-run"})
    void aBrokerThatDoesNotAnswerIsOneLineWithinTheTimeout(String command) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--bootstrap-server", "127.0.0.1:" + port, "--timeout", "2"));
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        int exit;
        try {
            exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Visitwire.commandLine()
                    .setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new)));
        } finally {
            System.setOut(originalOut);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(Visitwire.KAFKA_FAILED, exit, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        String verb = command.split(" ")[0];
        assertTrue(lines.get(0).startsWith("visitwire "), lines.get(0));
        assertTrue(lines.get(0).contains("no answer from Kafka at 127.0.0.1:" + port + " within 2 s (--timeout)"),
                lines.get(0) + " (" + verb + ")");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(took.compareTo(Duration.ofSeconds(12)) < 0, "took " + took);
    }
}
