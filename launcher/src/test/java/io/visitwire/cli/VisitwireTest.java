package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class VisitwireTest {

    @Command(name = "refuses")
    static final class Refuses implements Callable<Integer> {
        RuntimeException failure;

        @Override
        public Integer call() {
            throw failure;
        }
    }

    @Test
    void refusedSettingsPrintOneLineNamingTheSettingAndExitTwo() {
        Refuses command = new Refuses();
        command.failure = new IllegalArgumentException("Invalid enrich settings: kafka.acks (VISITWIRE_KAFKA_ACKS) = 1 ...");
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command).setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(Visitwire::refusedSettings);

        assertEquals(Visitwire.REFUSED_SETTINGS, line.execute());
        assertEquals("visitwire refuses: Invalid enrich settings: kafka.acks (VISITWIRE_KAFKA_ACKS) = 1 ...",
                err.toString().strip());
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace() {
        Refuses command = new Refuses();
        command.failure = new IllegalStateException("a bug");
        CommandLine line = new CommandLine(command).setExecutionExceptionHandler(Visitwire::refusedSettings);

        assertThrows(IllegalStateException.class, () -> Visitwire.refusedSettings(command.failure, line, null));
    }
}
