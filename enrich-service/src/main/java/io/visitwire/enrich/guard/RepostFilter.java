package io.visitwire.enrich.guard;

import io.visitwire.extraction.Extractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Enriches each article once: a re-post with the same content (same id, or the same URL under
 * another id) within the repost window is dropped; a changed body under a known id is an update
 * and is enriched again. The fingerprint is stored only after a successful enrichment, in the same
 * transaction as the output, so a failure or a crash never marks an article as done.
 *
 * <p>Postings of one URL must reach the same task: the topology routes them with
 * {@link SameStoryPartitioner}. Fingerprints not seen for longer than the window are forgotten, so the
 * store (and its changelog) holds about one window of articles, not every article ever posted.
 */
public final class RepostFilter implements Processor<String, Article, String, EnrichedArticle> {

    public static final String STORE = "enriched-fingerprints";
    private static final String URL_PREFIX = "url:";
    /** Forgetting runs on the stream thread and scans the store: often enough to bound it, rarely enough to cost nothing. */
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);

    private final Extractor enricher;
    private final Duration window;
    private ProcessorContext<String, EnrichedArticle> context;
    private TimestampedKeyValueStore<String, String> fingerprints;

    public RepostFilter(Extractor enricher, Duration window) {
        this.enricher = enricher;
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.fingerprints = context.getStateStore(STORE);
        context.schedule(SWEEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::forgetOlderThanWindow);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        if (article == null) {
            return;
        }
        String fingerprint = ArticleFingerprint.of(article);
        String urlKey = article.getUrl() == null ? null : URL_PREFIX + article.getUrl();
        boolean repost = fingerprint.equals(fingerprintOf(record.key()))
                || (urlKey != null && fingerprint.equals(fingerprintOf(urlKey)));
        if (!repost) {
            EnrichedArticle enriched = enricher.enrich(article);
            context.forward(record.withValue(enriched));
        }
        // a re-post renews the memory: a story posted again and again is never enriched twice
        remember(record.key(), fingerprint, record.timestamp());
        if (urlKey != null) {
            remember(urlKey, fingerprint, record.timestamp());
        }
    }

    private String fingerprintOf(String key) {
        ValueAndTimestamp<String> seen = fingerprints.get(key);
        return seen == null ? null : seen.value();
    }

    private void remember(String key, String fingerprint, long postedAt) {
        fingerprints.put(key, ValueAndTimestamp.make(fingerprint, postedAt));
    }

    /** Forgets fingerprints last posted before the window: a re-post after that is enriched again. */
    void forgetOlderThanWindow(long now) {
        long cutoff = now - window.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<String>> all = fingerprints.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<String>> entry = all.next();
                if (entry.value.timestamp() < cutoff) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(fingerprints::delete);
    }
}
