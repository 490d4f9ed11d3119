package io.visitwire.schemas.deadletter;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Where a record entered a topology, carried in its headers past a repartition topic. A record that fails
 * after the repartition is otherwise dead-lettered as coming from the internal topic, and a replay would
 * write it there instead of to the topic it was posted to.
 */
public final class RecordOrigin {

    public static final String TOPIC = "visitwire.origin.topic";
    public static final String PARTITION = "visitwire.origin.partition";
    public static final String OFFSET = "visitwire.origin.offset";

    /**
     * A pass-through step that stamps each record with the topic, partition and offset it was read from, after
     * removing every inbound header of a {@link ReservedHeaders reserved name}: a producer's headers of the stamp's
     * names are not believed, nor carried on as if visitwire or Streams had written them.
     */
    public static <K, V> FixedKeyProcessor<K, V, V> stamp() {
        return new HeaderStep<>(true);
    }

    /**
     * A pass-through step that removes the stamp (every reserved header) before records leave the topology: a later
     * topology reading them must not dead-letter its own failures as coming from this one's input.
     */
    public static <K, V> FixedKeyProcessor<K, V, V> unstamp() {
        return new HeaderStep<>(false);
    }

    /** The origin a stamped record carries, or null if it was not stamped. */
    static Origin of(Headers headers) {
        String topic = DeadLetterHeaders.text(headers, TOPIC);
        String partition = DeadLetterHeaders.text(headers, PARTITION);
        String offset = DeadLetterHeaders.text(headers, OFFSET);
        if (topic == null || partition == null || offset == null) {
            return null;
        }
        return new Origin(topic, partition, offset);
    }

    record Origin(String topic, String partition, String offset) {
    }

    /** Removes any reserved header (a producer may send headers of the stamp's names) and, when stamping, writes this one. */
    private static final class HeaderStep<K, V> implements FixedKeyProcessor<K, V, V> {

        private final boolean stamp;
        private FixedKeyProcessorContext<K, V> context;

        HeaderStep(boolean stamp) {
            this.stamp = stamp;
        }

        @Override
        public void init(FixedKeyProcessorContext<K, V> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<K, V> record) {
            ReservedHeaders.removeFrom(record.headers());
            if (stamp) {
                context.recordMetadata().ifPresent(source -> write(record.headers(), source));
            }
            context.forward(record);
        }
    }

    private static void write(Headers headers, RecordMetadata source) {
        headers.add(TOPIC, source.topic().getBytes(StandardCharsets.UTF_8));
        headers.add(PARTITION, Integer.toString(source.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add(OFFSET, Long.toString(source.offset()).getBytes(StandardCharsets.UTF_8));
    }

    private RecordOrigin() {
    }
}
