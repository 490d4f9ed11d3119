package io.visitwire.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerBuilderTest {

    @Test
    void refusesToRelocateTheLogDirectoriesAwayFromTheDataDirectory() {
        EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.brokerProperty("log.dirs", "/elsewhere"));
        assertThrows(IllegalArgumentException.class, () -> builder.brokerProperty("metadata.log.dir", "/elsewhere"));
    }

    @Test
    void rejectsPortsOutsideTheTcpRange() {
        EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.brokerPort(-1));
        assertThrows(IllegalArgumentException.class, () -> builder.controllerPort(65_536));
    }

    @Test
    void needsADataDirectory() {
        assertThrows(IllegalStateException.class, () -> EmbeddedKafkaBroker.builder().start());
    }

    @Test
    void treatsADirectoryWithoutMetaPropertiesAsUnformatted(@TempDir Path directory) {
        assertFalse(EmbeddedKafkaBroker.isFormatted(directory));
    }
}
