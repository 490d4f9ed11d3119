package io.visitwire.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same shared broker, reached through {@code @RegisterExtension} and constructor injection. */
class RealKafkaExtensionRegisteredIT {

    @RegisterExtension
    static final RealKafkaExtension KAFKA = new RealKafkaExtension();

    private final KafkaBroker kafka;

    RealKafkaExtensionRegisteredIT(KafkaBroker kafka) {
        this.kafka = kafka;
    }

    @Test
    void sharesOneBrokerWithTheOtherTestClasses() {
        SharedBrokerWitness.assertSameBrokerAsEveryOtherTest(kafka);
    }

    @Test
    void createsTopicsIdempotently() throws Exception {
        kafka.createTopicsIfAbsent("created-twice");
        kafka.createTopicsIfAbsent("created-twice");
        try (Admin admin = kafka.createAdmin()) {
            assertTrue(admin.listTopics().names().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)
                    .contains("created-twice"));
        }
    }
}
