package io.visitwire.enrich.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.visitwire.extraction.Extractor;
import io.visitwire.enrich.guard.BoundedEnricher;
import io.visitwire.ops.metrics.EmittedCounters;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and times what the NLP engine does with each article, and logs one line per article:
 * <ul>
 *   <li>{@code visitwire_articles_enriched_total{language}}: articles enriched (a re-post skipped before the
 *       engine is not counted);</li>
 *   <li>{@code visitwire_entities_emitted_total{stage="enrich"}}, {@code visitwire_visits_emitted_total{stage="enrich"}}
 *       (visit mentions) and {@code visitwire_commitments_emitted_total{stage="enrich"}}: what the enriched
 *       articles carry;</li>
 *   <li>{@code visitwire_nlp_duration_seconds{outcome}}: time per article in the engine, as a histogram;
 *       {@code outcome} is {@code ok}, {@code too_costly} (over a limit, dead-lettered) or {@code failed}.</li>
 * </ul>
 * Counted when the work is done: a Streams transaction that aborts and is retried counts its articles again.
 */
public final class MeteredEnricher implements Extractor {

    public static final String ENRICHED = "visitwire.articles.enriched";
    public static final String ENTITIES = "visitwire.entities.emitted";
    public static final String VISITS = EmittedCounters.VISITS;
    public static final String COMMITMENTS = EmittedCounters.COMMITMENTS;
    public static final String NLP_DURATION = "visitwire.nlp.duration";
    /** The {@code stage} tag shared with the sink's counters of the same names. */
    public static final String STAGE = "enrich";

    /** Buckets of the NLP time histogram: a short article takes well under a second, the cap is minutes. */
    private static final Duration[] NLP_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)};

    private static final Logger log = LoggerFactory.getLogger(MeteredEnricher.class);

    private final Extractor delegate;
    private final MeterRegistry registry;
    private final Counter entities;
    private final Counter visits;
    private final Counter commitments;

    public MeteredEnricher(Extractor delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        this.entities = Counter.builder(ENTITIES).tag("stage", STAGE)
                .description("Entities (people, organizations, places) emitted").register(registry);
        this.visits = EmittedCounters.visits(registry, STAGE);
        this.commitments = EmittedCounters.commitments(registry, STAGE);
        for (String outcome : new String[] {"ok", "too_costly", "failed"}) {
            nlpTimer(outcome);
        }
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            EnrichedArticle enriched = delegate.enrich(article);
            outcome = "ok";
            count(enriched, Duration.ofNanos(System.nanoTime() - start));
            return enriched;
        } catch (BoundedEnricher.ArticleTooCostlyException e) {
            outcome = "too_costly";
            throw e;
        } finally {
            nlpTimer(outcome).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void count(EnrichedArticle enriched, Duration took) {
        Counter.builder(ENRICHED).tag("language", enriched.getLanguage())
                .description("Articles enriched, by detected language").register(registry).increment();
        entities.increment(enriched.getEntities().size());
        visits.increment(enriched.getVisits().size());
        commitments.increment(enriched.getCommitments().size());
        log.info("Article {} enriched in {} ms: language {}, {} entities, {} visit mentions, {} commitments",
                enriched.getArticleId(), took.toMillis(), enriched.getLanguage(), enriched.getEntities().size(),
                enriched.getVisits().size(), enriched.getCommitments().size());
    }

    private Timer nlpTimer(String outcome) {
        return Timer.builder(NLP_DURATION)
                .description("Time one article spends in the NLP engine")
                .tag("outcome", outcome)
                .serviceLevelObjectives(NLP_BUCKETS)
                .register(registry);
    }
}
