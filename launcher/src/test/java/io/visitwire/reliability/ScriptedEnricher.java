package io.visitwire.reliability;

import io.visitwire.extraction.Extractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.extraction.visits.VisitAssembler;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitMention;
import io.visitwire.schemas.avro.VisitStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the NLP engine that reads what the article body spells out, one line each:
 * {@code visit: Ada Z0042 to FR on 2024-03-01.} becomes a completed visit mention, and
 * {@code fail: why} makes enrichment throw {@link ScriptedFailure}. The reliability tests check
 * Kafka's guarantees, not the NLP's judgement, so they need an engine whose output they know
 * exactly and that is fast, or as slow as a {@link Cost} says.
 *
 * <p>Each call can be appended to a run log (one line with the article id), so a test counts how many
 * times the NLP ran, across processes and kills: work redone after an aborted transaction shows there.
 */
public final class ScriptedEnricher implements Extractor {

    public static final String ENGINE_VERSION = "scripted-stand-in";

    private static final Pattern VISIT =
            Pattern.compile("^visit: (.+) to ([A-Z]{2}) on (\\d{4}-\\d{2}-\\d{2})\\.$", Pattern.MULTILINE);
    private static final Pattern FAIL = Pattern.compile("^fail: (.+)$", Pattern.MULTILINE);

    private final Cost cost;
    private final Path runLog;
    private final AtomicInteger runs = new AtomicInteger();

    public ScriptedEnricher() {
        this(Cost.flat(Duration.ZERO), null);
    }

    /**
     * @param cost   time each article takes, standing in for NLP cost so a kill can land mid-stream
     * @param runLog file each call appends the article id to, or null for none
     */
    public ScriptedEnricher(Cost cost, Path runLog) {
        this.cost = cost;
        this.runLog = runLog;
    }

    /**
     * What an article costs: CoreNLP on a fresh JVM takes seconds per article, less and less as the JIT compiles
     * its hot loops, then a fraction of a second. The first call in this JVM takes {@code cold}, the next ones less
     * in equal steps, and from call {@code coldArticles} on each takes {@code warm}.
     */
    public record Cost(Duration warm, Duration cold, int coldArticles) {
        public static Cost flat(Duration work) {
            return new Cost(work, work, 0);
        }

        Duration ofRun(int run) {
            if (run >= coldArticles) {
                return warm;
            }
            return cold.minus(cold.minus(warm).multipliedBy(run).dividedBy(coldArticles));
        }
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
        int run = runs.getAndIncrement();
        logRun(article.getId());
        simulateWork(cost.ofRun(run));
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

    /** Lines are short and appended whole (O_APPEND), so the threads of one process and its successors share the file. */
    private synchronized void logRun(String articleId) {
        if (runLog == null) {
            return;
        }
        try {
            Files.writeString(runLog, articleId + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the run log " + runLog, e);
        }
    }

    private static void simulateWork(Duration work) {
        if (work.isZero()) {
            return;
        }
        // stands in for NLP cost; nothing is awaited here
        try {
            Thread.sleep(work.toMillis());
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
