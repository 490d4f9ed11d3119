package io.visitwire.schemas;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic of visitwire's contract: its name tied to the serdes of its key and value,
 * so no producer or consumer can pair a topic with the wrong format.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    @Override
    public String toString() {
        return name;
    }
}
