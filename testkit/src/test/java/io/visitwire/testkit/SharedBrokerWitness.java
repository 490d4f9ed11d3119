package io.visitwire.testkit;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicReference;

/** Remembers the first broker any test class saw, so every later one can check it got the same. */
final class SharedBrokerWitness {

    private static final AtomicReference<KafkaBroker> firstSeen = new AtomicReference<>();

    private SharedBrokerWitness() {
    }

    static void assertSameBrokerAsEveryOtherTest(KafkaBroker broker) {
        firstSeen.compareAndSet(null, broker);
        assertSame(firstSeen.get(), broker, "one broker per JVM");
    }
}
