package io.visitwire.schemas.deadletter;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Header names that Kafka Streams ({@code __streams.*}, e.g. the dead-letter headers {@code __streams.errors.*})
 * and visitwire ({@code visitwire.*}: the stage, the origin stamp, the replay mark) write themselves. A producer
 * can send headers of these names; a topology drops them from what it reads, so that its output never carries a
 * forged one as if visitwire or Streams had written it. Every other header (a trace id, say) is the producer's
 * and passes through.
 */
public final class ReservedHeaders {

    public static final List<String> PREFIXES = List.of("__streams.", "visitwire.");

    public static boolean isReserved(String name) {
        return PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** Removes every header with a reserved name. */
    public static void removeFrom(Headers headers) {
        List<String> reserved = new ArrayList<>();
        for (Header header : headers) {
            if (isReserved(header.key()) && !reserved.contains(header.key())) {
                reserved.add(header.key());
            }
        }
        reserved.forEach(headers::remove);
    }

    /** A pass-through step that removes the reserved headers of each record. */
    public static <K, V> FixedKeyProcessor<K, V, V> drop() {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<K, V> context;

            @Override
            public void init(FixedKeyProcessorContext<K, V> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<K, V> record) {
                removeFrom(record.headers());
                context.forward(record);
            }
        };
    }

    private ReservedHeaders() {
    }
}
