package io.visitwire.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import picocli.CommandLine.Option;

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

    @Option(names = "--json", description = "Print one JSON document instead of the tables:"
            + " {\"topics\":[{\"topic\",\"partitions\",\"endOffsets\"}],"
            + "\"groups\":[{\"group\",\"lag\",\"partitions\":[{\"topic\",\"partition\",\"committed\",\"lag\"}]}]}"
            + " (a missing topic has partitions and endOffsets null, a partition never committed has committed null).")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            System.out.print(json ? renderJson(admin) : render(admin));
        } catch (ExecutionException | org.apache.kafka.common.KafkaException e) {
            throw kafka.failure(e);
        }
        return 0;
    }

    /** {@code status --json}: the same figures as {@link #render}, as one JSON document and a newline. */
    static String renderJson(Admin admin) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<String> names = Stream.concat(Topics.ALL.stream().map(Topic::name),
                        GROUPS.values().stream().flatMap(List::stream))
                .distinct().filter(existing::contains).toList();
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
        Map<TopicPartition, Long> ends = endOffsets(admin, descriptions);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode topics = root.putArray("topics");
        for (Topic<?, ?> topic : Topics.ALL) {
            ObjectNode node = topics.addObject().put("topic", topic.name());
            TopicDescription description = descriptions.get(topic.name());
            if (description == null) {
                node.putNull("partitions");
                node.putNull("endOffsets");
            } else {
                node.put("partitions", description.partitions().size());
                node.put("endOffsets", ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic.name()))
                        .mapToLong(Map.Entry::getValue).sum());
            }
        }
        ArrayNode groups = root.putArray("groups");
        for (Map.Entry<String, List<String>> group : new TreeMap<>(GROUPS).entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata().get();
            ObjectNode groupNode = groups.addObject().put("group", group.getKey());
            ArrayNode partitionNodes = JsonNodeFactory.instance.arrayNode();
            long totalLag = 0;
            for (TopicPartition partition : partitionsOf(group.getValue(), ends)) {
                OffsetAndMetadata done = committed.get(partition);
                long lag = Math.max(0, ends.get(partition) - (done == null ? 0 : done.offset()));
                totalLag += lag;
                ObjectNode node = partitionNodes.addObject().put("topic", partition.topic())
                        .put("partition", partition.partition());
                if (done == null) {
                    node.putNull("committed");
                } else {
                    node.put("committed", done.offset());
                }
                node.put("lag", lag);
            }
            groupNode.put("lag", totalLag);
            groupNode.set("partitions", partitionNodes);
        }
        return root + System.lineSeparator();
    }

    private static List<TopicPartition> partitionsOf(List<String> topics, Map<TopicPartition, Long> ends) {
        return ends.keySet().stream()
                .filter(partition -> topics.contains(partition.topic()))
                .sorted(Comparator.comparingInt((TopicPartition partition) -> topics.indexOf(partition.topic()))
                        .thenComparingInt(TopicPartition::partition))
                .toList();
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
