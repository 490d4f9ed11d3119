package io.visitwire.cli;

import io.visitwire.schemas.TopicRecordJson;
import io.visitwire.schemas.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
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

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        if (Topics.byName(topic).isEmpty()) {
            System.err.println("Unknown topic '" + topic + "'. visitwire topics: "
                    + Topics.ALL.stream().map(t -> t.name()).collect(Collectors.joining(", ")));
            return 2;
        }
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
                    out.println(TopicRecordJson.line(record));
                    if (max >= 0 && ++printed >= max) {
                        break;
                    }
                }
                out.flush();
                if (!follow && caughtUp(consumer, endOffsets)) {
                    break;
                }
            }
        }
        return 0;
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("Topic " + topic + " does not exist on " + kafka.bootstrapServers
                    + " yet; it is created when the services first start.");
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** Every client setting of {@link KafkaOptions} (security included), then what tail itself needs. */
    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        // only what the services committed: Streams writes in transactions
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return props;
    }
}
