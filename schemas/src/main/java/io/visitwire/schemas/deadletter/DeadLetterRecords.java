package io.visitwire.schemas.deadletter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** Builds the dead letter for a record that failed: the original bytes, headers saying why. */
final class DeadLetterRecords {

    private static final int MAX_STACKTRACE_CHARS = 8_192;

    /**
     * @param context where the record was read; a record that failed after a repartition names the topic it was
     *                posted to through its {@link RecordOrigin} stamp, read only for records that were processed
     *                (a record that could not be decoded was never stamped, so such headers came from its producer)
     */
    static List<ProducerRecord<byte[], byte[]>> of(String deadLetterTopic, String stage, ErrorHandlerContext context,
                                                   boolean processed, byte[] key, byte[] value, Exception exception) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, DeadLetterHeaders.EXCEPTION_CLASS, exception.getClass().getName());
        add(headers, DeadLetterHeaders.EXCEPTION_MESSAGE, String.valueOf(exception.getMessage()));
        add(headers, DeadLetterHeaders.STACKTRACE, stackTrace(exception));
        RecordOrigin.Origin origin = processed && context.headers() != null ? RecordOrigin.of(context.headers()) : null;
        if (origin != null) {
            add(headers, DeadLetterHeaders.SOURCE_TOPIC, origin.topic());
            add(headers, DeadLetterHeaders.SOURCE_PARTITION, origin.partition());
            add(headers, DeadLetterHeaders.SOURCE_OFFSET, origin.offset());
        } else {
            add(headers, DeadLetterHeaders.SOURCE_TOPIC, context.topic());
            add(headers, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(context.partition()));
            add(headers, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(context.offset()));
        }
        add(headers, DeadLetterHeaders.STAGE, stage);
        add(headers, DeadLetterHeaders.FAILED_AT, Long.toString(System.currentTimeMillis()));
        return List.of(new ProducerRecord<>(deadLetterTopic, null, key, value, headers));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String stackTrace(Exception exception) {
        StringWriter out = new StringWriter();
        exception.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() <= MAX_STACKTRACE_CHARS ? trace : trace.substring(0, MAX_STACKTRACE_CHARS);
    }

    private DeadLetterRecords() {
    }
}
