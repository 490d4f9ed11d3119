package io.visitwire.sink;

import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.sink.visits.VisitAssembler;
import java.time.Clock;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * {@code articles.enriched.v1 → visits.v1 (key: visit id) and commitments.v1 (key: commitment id)}.
 * Re-keying by visit id is what lets a compacted {@code visits.v1} hold one record per visit.
 */
public final class SinkTopology {

    public static Topology build(VisitAssembler assembler, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedArticle> enriched = builder.stream(Topics.ARTICLES_ENRICHED.name(),
                Consumed.with(Topics.ARTICLES_ENRICHED.keySerde(), Topics.ARTICLES_ENRICHED.valueSerde()));

        enriched.flatMap((articleId, article) -> assembler.assemble(article, clock.instant()).stream()
                        .map(visit -> KeyValue.pair(visit.getVisitId(), visit)).toList(), Named.as("assemble-visits"))
                .to(Topics.VISITS.name(), Produced.with(Topics.VISITS.keySerde(), Topics.VISITS.valueSerde()));

        enriched.flatMap((articleId, article) -> article.getCommitments().stream()
                        .map(commitment -> KeyValue.pair(commitment.getId(), commitment)).toList(),
                        Named.as("split-commitments"))
                .to(Topics.COMMITMENTS.name(),
                        Produced.with(Topics.COMMITMENTS.keySerde(), Topics.COMMITMENTS.valueSerde()));
        return builder.build();
    }

    private SinkTopology() {
    }
}
