package io.visitwire.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives tests a real Kafka broker as a {@link KafkaBroker} parameter (test, lifecycle or constructor). One broker
 * is shared by every test class in the JVM and stopped when the test run ends.
 *
 * <p>The broker runs in a Docker container via Testcontainers when Docker answers, otherwise in-process as an
 * {@link EmbeddedKafkaBroker} in a temporary directory. The system property {@value #BROKER_KIND_PROPERTY} set to
 * {@code embedded} or {@code container} forces one kind.
 *
 * <pre>{@code
 * @ExtendWith(RealKafkaExtension.class)
 * class PipelineIT {
 *     @Test
 *     void roundTrip(KafkaBroker kafka) {
 *         kafka.createTopicsIfAbsent("articles");
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class RealKafkaExtension implements ParameterResolver {

    public static final String BROKER_KIND_PROPERTY = "visitwire.test.broker";

    private static final Logger log = LoggerFactory.getLogger(RealKafkaExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealKafkaExtension.class);
    private static final String SHARED_BROKER_KEY = "shared-kafka-broker";
    private static final String TESTCONTAINERS_PROBE_CLASS = "org.testcontainers.DockerClientFactory";

    enum BrokerKind { EMBEDDED, CONTAINER }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public KafkaBroker resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sharedBroker(extensionContext);
    }

    /**
     * The broker shared by the whole test run, started on first use. For other extensions that need the broker
     * before any parameter is resolved.
     */
    public static KafkaBroker sharedBroker(ExtensionContext context) {
        // The root store lives until the end of the test run and then closes the AutoCloseable values it holds.
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SHARED_BROKER_KEY, key -> SharedBroker.start(), SharedBroker.class)
                .broker();
    }

    static BrokerKind chooseBrokerKind(String requestedKind, BooleanSupplier dockerAvailable) {
        if (requestedKind == null || requestedKind.isBlank()) {
            return dockerAvailable.getAsBoolean() ? BrokerKind.CONTAINER : BrokerKind.EMBEDDED;
        }
        return switch (requestedKind.strip().toLowerCase(Locale.ROOT)) {
            case "embedded" -> BrokerKind.EMBEDDED;
            case "container" -> BrokerKind.CONTAINER;
            default -> throw new IllegalArgumentException(
                    BROKER_KIND_PROPERTY + " must be 'embedded' or 'container', not '" + requestedKind + "'");
        };
    }

    private static boolean isDockerAvailable() {
        if (!isTestcontainersOnClasspath()) {
            log.info("Testcontainers is not on the classpath, so the Kafka broker runs in-process");
            return false;
        }
        return DockerProbe.isDockerAvailable();
    }

    private static boolean isTestcontainersOnClasspath() {
        try {
            Class.forName(TESTCONTAINERS_PROBE_CLASS, false, RealKafkaExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Kept apart so that Testcontainers classes load only after the classpath check above. */
    private static final class DockerProbe {
        static boolean isDockerAvailable() {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        }
    }

    private record SharedBroker(KafkaBroker broker, AutoCloseable stopper, Path temporaryDirectory)
            implements AutoCloseable {

        static SharedBroker start() {
            BrokerKind kind = chooseBrokerKind(
                    System.getProperty(BROKER_KIND_PROPERTY), RealKafkaExtension::isDockerAvailable);
            SharedBroker shared = kind == BrokerKind.CONTAINER ? startContainer() : startEmbedded();
            log.info("Shared Kafka broker for this test run: {}", shared.broker());
            return shared;
        }

        private static SharedBroker startContainer() {
            if (!isTestcontainersOnClasspath()) {
                throw new IllegalStateException(BROKER_KIND_PROPERTY
                        + "=container needs org.testcontainers:testcontainers-kafka on the test classpath");
            }
            ContainerKafkaBroker broker = ContainerKafkaBroker.start();
            return new SharedBroker(broker, broker, null);
        }

        private static SharedBroker startEmbedded() {
            Path directory = createTemporaryDirectory();
            try {
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDirectory(directory).start();
                return new SharedBroker(broker, broker, directory);
            } catch (RuntimeException e) {
                deleteQuietly(directory);
                throw e;
            }
        }

        @Override
        public void close() throws Exception {
            try {
                stopper.close();
            } finally {
                if (temporaryDirectory != null) {
                    deleteQuietly(temporaryDirectory);
                }
            }
        }

        private static Path createTemporaryDirectory() {
            try {
                return Files.createTempDirectory("visitwire-test-kafka-");
            } catch (IOException e) {
                throw new IllegalStateException("Could not create a directory for the embedded Kafka broker", e);
            }
        }

        private static void deleteQuietly(Path directory) {
            try {
                Utils.delete(directory.toFile());
            } catch (IOException e) {
                log.warn("Could not delete the embedded Kafka broker's directory {}", directory, e);
            }
        }
    }
}
