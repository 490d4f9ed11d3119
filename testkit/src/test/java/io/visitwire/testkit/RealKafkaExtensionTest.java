package io.visitwire.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.BooleanSupplier;

import io.visitwire.testkit.RealKafkaExtension.BrokerKind;
import org.junit.jupiter.api.Test;

class RealKafkaExtensionTest {

    private static final BooleanSupplier DOCKER_AVAILABLE = () -> true;
    private static final BooleanSupplier DOCKER_MISSING = () -> false;
    private static final BooleanSupplier DOCKER_MUST_NOT_BE_PROBED = () -> {
        throw new AssertionError("a forced broker kind must not probe Docker");
    };

    @Test
    void prefersAContainerWhenDockerAnswers() {
        assertEquals(BrokerKind.CONTAINER, RealKafkaExtension.chooseBrokerKind(null, DOCKER_AVAILABLE));
    }

    @Test
    void fallsBackToTheEmbeddedBrokerWithoutDocker() {
        assertEquals(BrokerKind.EMBEDDED, RealKafkaExtension.chooseBrokerKind("", DOCKER_MISSING));
    }

    @Test
    void followsTheSystemPropertyWithoutProbingDocker() {
        assertEquals(BrokerKind.EMBEDDED, RealKafkaExtension.chooseBrokerKind("embedded", DOCKER_MUST_NOT_BE_PROBED));
        assertEquals(BrokerKind.CONTAINER, RealKafkaExtension.chooseBrokerKind(" Container ", DOCKER_MUST_NOT_BE_PROBED));
    }

    @Test
    void rejectsAnUnknownBrokerKind() {
        assertThrows(IllegalArgumentException.class,
                () -> RealKafkaExtension.chooseBrokerKind("kubernetes", DOCKER_MUST_NOT_BE_PROBED));
    }
}
