package io.visitwire.schemas;

import java.io.PrintStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.MessageFormatter;

/**
 * Prints visitwire records as JSON lines in Kafka's own console consumer:
 * <pre>
 * kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic visits.v1 --from-beginning \
 *   --formatter io.visitwire.schemas.VisitwireMessageFormatter
 * </pre>
 * with the schemas jar on the tool's classpath ({@code CLASSPATH=visitwire-schemas.jar:avro.jar:...}).
 * A record it cannot decode is printed as an error line instead of stopping the consumer.
 */
public final class VisitwireMessageFormatter implements MessageFormatter {

    @Override
    public void writeTo(ConsumerRecord<byte[], byte[]> record, PrintStream output) {
        String line;
        try {
            line = RecordJson.MAPPER.writeValueAsString(
                    TopicRecordJson.value(record.topic(), record.key(), record.value(), record.headers()));
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            line = "{\"error\":" + quote(e.getMessage()) + ",\"topic\":" + quote(record.topic())
                    + ",\"partition\":" + record.partition() + ",\"offset\":" + record.offset() + "}";
        }
        output.println(line);
    }

    private static String quote(String text) {
        return RecordJson.MAPPER.getNodeFactory().textNode(text == null ? "" : text).toString();
    }

}
