package io.visitwire.extraction;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;

/**
 * Reads an article: entities, normalized dates, commitments and sentence-level visit mentions.
 * Implementations are thread-safe; the Kafka Streams topology and the offline {@code extract}
 * command share one instance per process.
 */
public interface Extractor {

    EnrichedArticle enrich(Article article);
}
