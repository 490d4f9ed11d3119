package io.visitwire.schemas;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.MessageFormatter;

/**
 * Prints visitwire records as JSON lines in Kafka's own console consumer:
 * <pre>
 * CLASSPATH=schemas/target/visitwire-formatter.jar kafka-console-consumer.sh --bootstrap-server localhost:9092 \
 *   --topic visits.v1 --from-beginning --isolation-level read_committed \
 *   --formatter io.visitwire.schemas.VisitwireMessageFormatter --property print.key=true
 * </pre>
 * {@code visitwire-formatter.jar} holds the schemas, Avro and Jackson (relocated); Kafka's classes come from the
 * tool's own classpath. A record it cannot decode is printed as an error line instead of stopping the consumer.
 *
 * <p>It takes the {@code print.*} properties of Kafka's {@code DefaultMessageFormatter} ({@code --property} or,
 * since Kafka 4.2, {@code --formatter-property}): {@code print.timestamp}, {@code print.partition},
 * {@code print.offset}, {@code print.epoch}, {@code print.headers}, {@code print.key} (all false by default) and
 * {@code print.value} (true). With none of them set a line is the value's JSON; otherwise an object with the
 * chosen parts (see {@link TopicRecordJson.Fields}).
 */
public final class VisitwireMessageFormatter implements MessageFormatter {

    private TopicRecordJson.Fields fields = TopicRecordJson.Fields.VALUE_ONLY;

    @Override
    public void configure(Map<String, ?> configs) {
        fields = new TopicRecordJson.Fields(
                flag(configs, "print.timestamp", false),
                flag(configs, "print.partition", false),
                flag(configs, "print.offset", false),
                flag(configs, "print.epoch", false),
                flag(configs, "print.headers", false),
                flag(configs, "print.key", false),
                flag(configs, "print.value", true));
    }

    @Override
    public void writeTo(ConsumerRecord<byte[], byte[]> record, PrintStream output) {
        output.println(TopicRecordJson.line(record, fields));
    }

    /** As DefaultMessageFormatter reads them: "true" in any case is true, anything else false. */
    private static boolean flag(Map<String, ?> configs, String name, boolean otherwise) {
        Object value = configs.get(name);
        return value == null ? otherwise : Boolean.parseBoolean(value.toString().trim().toLowerCase(Locale.ROOT));
    }
}
