package io.visitwire.reliability;

import io.visitwire.extraction.Extractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.extraction.visits.VisitAssembler;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitMention;
import io.visitwire.schemas.avro.VisitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the NLP engine that reads what the article body spells out, one line each:
 * {@code visit: Ada Z0042 to FR on 2024-03-01.} becomes a completed visit mention, and
 * {@code fail: why} makes enrichment throw {@link ScriptedFailure}. The reliability tests check
 * Kafka's guarantees, not the NLP's judgement, so they need an engine whose output they know
 * exactly and that is fast.
 */
public final class ScriptedEnricher implements Extractor {

    public static final String ENGINE_VERSION = "scripted-stand-in";

    private static final Pattern VISIT =
            Pattern.compile("^visit: (.+) to ([A-Z]{2}) on (\\d{4}-\\d{2}-\\d{2})\\.$", Pattern.MULTILINE);
    private static final Pattern FAIL = Pattern.compile("^fail: (.+)$", Pattern.MULTILINE);

    private final Duration workPerArticle;

    public ScriptedEnricher() {
        this(Duration.ZERO);
    }

    /** @param workPerArticle time each article takes, standing in for NLP cost so a kill can land mid-stream */
    public ScriptedEnricher(Duration workPerArticle) {
        this.workPerArticle = workPerArticle;
    }

    /** The body line that makes this enricher report a visit. */
    public static String visitLine(String visitor, String country, String date) {
        return String.format(Locale.ROOT, "visit: %s to %s on %s.", visitor, country, date);
    }

    /** The body line that makes this enricher fail. */
    public static String failLine(String reason) {
        return "fail: " + reason;
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        String body = article.getBody();
        Matcher fail = FAIL.matcher(body);
        if (fail.find()) {
            throw new ScriptedFailure(fail.group(1));
        }
        simulateWork();
        List<VisitMention> visits = new ArrayList<>();
        Matcher visit = VISIT.matcher(body);
        while (visit.find()) {
            Evidence evidence = new Evidence(article.getId(), article.getUrl(), visit.group(), visit.start(), visit.end());
            visits.add(VisitMention.newBuilder()
                    .setVisitor(new PersonRef(visit.group(1), null, null))
                    .setCountry(visit.group(2))
                    .setStart(visit.group(3))
                    .setStatus(VisitStatus.COMPLETED)
                    .setEvidence(evidence)
                    .build());
        }
        EnrichedArticle enriched = EnrichedArticle.newBuilder()
                .setArticleId(article.getId())
                .setUrl(article.getUrl())
                .setSource(article.getSource())
                .setPublished(article.getPublished())
                .setTitle(article.getTitle())
                .setEngineVersion(ENGINE_VERSION)
                .setVisits(visits)
                .setEnrichedAt(Instant.now())
                .build();
        enriched.setVisitEvents(new VisitAssembler().assemble(enriched, enriched.getEnrichedAt()));
        return enriched;
    }

    private void simulateWork() {
        if (workPerArticle.isZero()) {
            return;
        }
        // stands in for NLP cost; nothing is awaited here
        try {
            Thread.sleep(workPerArticle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while enriching an article", e);
        }
    }

    /** What the enricher throws on a {@code fail:} line: stands in for an NLP failure. */
    public static final class ScriptedFailure extends RuntimeException {
        public ScriptedFailure(String message) {
            super(message);
        }
    }
}
