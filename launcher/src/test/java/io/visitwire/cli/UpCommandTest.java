package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code up} tells the user once it runs, and the options it takes. */
class UpCommandTest {

    private static final String TOKEN = "Zm9vYmFyYmF6cXV4LXRva2VuLTEyMw";

    @Test
    void aGeneratedTokenIsPrintedOnceSoItCanBeCopied() {
        String printed = String.join("\n", UpCommand.banner("127.0.0.1", 8080, "127.0.0.1:9092", false, TOKEN));

        assertEquals(1, occurrences(printed, TOKEN), printed);
        assertTrue(printed.contains("POST http://127.0.0.1:8080/articles"), printed);
        assertTrue(printed.contains(AccessToken.ENV), printed);
        assertTrue(printed.contains("curl 'http://127.0.0.1:8080/visits?visitor=Gates&country=AZ&from=2010'"), printed);
    }

    @Test
    void aTokenFromTheEnvironmentIsNeverPrintedOnlyWhereItCameFrom() {
        List<String> lines = UpCommand.banner("127.0.0.1", 8080, "127.0.0.1:9092", true, TOKEN);
        String printed = String.join("\n", lines);

        assertEquals(0, occurrences(printed, TOKEN), printed);
        assertTrue(printed.contains("the one in VISITWIRE_HTTP_AUTH_TOKEN"), printed);
        assertTrue(printed.contains("Bearer $VISITWIRE_HTTP_AUTH_TOKEN"), printed);
    }

    @Test
    void anApiOpenedToTheNetworkIsSaidSoAndReachedAsLocalhost() {
        String printed = String.join("\n", UpCommand.banner("0.0.0.0", 8080, "127.0.0.1:9092", false, TOKEN));

        assertTrue(printed.contains("POST http://localhost:8080/articles"), printed);
        assertTrue(printed.contains("open http://localhost:8080/ in a browser"), printed);
        assertTrue(printed.contains("listens on 0.0.0.0 (--http-host): other machines can reach it"), printed);
        assertFalse(String.join("\n", UpCommand.banner("127.0.0.1", 8080, "k:9092", false, TOKEN)).contains("other machines"));
    }

    @Test
    void theHttpHostDefaultsToLoopbackAndABadOneIsRefusedAsAnOption() {
        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs();
        assertEquals("127.0.0.1", up.httpHost);

        StringWriter err = new StringWriter();
        int exit = new CommandLine(new UpCommand()).setErr(new PrintWriter(err, true)).execute("--http-host", "0.0.0.0:8080");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("--http-host"), err.toString());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
