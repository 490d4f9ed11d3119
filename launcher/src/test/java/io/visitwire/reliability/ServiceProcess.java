package io.visitwire.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visitwire service in a JVM of its own, started from the test classpath with its settings in
 * {@code VISITWIRE_*} environment variables, so a test can kill it the way a machine dies: SIGKILL,
 * no shutdown hook, no clean close. Its output goes to a log file, one per service, appended across
 * restarts.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Class<?> mainClass;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;
    private int starts;

    ServiceProcess(String name, Class<?> mainClass, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.mainClass = mainClass;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running as pid " + process.pid());
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // only the settings given here: a VISITWIRE_* variable of the build's shell must not leak in
        builder.environment().keySet().removeIf(variable -> variable.startsWith("VISITWIRE_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "===== start " + (starts + 1) + " of " + name + " =====\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        starts++;
        log.info("{} started as pid {} (start {}), log in {}", name, process.pid(), starts, logFile);
    }

    /** SIGKILL: the JVM dies at once, mid-transaction if it was in one, and stays a group member until its session expires. */
    void kill() {
        requireStarted();
        process.destroyForcibly();
        awaitExit();
        log.info("{} (pid {}) killed", name, process.pid());
    }

    /** SIGTERM: the shutdown hook closes the service cleanly. */
    void stop() {
        requireStarted();
        process.destroy();
        if (!awaitExit()) {
            log.warn("{} (pid {}) did not stop within {}; killing it", name, process.pid(), EXIT_TIMEOUT);
            process.destroyForcibly();
            awaitExit();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String name() {
        return name;
    }

    int starts() {
        return starts;
    }

    Path logFile() {
        return logFile;
    }

    private boolean awaitExit() {
        try {
            return process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name + " to exit", e);
        }
    }

    private void requireStarted() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    @Override
    public String toString() {
        return name + (process == null ? " (not started)" : " (pid " + process.pid() + ", start " + starts + ")");
    }
}
