package io.visitwire.sink.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.sink.SinkTopology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The sink's state stores asked with Kafka Streams interactive queries ({@link SinkTopology#VISITS_BY_ID},
 * {@link SinkTopology#COMMITMENTS_BY_ID}).
 *
 * <p>One instance (no {@code application.server}) answers from its own stores, once it runs every partition (a
 * second instance sharing its application id would hold part of the answer). With several instances, each with
 * its {@code application.server}: a visit is asked of the instance that owns its key's partition
 * ({@link KeyQueryMetadata}), a list of every instance for the partitions it runs ({@link StreamsMetadata}), and
 * the pages are merged. Each instance reads exactly the partitions it is asked for, so a partition that moved
 * fails the query rather than going missing from it. Anything less than every partition's running owner
 * answering is {@link NotQueryable}: while Streams is not RUNNING, while one of the topic's partitions (as many as
 * the cluster says it has) has no active owner, when an owner does not answer.
 */
public final class SinkQueries implements StateQueries {

    private static final Serializer<String> KEYS = Serdes.String().serializer();

    private final KafkaStreams streams;
    private final Optional<HostInfo> self;
    private final PeerClient peers;
    private final ToIntFunction<String> partitionCounts;

    /**
     * @param self           this instance's {@code application.server}; empty when it runs alone
     * @param clientSettings the Kafka client settings of the Streams app, to learn how many partitions each topic has
     */
    public SinkQueries(KafkaStreams streams, Optional<HostInfo> self, Properties clientSettings) {
        this(streams, self, new PeerClient(), new PartitionCounts(clientSettings));
    }

    SinkQueries(KafkaStreams streams, Optional<HostInfo> self, PeerClient peers, ToIntFunction<String> partitionCounts) {
        this.streams = streams;
        this.self = self;
        this.peers = peers;
        this.partitionCounts = partitionCounts;
    }

    @Override
    public Page visits(VisitQuery query, String rawQuery) {
        return gather(SinkTopology.VISITS_BY_ID, Topics.VISITS.name(), query.limit(), query.cursor(),
                partitions -> localVisits(query, partitions),
                (host, partitions) -> peers.list(host, QueryRoutes.INTERNAL_VISITS_PATH, rawQuery, partitions));
    }

    @Override
    public Page commitments(CommitmentQuery query, String rawQuery) {
        return gather(SinkTopology.COMMITMENTS_BY_ID, Topics.COMMITMENTS.name(), query.limit(), query.cursor(),
                partitions -> localCommitments(query, partitions),
                (host, partitions) -> peers.list(host, QueryRoutes.INTERNAL_COMMITMENTS_PATH, rawQuery, partitions));
    }

    /** The visit of this id as {@code visits.v1} holds it, from the instance owning its key. */
    @Override
    public Optional<ObjectNode> visit(String visitId) {
        return byKey(SinkTopology.VISITS_BY_ID, Topics.VISITS.name(), QueryRoutes.INTERNAL_VISITS_PATH, visitId);
    }

    /** The commitment of this id as {@code commitments.v1} holds it, from the instance owning its key. */
    @Override
    public Optional<ObjectNode> commitment(String commitmentId) {
        return byKey(SinkTopology.COMMITMENTS_BY_ID, Topics.COMMITMENTS.name(), QueryRoutes.INTERNAL_COMMITMENTS_PATH,
                commitmentId);
    }

