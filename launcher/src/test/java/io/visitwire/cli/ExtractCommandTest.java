package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract FILE} refuses a file it cannot read in one line, before loading CoreNLP (which takes 15-30 s). */
class ExtractCommandTest {

    @Test
    void aMissingFileIsOneLineBeforeCoreNlpLoads(@TempDir Path directory) {
        Path missing = directory.resolve("missing.jsonl");
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Visitwire.commandLine()
                .setErr(new PrintWriter(err, true)).execute("extract", missing.toString()));
        assertEquals(Visitwire.REFUSED_SETTINGS, exit);
        assertEquals("visitwire extract: no such file: " + missing + System.lineSeparator(), err.toString());
    }

    @Test
    void aDirectoryIsNotAFile(@TempDir Path directory) {
        StringWriter err = new StringWriter();
        int exit = Visitwire.commandLine().setErr(new PrintWriter(err, true)).execute("extract", directory.toString());
        assertEquals(Visitwire.REFUSED_SETTINGS, exit);
        assertEquals("visitwire extract: " + directory + " is not a file" + System.lineSeparator(), err.toString());
    }
}
