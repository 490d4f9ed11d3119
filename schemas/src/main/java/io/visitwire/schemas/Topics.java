package io.visitwire.schemas;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.VisitEvent;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of visitwire's contract. Values are Avro in single-object encoding
 * (schema fingerprint + binary body), keys are UTF-8 strings.
 */
public final class Topics {

    /** Articles as posted. Key: article id (see {@code ArticleIds}). */
    public static final Topic<String, Article> ARTICLES_RAW =
            new Topic<>("articles.raw.v1", Serdes.String(), AvroSerde.of(Article.class));

    /** Articles with entities, commitments and visit mentions. Key: article id. */
    public static final Topic<String, EnrichedArticle> ARTICLES_ENRICHED =
            new Topic<>("articles.enriched.v1", Serdes.String(), AvroSerde.of(EnrichedArticle.class));

    /** Visit events, one key per real-world visit, compacted. Key: visit id. */
    public static final Topic<String, VisitEvent> VISITS =
            new Topic<>("visits.v1", Serdes.String(), AvroSerde.of(VisitEvent.class));

    /** Commitments. Key: commitment id. */
    public static final Topic<String, Commitment> COMMITMENTS =
            new Topic<>("commitments.v1", Serdes.String(), AvroSerde.of(Commitment.class));

    /**
     * Records that could not be processed: original key and value bytes, headers say why
     * (see {@code DeadLetterHeaders}).
     */
    public static final Topic<byte[], byte[]> ARTICLES_DLQ =
            new Topic<>("articles.dlq.v1", Serdes.ByteArray(), Serdes.ByteArray());

    public static final List<Topic<?, ?>> ALL =
            List.of(ARTICLES_RAW, ARTICLES_ENRICHED, VISITS, COMMITMENTS, ARTICLES_DLQ);

    public static Optional<Topic<?, ?>> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    private Topics() {
    }
}
