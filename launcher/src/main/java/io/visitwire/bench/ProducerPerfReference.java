package io.visitwire.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka's own {@code org.apache.kafka.tools.ProducerPerformance} (kafka-tools, the class behind
 * {@code kafka-producer-perf-test.sh}), run in a child JVM on {@code target/bench-lib} (kafka-tools
 * and argparse4j, copied by the build) plus the launcher's {@code target/lib} (the same kafka-clients
 * and server-common). kafka-tools depends on connect-runtime (Jetty 12, Jersey, Swagger), which must
 * stay away from Javalin's Jetty 11 and from the services' classpath; the child JVM never loads them.
 */
public final class ProducerPerfReference {

    public static final String TOPIC = "bench.producer-perf";
    public static final String MAIN_CLASS = "org.apache.kafka.tools.ProducerPerformance";
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    public record Result(double recordsPerSecond, double megabytesPerSecond, double p50Ms, double p99Ms,
                         String summary) {
    }

    private ProducerPerfReference() {
    }

    public static Result run(Map<String, Object> clientProps, int records, int recordSize)
            throws IOException, InterruptedException {
        ensureTopic(clientProps);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", classpath(), MAIN_CLASS,
                "--topic", TOPIC, "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                "--producer-props"));
        clientProps.forEach((k, v) -> command.add(k + "=" + v));
        command.add("acks=all");
        command.add("enable.idempotence=true");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String summaryLine = lastSummary(output);
        if (exit != 0 || summaryLine == null) {
            throw new IllegalStateException("ProducerPerformance failed (exit " + exit + "):\n" + output);
        }
        Matcher s = SUMMARY.matcher(summaryLine);
        if (!s.find()) {
            throw new IllegalStateException("Unexpected ProducerPerformance output:\n" + output);
        }
        return new Result(Double.parseDouble(s.group(2)), Double.parseDouble(s.group(3)),
                Double.parseDouble(s.group(6)), Double.parseDouble(s.group(8)), summaryLine.trim());
    }

    /** The final line (with percentiles); the periodic progress lines have none. */
    static String lastSummary(String output) {
        String found = null;
        for (String line : output.split("\n")) {
            if (SUMMARY.matcher(line).find()) {
                found = line;
            }
        }
        return found;
    }

    private static void ensureTopic(Map<String, Object> clientProps) throws InterruptedException {
        try (Admin admin = Admin.create(clientProps)) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create " + TOPIC + ": " + e.getCause().getMessage(), e);
        }
    }

    /** {@code target/bench-lib/*} and {@code target/lib/*} next to the launcher jar (or target/classes). */
    static String classpath() {
        try {
            Path self = Path.of(ProducerPerfReference.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = self.getParent();
            Path benchLib = target.resolve("bench-lib");
            Path lib = target.resolve("lib");
            if (!Files.isDirectory(benchLib) || !Files.isDirectory(lib)) {
                throw new IllegalStateException("Missing " + benchLib + " or " + lib
                        + ": build the launcher with `mvn -DskipTests package` (./visitwire does)");
            }
            return benchLib + File.separator + "*" + File.pathSeparator + lib + File.separator + "*";
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
