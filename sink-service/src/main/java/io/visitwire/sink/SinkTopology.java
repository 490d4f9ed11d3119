package io.visitwire.sink;

import io.visitwire.schemas.AvroSerde;
import io.visitwire.schemas.Topic;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.VisitIds;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.KnownVisits;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.deadletter.RequiredValue;
import io.visitwire.schemas.deadletter.ReservedHeaders;
import io.visitwire.sink.merge.VisitMergeProcessor;
import io.visitwire.sink.metrics.SinkMetrics;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code articles.enriched.v1 → visits.v1 (key: visit id) and commitments.v1 (key: commitment id)}.
 *
 * <p>Visits: each article's visits (assembled by enrich, one per visitor and country) are re-keyed
 * by visitor and country, so every report
 * of one person's trips to one country meets the same task and its store of known visits;
 * merged, they leave under the stable visit id, which lets a compacted {@code visits.v1} hold
 * one record per real visit, updated as reports arrive.
 *
 * <p>An article without a value (a tombstone, or zero bytes) fails to decode and is dead-lettered
 * ({@link RequiredValue}); inbound headers in Streams' or visitwire's names are dropped
 * ({@link ReservedHeaders}), the producer's other headers pass through to the visits and commitments.
 *
 * <p>Queries: {@code visits.v1} and {@code commitments.v1} are read back as tables, {@value #VISITS_BY_ID} and
 * {@value #COMMITMENTS_BY_ID} (changelogged key-value stores with timestamps), so the query API answers what the
 * topics say, and each store is partitioned as its topic is: the instance that owns a key's partition holds it.
 */
public final class SinkTopology {

    /** Name of the repartition step; Streams names its topic {@code <application.id>-visits-by-visitor-repartition}. */
    public static final String VISITS_BY_VISITOR = "visits-by-visitor";
    /** The latest visit of each visit id, as {@code visits.v1} holds it: the store behind the visit queries. */
    public static final String VISITS_BY_ID = "visits-by-id";
    /** Each commitment by id, as {@code commitments.v1} holds it: the store behind the commitment queries. */
    public static final String COMMITMENTS_BY_ID = "commitments-by-id";

    public static Topology build() {
        return build(SinkMetrics.unregistered());
    }

    /** @param metrics counts each visit event and commitment as it is handed to its topic */
    public static Topology build(SinkMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VisitMergeProcessor.STORE),
                Serdes.String(), AvroSerde.of(KnownVisits.class)));

        KStream<String, EnrichedArticle> enriched = builder.stream(Topics.ARTICLES_ENRICHED.name(),
                        Consumed.with(Topics.ARTICLES_ENRICHED.keySerde(),
                                RequiredValue.of(Topics.ARTICLES_ENRICHED.valueSerde())))
                .processValues(ReservedHeaders::drop, Named.as("drop-reserved-headers"));

        enriched.flatMap((articleId, article) -> article.getVisitEvents().stream()
                        .map(visit -> KeyValue.pair(visitorAndCountry(visit), visit)).toList(),
                        Named.as("split-visits"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.VISITS.valueSerde()).withName(VISITS_BY_VISITOR))
                .process(VisitMergeProcessor::new, Named.as("merge-visits"), VisitMergeProcessor.STORE)
                .peek((visitId, visit) -> metrics.visitPublished(), Named.as("count-visits"))
                .to(Topics.VISITS.name(), Produced.with(Topics.VISITS.keySerde(), Topics.VISITS.valueSerde()));

        enriched.flatMap((articleId, article) -> article.getCommitments().stream()
                        .map(commitment -> KeyValue.pair(commitment.getId(), commitment)).toList(),
                        Named.as("split-commitments"))
                .peek((commitmentId, commitment) -> metrics.commitmentPublished(), Named.as("count-commitments"))
                .to(Topics.COMMITMENTS.name(),
                        Produced.with(Topics.COMMITMENTS.keySerde(), Topics.COMMITMENTS.valueSerde()));

        queryable(builder, Topics.VISITS, VISITS_BY_ID);
        queryable(builder, Topics.COMMITMENTS, COMMITMENTS_BY_ID);
        return builder.build();
    }

    /**
     * The topic read back into a store of its own (not the merge's, keyed by visitor and country), so that
     * Streams' key metadata finds a visit id's owner by the partition {@code to()} wrote it to.
     */
    private static <V> void queryable(StreamsBuilder builder, Topic<String, V> topic, String store) {
        builder.table(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde()).withName("read-" + store),
                Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(topic.keySerde()).withValueSerde(topic.valueSerde()));
    }

    /**
     * Every topic the sink's merge consumes: it has caught up when its group has committed all of them. (The query
     * stores also read {@code visits.v1} and {@code commitments.v1}, the sink's own output, a commit behind it.)
     */
    public static List<String> inputTopics(String applicationId) {
        return List.of(Topics.ARTICLES_ENRICHED.name(), applicationId + "-" + VISITS_BY_VISITOR + "-repartition");
    }

    static String visitorAndCountry(VisitEvent visit) {
        return VisitIds.surnameKey(visit.getVisitor().getName()) + "|" + visit.getCountry();
    }

    private SinkTopology() {
    }
}