    private Optional<ObjectNode> byKey(String store, String topic, String internalPath, String key) {
        requireRunning();
        if (self.isEmpty()) {
            requireAllPartitionsLocal(topic);
            return localByKey(store, key, Optional.empty());
        }
        KeyQueryMetadata owner = streams.queryMetadataForKey(store, key, KEYS);
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new NotQueryable("no instance owns the partition of " + key + " yet");
        }
        if (owner.activeHost().equals(self.get())) {
            return localByKey(store, key, Optional.of(owner.partition()));
        }
        return peers.get(owner.activeHost(), internalPath, key, owner.partition());
    }

    @Override
    public Page localVisits(VisitQuery query, Optional<Set<Integer>> partitions) {
        return scan(SinkTopology.VISITS_BY_ID, partitions, query::matches,
                (visit, timestamp) -> visit.getUpdatedAt().toEpochMilli(), RecordJson::toJson, query.limit(), query.cursor());
    }

    @Override
    public Page localCommitments(CommitmentQuery query, Optional<Set<Integer>> partitions) {
        return scan(SinkTopology.COMMITMENTS_BY_ID, partitions, query::matches,
                (commitment, timestamp) -> timestamp, RecordJson::toJson, query.limit(), query.cursor());
    }

    @Override
    public Optional<ObjectNode> localVisit(String visitId, Optional<Integer> partition) {
        return localByKey(SinkTopology.VISITS_BY_ID, visitId, partition);
    }

    @Override
    public Optional<ObjectNode> localCommitment(String commitmentId, Optional<Integer> partition) {
        return localByKey(SinkTopology.COMMITMENTS_BY_ID, commitmentId, partition);
    }

    private <V extends IndexedRecord> Optional<ObjectNode> localByKey(String storeName, String key,
                                                                       Optional<Integer> partition) {
        ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>> store = store(storeName, partition);
        try {
            ValueAndTimestamp<V> found = store.get(key);
            requireRunning();
            return Optional.ofNullable(found).map(record -> RecordJson.toJson(record.value()));
        } catch (InvalidStateStoreException e) {
            throw new NotQueryable("the store " + storeName + " is not queryable: " + e.getMessage(), e);
        }
    }

    private interface Remote {
        CompletableFuture<Page> ask(HostInfo host, Set<Integer> partitions);
    }

    private Page gather(String store, String topic, int limit, Optional<Cursor> cursor,
                        Function<Optional<Set<Integer>>, Page> local, Remote remote) {
        requireRunning();
        if (self.isEmpty()) {
            requireAllPartitionsLocal(topic);
            return local.apply(Optional.empty());
        }
        Map<HostInfo, Set<Integer>> owners = activeOwners(store, topic);
        List<CompletableFuture<Page>> asked = new ArrayList<>();
        owners.forEach((host, partitions) -> asked.add(host.equals(self.get())
                ? CompletableFuture.supplyAsync(() -> local.apply(Optional.of(partitions)))
                : remote.ask(host, partitions)));
        List<Page> pages = new ArrayList<>();
        for (CompletableFuture<Page> page : asked) {
            try {
                pages.add(page.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof NotQueryable notQueryable) {
                    throw notQueryable;
                }
                throw new NotQueryable("an instance failed to answer: " + e.getCause(), e.getCause());
            }
        }
        return Page.merge(pages, limit, cursor);
    }

    /**
     * Which instance runs each partition of the store's topic; every partition the topic has must have exactly one.
     */
    Map<HostInfo, Set<Integer>> activeOwners(String store, String topic) {
        Collection<StreamsMetadata> instances = streams.streamsMetadataForStore(store);
        Map<Integer, HostInfo> active = new TreeMap<>();
        for (StreamsMetadata instance : instances) {
            for (TopicPartition partition : instance.topicPartitions()) {
                if (partition.topic().equals(topic) && active.put(partition.partition(), instance.hostInfo()) != null) {
                    throw new NotQueryable("two instances claim partition " + partition + ": a rebalance is under way");
                }
            }
        }
        int partitions = partitionCounts.applyAsInt(topic);
        if (active.size() != partitions) {
            throw new NotQueryable(partitions - active.size() + " of the " + partitions + " partitions of " + topic
                    + " have no running owner: a rebalance is under way, or an instance runs without sink.application.server");
        }
        Map<HostInfo, Set<Integer>> byHost = new HashMap<>();
        active.forEach((partition, host) -> byHost.computeIfAbsent(host, h -> new TreeSet<>()).add(partition));
        return byHost;
    }

    /** Every instance of the application that Streams knows of, by its {@code application.server}. */
    Set<HostInfo> instances() {
        Set<HostInfo> hosts = new HashSet<>();
        streams.metadataForAllStreamsClients().forEach(instance -> hosts.add(instance.hostInfo()));
        return hosts;
    }

    private <V> Page scan(String storeName, Optional<Set<Integer>> partitions, Predicate<V> filter,
                          ToLongBiFunction<V, Long> time, Function<V, ObjectNode> json, int limit, Optional<Cursor> cursor) {
        requireRunning();
        List<ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>>> stores = new ArrayList<>();
        if (partitions.isEmpty()) {
            stores.add(store(storeName, Optional.empty()));
        } else {
            partitions.get().forEach(partition -> stores.add(store(storeName, Optional.of(partition))));
        }
        List<Page.Entry> matches = new ArrayList<>();
        try {
            for (ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>> store : stores) {
                try (KeyValueIterator<String, ValueAndTimestamp<V>> all = store.all()) {
                    while (all.hasNext()) {
                        KeyValue<String, ValueAndTimestamp<V>> next = all.next();
                        V value = next.value.value();
                        if (value != null && filter.test(value)) {
                            matches.add(new Page.Entry(new Cursor(time.applyAsLong(value, next.value.timestamp()), next.key),
                                    json.apply(value)));
                        }
                    }
                }
            }
        } catch (InvalidStateStoreException e) {
            throw new NotQueryable("the store " + storeName + " is not queryable: " + e.getMessage(), e);
        }
        // a rebalance during the scan may have taken a partition away halfway
        requireRunning();
        return Page.of(matches, limit, cursor);
    }

    private <V> ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>> store(String name, Optional<Integer> partition) {
        StoreQueryParameters<ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>>> parameters =
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.timestampedKeyValueStore());
        if (partition.isPresent()) {
            parameters = parameters.withPartition(partition.get());
        }
        try {
            return streams.store(parameters);
        } catch (InvalidStateStoreException e) {
            throw new NotQueryable("the store " + name + (partition.map(p -> " (partition " + p + ")").orElse(""))
                    + " is not queryable here: " + e.getMessage(), e);
        }
    }

    /**
     * An instance without {@code application.server} answers from its own stores only, so it must run every
     * partition: another instance of the application id would otherwise hold part of the answer, unseen.
     */
    private void requireAllPartitionsLocal(String topic) {
        Set<Integer> local = new TreeSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                task.topicPartitions().stream().filter(p -> p.topic().equals(topic)).forEach(p -> local.add(p.partition()));
            }
        }
        int partitions = partitionCounts.applyAsInt(topic);
        if (local.size() != partitions) {
            throw new NotQueryable("this sink instance runs " + local.size() + " of the " + partitions + " partitions of "
                    + topic + ": another instance shares its application id; set sink.application.server on every instance"
                    + " so that they can ask one another");
        }
    }

    private void requireRunning() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            throw new NotQueryable("the sink's Streams app is " + state + ", not RUNNING: its stores are not complete");
        }
    }
}
