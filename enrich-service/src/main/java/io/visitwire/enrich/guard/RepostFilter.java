package io.visitwire.enrich.guard;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.enrich.ArticleEnricher;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Enriches each article once: a re-post with the same content (same id, or the same URL under
 * another id) is dropped; a changed body under a known id is an update and is enriched again.
 * The fingerprint is stored only after a successful enrichment, in the same transaction as the
 * output, so a failure or a crash never marks an article as done.
 */
public final class RepostFilter implements Processor<String, Article, String, EnrichedArticle> {

    public static final String STORE = "enriched-fingerprints";
    private static final String URL_PREFIX = "url:";

    private final ArticleEnricher enricher;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, String> fingerprints;

    public RepostFilter(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.fingerprints = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        if (article == null) {
            return;
        }
        String fingerprint = ArticleFingerprint.of(article);
        String urlKey = article.getUrl() == null ? null : URL_PREFIX + article.getUrl();
        if (fingerprint.equals(fingerprints.get(record.key()))
                || (urlKey != null && fingerprint.equals(fingerprints.get(urlKey)))) {
            return;
        }
        EnrichedArticle enriched = enricher.enrich(article);
        fingerprints.put(record.key(), fingerprint);
        if (urlKey != null) {
            fingerprints.put(urlKey, fingerprint);
        }
        context.forward(record.withValue(enriched));
    }
}
