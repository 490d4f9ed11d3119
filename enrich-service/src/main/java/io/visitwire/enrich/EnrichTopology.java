package io.visitwire.enrich;

import io.visitwire.extraction.Extractor;
import io.visitwire.enrich.guard.RepostFilter;
import io.visitwire.enrich.guard.SameStoryPartitioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.deadletter.RecordOrigin;
import io.visitwire.schemas.deadletter.RequiredValue;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code articles.raw.v1 → enrich → articles.enriched.v1}, keyed by article id throughout. Before
 * enrichment the articles pass through a repartition topic ({@value #BY_STORY}) that groups the postings of
 * one story on one partition ({@link SameStoryPartitioner}), so that {@link RepostFilter} drops a re-post
 * of the same URL under another id whichever partition the producer chose. A record that fails to decode
 * or to enrich goes to the dead-letter topic through the handlers the service configures, named by where
 * it was posted ({@link RecordOrigin}); the stream goes on. A record without a value (a tombstone, or zero bytes)
 * fails to decode ({@link RequiredValue}). Inbound headers in Streams' or visitwire's names are dropped on the
 * way in ({@link io.visitwire.schemas.deadletter.ReservedHeaders}); the producer's other headers pass through.
 */
public final class EnrichTopology {

    public static final String ENRICH_PROCESSOR = "enrich";
    /** The name of the repartition step; the topic is {@code <application.id>-articles-by-story-repartition}. */
    public static final String BY_STORY = "articles-by-story";
    /** How long a posted article is remembered to recognise a re-post: the input topic's retention. */
    public static final Duration DEFAULT_REPOST_WINDOW = Duration.ofDays(7);

    public static Topology build(Extractor enricher, Duration repostWindow) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(RepostFilter.STORE), Serdes.String(), Serdes.String()));
        builder.stream(Topics.ARTICLES_RAW.name(),
                        Consumed.with(Topics.ARTICLES_RAW.keySerde(), RequiredValue.of(Topics.ARTICLES_RAW.valueSerde())))
                .processValues(RecordOrigin::stamp, Named.as("stamp-origin"))
                .repartition(Repartitioned.with(Topics.ARTICLES_RAW.keySerde(), Topics.ARTICLES_RAW.valueSerde())
                        .withName(BY_STORY)
                        .withStreamPartitioner(new SameStoryPartitioner()))
                .process(() -> new RepostFilter(enricher, repostWindow), Named.as(ENRICH_PROCESSOR), RepostFilter.STORE)
                .processValues(RecordOrigin::unstamp, Named.as("unstamp-origin"))
                .to(Topics.ARTICLES_ENRICHED.name(),
                        Produced.with(Topics.ARTICLES_ENRICHED.keySerde(), Topics.ARTICLES_ENRICHED.valueSerde()));
        return builder.build();
    }

    /** Every topic enrich consumes: it has enriched all it was given when its group has committed all of them. */
    public static List<String> inputTopics(String applicationId) {
        return List.of(Topics.ARTICLES_RAW.name(), applicationId + "-" + BY_STORY + "-repartition");
    }

    private EnrichTopology() {
    }
}
