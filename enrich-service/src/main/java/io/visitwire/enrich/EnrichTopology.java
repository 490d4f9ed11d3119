package io.visitwire.enrich;

import io.visitwire.enrich.guard.RepostFilter;
import io.visitwire.schemas.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code articles.raw.v1 → enrich → articles.enriched.v1}, keyed by article id throughout, so
 * partitioning by article survives the step. Re-posts of unchanged articles are dropped
 * ({@link RepostFilter}). A record that fails to decode or to enrich goes to the dead-letter
 * topic through the handlers the service configures; the stream goes on.
 */
public final class EnrichTopology {

    public static final String ENRICH_PROCESSOR = "enrich";

    public static Topology build(ArticleEnricher enricher) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RepostFilter.STORE),
                Serdes.String(), Serdes.String()));
        builder.stream(Topics.ARTICLES_RAW.name(),
                        Consumed.with(Topics.ARTICLES_RAW.keySerde(), Topics.ARTICLES_RAW.valueSerde()))
                .process(() -> new RepostFilter(enricher), Named.as(ENRICH_PROCESSOR), RepostFilter.STORE)
                .to(Topics.ARTICLES_ENRICHED.name(),
                        Produced.with(Topics.ARTICLES_ENRICHED.keySerde(), Topics.ARTICLES_ENRICHED.valueSerde()));
        return builder.build();
    }

    private EnrichTopology() {
    }
}
