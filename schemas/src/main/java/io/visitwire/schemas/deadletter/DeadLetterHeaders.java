package io.visitwire.schemas.deadletter;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Headers of a record on {@code articles.dlq.v1}. The source coordinates and the exception use
 * Kafka Streams' own header names (KIP-1034), so Kafka's tooling reads them; visitwire adds the
 * stage that failed and when.
 */
public final class DeadLetterHeaders {

    public static final String EXCEPTION_CLASS = "__streams.errors.exception";
    public static final String EXCEPTION_MESSAGE = "__streams.errors.message";
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    public static final String SOURCE_TOPIC = "__streams.errors.topic";
    public static final String SOURCE_PARTITION = "__streams.errors.partition";
    public static final String SOURCE_OFFSET = "__streams.errors.offset";
    /** Which step gave up: {@code deserialize}, {@code enrich}, {@code sink}, ... */
    public static final String STAGE = "visitwire.stage";
    /** When it failed, epoch milliseconds. */
    public static final String FAILED_AT = "visitwire.failed.at";

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private DeadLetterHeaders() {
    }
}
