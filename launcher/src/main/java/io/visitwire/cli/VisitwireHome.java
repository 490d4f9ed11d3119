package io.visitwire.cli;

import java.nio.file.Path;

/**
 * Where the local broker and Streams keep their data between runs: {@code $VISITWIRE_HOME},
 * else {@code .visitwire} in the working directory (the launcher script points it at the
 * project folder).
 */
public record VisitwireHome(Path root) {

    public static VisitwireHome resolve() {
        String configured = System.getenv("VISITWIRE_HOME");
        return new VisitwireHome(Path.of(configured != null && !configured.isBlank() ? configured : ".visitwire")
                .toAbsolutePath());
    }

    public Path kafkaData() {
        return root.resolve("kafka");
    }

    public Path streamsState() {
        return root.resolve("streams");
    }
}
