package io.visitwire.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** Tells the user on stderr what is happening, so stdout stays clean for JSON Lines. */
public final class Progress {

    private final PrintStream err;
    private final Instant started = Instant.now();

    public Progress(PrintStream err) {
        this.err = err;
    }

    public void say(String format, Object... args) {
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        err.printf("[visitwire %6.1fs] %s%n", seconds, String.format(java.util.Locale.ROOT, format, args));
        err.flush();
    }
}
