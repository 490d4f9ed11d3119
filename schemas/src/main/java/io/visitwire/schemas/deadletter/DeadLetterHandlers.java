package io.visitwire.schemas.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams exception handlers that send a record that cannot be read or processed to the
 * dead-letter topic, with its original bytes, and let the stream go on.
 */
public final class DeadLetterHandlers {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandlers.class);
    /** The stage named in the dead letters of records that could not be decoded, whichever service read them. */
    public static final String DESERIALIZE_STAGE = "deserialize";
    private static final int MAX_KEY_CHARS = 200;

    /** Adds the handlers and the dead-letter topic to a Streams configuration. */
    public static void configure(Properties streamsProps, String deadLetterTopic, String stage) {
        configure(streamsProps, deadLetterTopic, stage, DeadLetterListener.NONE);
    }

    /** Adds the handlers, the dead-letter topic and a listener told of each dead letter (for metrics). */
    public static void configure(Properties streamsProps, String deadLetterTopic, String stage,
                                 DeadLetterListener listener) {
        streamsProps.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        streamsProps.put(DeadLetterSettings.STAGE_CONFIG, stage);
        streamsProps.put(DeadLetterSettings.LISTENER_CONFIG, listener);
        streamsProps.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, OnDeserialization.class.getName());
        streamsProps.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, OnProcessing.class.getName());
        streamsProps.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    }

    /** A record whose bytes the serde cannot read: nothing later can read it either. */
    public static final class OnDeserialization implements DeserializationExceptionHandler {

        private DeadLetterSettings settings;

        @Override
        public void configure(Map<String, ?> configs) {
            settings = DeadLetterSettings.from(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                    Exception exception) {
            log.warn("Dead-lettering undecodable record {}-{}@{} (key {}): {}", context.topic(), context.partition(),
                    context.offset(), keyText(record.key()), exception.getMessage());
            settings.listener().deadLettered(settings.stage(), DESERIALIZE_STAGE);
            return Response.resume(DeadLetterRecords.of(settings.topic(), DESERIALIZE_STAGE, context, false,
                    record.key(), record.value(), exception));
        }
    }

    /** A record that failed in a processor (an NLP failure, a bug on odd input). */
    public static final class OnProcessing implements ProcessingExceptionHandler {

        private DeadLetterSettings settings;

        @Override
        public void configure(Map<String, ?> configs) {
            settings = DeadLetterSettings.from(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            log.warn("Dead-lettering record {}-{}@{} (key {}) that failed in {}: {}", context.topic(),
                    context.partition(), context.offset(), record.key(), context.processorNodeId(), exception.toString());
            settings.listener().deadLettered(settings.stage(), settings.stage());
            return Response.resume(DeadLetterRecords.of(settings.topic(), settings.stage(), context, true,
                    context.sourceRawKey(), context.sourceRawValue(), exception));
        }
    }

    /** Keys are article ids (UTF-8) on the topics the handlers guard; a short excerpt names the record in the log. */
    private static String keyText(byte[] key) {
        if (key == null) {
            return null;
        }
        String text = new String(key, StandardCharsets.UTF_8);
        return text.length() <= MAX_KEY_CHARS ? text : text.substring(0, MAX_KEY_CHARS) + "...";
    }

    private DeadLetterHandlers() {
    }
}
