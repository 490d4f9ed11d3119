package io.visitwire.cli;

import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichTopology;
import io.visitwire.schemas.Topic;
import io.visitwire.schemas.Topics;
import io.visitwire.sink.SinkConfig;
import io.visitwire.sink.SinkTopology;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Topics, partitions, end offsets and each service's lag, from the Kafka Admin API. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print visitwire's topics with partitions and end offsets, and the lag of each service's"
                + " consumer group on each topic it reads (visitwire-enrich: articles.raw.v1 and its repartition topic,"
                + " where articles wait for NLP; visitwire-sink: articles.enriched.v1 and its repartition topic)."})
public final class StatusCommand implements Callable<Integer> {

    /** Each service's consumer group and the topics it consumes, its own repartition topic included. */
    static final Map<String, List<String>> GROUPS = Map.of(
            EnrichConfig.DEFAULT_APPLICATION_ID, EnrichTopology.inputTopics(EnrichConfig.DEFAULT_APPLICATION_ID),
            SinkConfig.DEFAULT_APPLICATION_ID, SinkTopology.inputTopics(SinkConfig.DEFAULT_APPLICATION_ID));

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            System.out.print(render(admin));
        }
        return 0;
    }

    static String render(Admin admin) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<String> names = Stream.concat(Topics.ALL.stream().map(Topic::name),
                        GROUPS.values().stream().flatMap(List::stream))
                .distinct().filter(existing::contains).toList();
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
        Map<TopicPartition, Long> ends = endOffsets(admin, descriptions);

        StringBuilder out = new StringBuilder();
        out.append(String.format("%-22s %10s %14s%n", "topic", "partitions", "end offsets"));
        for (Topic<?, ?> topic : Topics.ALL) {
            TopicDescription description = descriptions.get(topic.name());
            if (description == null) {
                out.append(String.format("%-22s %10s %14s%n", topic.name(), "-", "(missing)"));
                continue;
            }
            long total = ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic.name()))
                    .mapToLong(Map.Entry::getValue).sum();
            out.append(String.format("%-22s %10d %14d%n", topic.name(), description.partitions().size(), total));
        }
        out.append(String.format("%n%-18s %-46s %10s %10s %8s%n", "group", "topic", "partition", "committed", "lag"));
        for (Map.Entry<String, List<String>> group : new TreeMap<>(GROUPS).entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata().get();
            long totalLag = 0;
            List<TopicPartition> partitions = ends.keySet().stream()
                    .filter(partition -> group.getValue().contains(partition.topic()))
                    .sorted(Comparator.comparingInt((TopicPartition partition) -> group.getValue().indexOf(partition.topic()))
                            .thenComparingInt(TopicPartition::partition))
                    .toList();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                long position = done == null ? 0 : done.offset();
                long lag = Math.max(0, ends.get(partition) - position);
                totalLag += lag;
                out.append(String.format("%-18s %-46s %10d %10s %8d%n", group.getKey(), partition.topic(),
                        partition.partition(), done == null ? "-" : Long.toString(position), lag));
            }
            out.append(String.format("%-18s %-46s %10s %10s %8d%n", group.getKey(), "total", "", "", totalLag));
        }
        return out.toString();
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, Map<String, TopicDescription> descriptions)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(request).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
