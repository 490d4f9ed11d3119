package io.visitwire.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka node (broker and KRaft controller in one) running inside the current JVM, built from the
 * production broker classes. Its data directory is persistent: starting again on the same directory keeps the
 * topics, records and committed consumer offsets.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDirectory(dir).brokerPort(9092).start()) {
 *     broker.createTopicsIfAbsent("articles");
 *     // clients use broker.bootstrapServers()
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements KafkaBroker, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    static final String META_PROPERTIES_FILE = "meta.properties";
    private static final String LOOPBACK_HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    /** Settings derived from the data directory; overriding them would break the reuse of formatted storage. */
    private static final Set<String> RESERVED_PROPERTIES = Set.of("log.dirs", "log.dir", "metadata.log.dir");

    private static final AtomicBoolean exitGuardInstalled = new AtomicBoolean();

    private final KafkaRaftServer server;
    private final Path dataDirectory;
    private final String clusterId;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, Object> clientSecurityProperties;
    private boolean stopped;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dataDirectory, String clusterId, int brokerPort,
                                int controllerPort, Map<String, Object> clientSecurityProperties) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.clusterId = clusterId;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.clientSecurityProperties = Map.copyOf(clientSecurityProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String bootstrapServers() {
        return LOOPBACK_HOST + ":" + brokerPort;
    }

    @Override
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = KafkaBroker.super.clientProperties();
        properties.putAll(clientSecurityProperties);
        return properties;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String clusterId() {
        return clusterId;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /**
     * Blocks until the broker answers an Admin {@code describeCluster}, so that clients can produce right after.
     *
     * @throws IllegalStateException if the broker does not answer within the timeout
     */
    public void awaitReady(Duration timeout) {
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        try (Admin admin = createAdmin()) {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .nodes()
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " reports no live nodes");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka broker at " + bootstrapServers() + " was not ready within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker to be ready", e);
        }
    }

    /** Stops the broker and waits until it has shut down; the data directory is kept. Idempotent. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        log.info("Stopping Kafka broker at {}", bootstrapServers());
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker at {} stopped", bootstrapServers());
    }

    /** Picks a currently free TCP port on the loopback interface. */
    public static int findFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(LOOPBACK_HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + LOOPBACK_HOST, e);
        }
    }

    /** True if the directory already holds Kafka storage formatted by an earlier start. */
    public static boolean isFormatted(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve(META_PROPERTIES_FILE));
    }

    /**
     * Kafka reacts to unrecoverable errors by halting the process. Inside an application or a test run that
     * would kill the whole JVM without a trace, so the request is logged and turned into an exception instead.
     */
    private static void guardJvmAgainstKafkaExit() {
        if (exitGuardInstalled.compareAndSet(false, true)) {
            Exit.setExitProcedure((status, message) -> refuseToTerminateJvm("exit", status, message));
            Exit.setHaltProcedure((status, message) -> refuseToTerminateJvm("halt", status, message));
        }
    }

    private static void refuseToTerminateJvm(String procedure, int status, String message) {
        IllegalStateException refusal = new IllegalStateException(
                "Embedded Kafka asked to " + procedure + " the JVM with status " + status + ": " + message);
        log.error("FATAL: embedded Kafka hit an unrecoverable error and asked to {} the JVM (status {}): {}."
                        + " The JVM keeps running, but the broker is probably unusable and must be restarted.",
                procedure, status, message, refusal);
        throw refusal;
    }

    public static final class Builder {

        private Path dataDirectory;
        private int brokerPort;
        private int controllerPort;
        private final Map<String, String> extraBrokerProperties = new LinkedHashMap<>();
        private final Map<String, Object> clientSecurityProperties = new LinkedHashMap<>();
        private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;

        private Builder() {
        }

        /** Where the broker keeps its data; formatted on first use and reused afterwards. Required. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
            return this;
        }

        /** The client listener's port on 127.0.0.1; 0 (the default) picks a free port. */
        public Builder brokerPort(int brokerPort) {
            this.brokerPort = requireValidPort(brokerPort);
            return this;
        }

        /** The KRaft controller listener's port on 127.0.0.1; 0 (the default) picks a free port. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = requireValidPort(controllerPort);
            return this;
        }

        /** A broker setting applied over the defaults, e.g. {@code listener.security.protocol.map}. */
        public Builder brokerProperty(String name, String value) {
            if (RESERVED_PROPERTIES.contains(name)) {
                throw new IllegalArgumentException(name + " is derived from the data directory and cannot be set");
            }
            extraBrokerProperties.put(name, Objects.requireNonNull(value, name));
            return this;
        }

        public Builder brokerProperties(Map<String, String> properties) {
            properties.forEach(this::brokerProperty);
            return this;
        }

        /**
         * A client setting that every client of this broker needs, e.g. {@code security.protocol} and
         * {@code sasl.jaas.config} once the broker's listener requires SASL. Used by the readiness check and
         * returned by {@link #clientProperties()}.
         */
        public Builder clientProperty(String name, Object value) {
            clientSecurityProperties.put(name, Objects.requireNonNull(value, name));
            return this;
        }

        /** How long {@link #start()} waits for the broker to answer clients. */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
            return this;
        }

        /**
         * Formats the data directory if it is new, starts the broker and returns once it answers clients.
         *
         * @throws IllegalStateException if formatting fails or the broker does not start within the timeout
         */
        public EmbeddedKafkaBroker start() {
            if (dataDirectory == null) {
                throw new IllegalStateException("dataDirectory is required");
            }
            guardJvmAgainstKafkaExit();
            long startNanos = System.nanoTime();
            Path directory = dataDirectory.toAbsolutePath();
            int actualControllerPort = controllerPort == 0 ? findFreePort() : controllerPort;
            int actualBrokerPort = brokerPort == 0 ? findFreePortOtherThan(actualControllerPort) : brokerPort;
            Properties brokerConfig = brokerConfig(directory, actualBrokerPort, actualControllerPort);

            String clusterId = formatStorageIfNew(directory, brokerConfig);
            KafkaRaftServer server = startServer(brokerConfig);
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(
                    server, directory, clusterId, actualBrokerPort, actualControllerPort, clientSecurityProperties);
            try {
                broker.awaitReady(startupTimeout);
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            log.info("Kafka broker ready at {} after {} ms (cluster {}, data in {})", broker.bootstrapServers(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), clusterId, directory);
            return broker;
        }

        private Properties brokerConfig(Path directory, int actualBrokerPort, int actualControllerPort) {
            String brokerAddress = LOOPBACK_HOST + ":" + actualBrokerPort;
            String controllerAddress = LOOPBACK_HOST + ":" + actualControllerPort;
            Map<String, String> config = new LinkedHashMap<>();
            config.put("process.roles", "broker,controller");
            config.put("node.id", String.valueOf(NODE_ID));
            config.put("controller.quorum.bootstrap.servers", controllerAddress);
            config.put("listeners", "PLAINTEXT://" + brokerAddress + ",CONTROLLER://" + controllerAddress);
            config.put("advertised.listeners", "PLAINTEXT://" + brokerAddress);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("log.dirs", directory.toString());
            // A single node can only hold one replica of each internal topic.
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            // The 50-partition defaults cost seconds on the first consumer group or transaction of a local node.
            config.put("offsets.topic.num.partitions", "1");
            config.put("transaction.state.log.num.partitions", "1");
            config.put("share.coordinator.state.topic.num.partitions", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
            // Services create their topics explicitly; a typo must fail instead of creating a stray topic.
            config.put("auto.create.topics.enable", "false");
            config.put("num.partitions", "1");
            // The 128 MB default would dominate the heap of a small local node.
            config.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
            config.putAll(extraBrokerProperties);

            Properties properties = new Properties();
            properties.putAll(config);
            return properties;
        }

        private static KafkaRaftServer startServer(Properties brokerConfig) {
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(brokerConfig, false), Time.SYSTEM);
            try {
                server.startup();
                return server;
            } catch (RuntimeException e) {
                // The caller gets the exception with its stack trace; Kafka has logged the details already.
                log.warn("Kafka broker failed to start ({}), shutting down what did start", e.toString());
                server.shutdown();
                server.awaitShutdown();
                throw e;
            }
        }

        private static int findFreePortOtherThan(int takenPort) {
            int port = findFreePort();
            while (port == takenPort) {
                port = findFreePort();
            }
            return port;
        }

        private static int requireValidPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Not a TCP port: " + port);
            }
            return port;
        }
    }

    /** Formats new storage with a fresh cluster id and returns the cluster id the storage belongs to. */
    private static String formatStorageIfNew(Path directory, Properties brokerConfig) {
        if (isFormatted(directory)) {
            String clusterId = readClusterId(directory);
            log.info("Reusing Kafka storage of cluster {} in {}", clusterId, directory);
            return clusterId;
        }
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting new Kafka storage for cluster {} in {}", clusterId, directory);
        try {
            Files.createDirectories(directory);
            Path configFile = Files.createTempFile("visitwire-kafka-format-", ".properties");
            try {
                writeProperties(brokerConfig, configFile);
                runStorageFormat(clusterId, configFile);
            } finally {
                Files.deleteIfExists(configFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not format Kafka storage in " + directory, e);
        }
        return readClusterId(directory);
    }

    private static void runStorageFormat(String clusterId, Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] {
                    "format", "-t", clusterId, "-c", configFile.toString(), "--standalone"}, printStream);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8), e);
        }
        String formatOutput = output.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new IllegalStateException(
                    "Kafka storage format failed with exit code " + exitCode + ": " + formatOutput);
        }
        log.debug("Kafka storage format: {}", formatOutput);
    }

    private static String readClusterId(Path directory) {
        Properties metaProperties = new Properties();
        Path file = directory.resolve(META_PROPERTIES_FILE);
        try (InputStream input = Files.newInputStream(file)) {
            metaProperties.load(input);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        String clusterId = metaProperties.getProperty("cluster.id");
        if (clusterId == null || clusterId.isBlank()) {
            throw new IllegalStateException(file + " has no cluster.id");
        }
        return clusterId;
    }

    private static void writeProperties(Properties properties, Path file) throws IOException {
        try (OutputStream output = Files.newOutputStream(file)) {
            properties.store(output, "visitwire embedded Kafka broker");
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers() + ", cluster " + clusterId + ", " + dataDirectory + "]";
    }
}
