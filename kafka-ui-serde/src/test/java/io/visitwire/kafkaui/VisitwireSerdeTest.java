package io.visitwire.kafkaui;

import io.kafbat.ui.serde.api.Serde;
import org.junit.jupiter.api.BeforeAll;

/** The serde on the module's own classes. */
class VisitwireSerdeTest extends VisitwireSerdeContract {

    private static final VisitwireSerde SERDE = new VisitwireSerde();

    @BeforeAll
    static void configure() {
        SERDE.configure(null, null, null);
    }

    @Override
    Serde serde() {
        return SERDE;
    }
}
