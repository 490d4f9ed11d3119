package io.visitwire.cli;

import io.visitwire.schemas.TopicRecordJson;
import io.visitwire.schemas.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a visitwire topic's records as JSON Lines. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print the records of a visitwire topic as JSON Lines.",
                "Without --follow: every record up to now, then exit. With --follow: new records until Ctrl-C"
                        + " (add --from-beginning to start with the old ones).",
                "Reads committed records only (isolation.level=read_committed). A record that cannot be decoded"
                        + " prints {\"error\":...,\"topic\":...,\"partition\":...,\"offset\":...} and tail goes on.",
                "With --print-key, --print-partition, --print-offset, --print-timestamp, --print-headers or --meta each"
                        + " line is an object of the chosen parts and the value ({\"timestamp\":...,\"partition\":...,"
                        + "\"offset\":...,\"key\":...,\"value\":{...}}), as the console consumer's print.* properties"
                        + " with visitwire's formatter.",
                "Exits when its output is closed (tail --follow | head -1).",
                "Client settings (security included) come from VISITWIRE_KAFKA_* variables and --kafka, as for status."})
public final class TailCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "Topic: articles.raw.v1, articles.enriched.v1, visits.v1, commitments.v1, articles.dlq.v1")
    String topic;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--follow", description = "Keep printing new records until Ctrl-C.")
    boolean follow;

    @Option(names = "--from-beginning", description = "With --follow, start with the records already there.")
    boolean fromBeginning;

    @Option(names = "--max", defaultValue = "-1", description = "Stop after this many records.")
    long max;

    @Option(names = "--print-key", description = "Show each record's key.")
    boolean printKey;

    @Option(names = "--print-partition", description = "Show each record's partition.")
    boolean printPartition;

    @Option(names = "--print-offset", description = "Show each record's offset.")
    boolean printOffset;

    @Option(names = "--print-timestamp", description = "Show each record's timestamp (ISO-8601) and its type.")
    boolean printTimestamp;

    @Option(names = "--print-headers", description = "Show each record's headers.")
    boolean printHeaders;

    @Option(names = "--print-epoch", description = "Show each record's leader epoch.")
    boolean printEpoch;

    @Option(names = "--meta", description = "Same as --print-timestamp --print-partition --print-offset --print-key.")
    boolean meta;

    PrintStream out = System.out;

    /** The parts of a record each line shows: {@link TopicRecordJson.Fields}, as the formatter's print.* properties. */
    TopicRecordJson.Fields fields() {
        return new TopicRecordJson.Fields(printTimestamp || meta, printPartition || meta, printOffset || meta,
                printEpoch, printHeaders, printKey || meta, true);
    }

    @Override
    public Integer call() {
        if (Topics.byName(topic).isEmpty()) {
            System.err.println("Unknown topic '" + topic + "'. visitwire topics: "
                    + Topics.ALL.stream().map(t -> t.name()).collect(Collectors.joining(", ")));
            return 2;
        }
        TopicRecordJson.Fields fields = fields();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitionsOf(consumer);
            consumer.assign(partitions);
            boolean startAtEnd = follow && !fromBeginning;
            if (startAtEnd) {
                consumer.seekToEnd(partitions);
            } else {
                consumer.seekToBeginning(partitions);
            }
            Map<TopicPartition, Long> endOffsets = consumer.endOffsets(partitions);
            long printed = 0;
            while (max < 0 || printed < max) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    // a record that cannot be decoded is an error line naming it, and tail goes on
                    out.println(TopicRecordJson.line(record, fields));
                    if (out.checkError()) {
                        return 0; // the reader went away (head -1, a closed pipe): nothing more to do
                    }
                    if (max >= 0 && ++printed >= max) {
                        break;
                    }
                }
                out.flush();
                if (out.checkError()) {
                    return 0;
                }
                if (!follow && caughtUp(consumer, endOffsets)) {
                    break;
                }
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw kafka.failure(e);
        }
        return 0;
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, kafka.timeout());
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("Topic " + topic + " does not exist on " + kafka.bootstrapServers
                    + " yet; it is created when the services first start.");
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** Every client setting of {@link KafkaOptions} (security included), less what tail fixes. */
    private Map<String, Object> consumerProperties() {
        return kafka.clientProperties(List.of(
                new KafkaOptions.Fixed(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        "the services write in transactions, and tail shows only what they committed"),
                new KafkaOptions.Fixed(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        "tail reads without a consumer group's offsets")));
    }
}
