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
        output.println(TopicRecordJson.line(record));
    }

}
