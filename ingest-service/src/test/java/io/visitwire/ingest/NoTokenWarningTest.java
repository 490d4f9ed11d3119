package io.visitwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A service started without a bearer token says so, once, at WARN, naming the variable that sets it. */
class NoTokenWarningTest {

    @Test
    void withoutATokenOneWarnLineNamesTheVariable() {
        List<String> lines = logged(IngestConfig.fromSettings(Map.of("http.host", "0.0.0.0"), "test"));
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.contains("WARN"), line);
        assertTrue(line.contains("VISITWIRE_HTTP_AUTH_TOKEN"), line);
        assertTrue(line.contains("0.0.0.0:8080"), line);
    }

    @Test
    void withATokenNothingIsLogged() {
        assertEquals(List.of(), logged(IngestConfig.fromSettings(Map.of("http.auth.token", "s3cret"), "test")));
    }

    /** What {@link IngestService#warnIfOpen} logs (slf4j-simple writes to the System.err of the moment). */
    private static List<String> logged(IngestConfig config) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            IngestService.warnIfOpen(config);
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
