package io.visitwire.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.reliability.ScriptedEnricher.Cost;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nothing lost, nothing doubled: the enrich and sink services run as separate processes on a real
 * broker and are killed with SIGKILL at random points (and, in the second scenario, the broker is
 * restarted under them); at the end every article was enriched exactly once and {@code visits.v1}
 * holds exactly the expected visits, each written once, as a read_committed consumer sees them.
 * In the third scenario enrich is killed and a backlog waits for it on a cold JVM: besides nothing
 * lost or doubled, the NLP work redone (aborted transactions retried) must stay small.
 *
 * <p>The kill points come from a seeded {@link java.util.Random}; the seed is logged, and
 * {@code -Dvisitwire.faults.seed=<seed>} replays a run. Service logs are kept in
 * {@code target/reliability-logs/<run id>/}.
 *
 * <p>Each scenario has a broker of its own: topic names are fixed, and services of other tests
 * on a shared broker would read these articles (and these services theirs).
 */
class FaultToleranceIT {

    private static final Logger log = LoggerFactory.getLogger(FaultToleranceIT.class);

    static final String SEED_PROPERTY = "visitwire.faults.seed";
    private static final int WAVE = 40;
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(4);
    /**
     * NLP on a fresh JVM: seconds per article at first, less as the JIT compiles CoreNLP's hot loops, a fraction of a
     * second once it has (README, benchmarks: ~160 ms per generated article on one thread).
     */
    private static final Cost COLD_THEN_WARM_NLP = new Cost(Duration.ofMillis(150), Duration.ofMillis(3_000), 60);
    private static final int BACKLOG = 120;
    /** NLP runs beyond one per article, at most, as a share of the articles. */
    private static final double MAX_REDONE_NLP = 0.10;

    @Test
    void servicesKilledAtRandomPointsNeitherLoseNorDoubleAnything(@TempDir Path directory) {
        long seed = seed();
        try (FaultRun run = FaultRun.start(runId("kills"), directory, seed, logDirectory("kills"))) {
            int trials = 6;
            for (int trial = 1; trial <= trials; trial++) {
                run.waveWithKill(trial, WAVE);
            }
            verify(run, "kills", seed, trials);
        }
    }

    @Test
    void aBrokerRestartInTheMiddleNeitherLosesNorDoublesAnything(@TempDir Path directory) {
        long seed = seed();
        try (FaultRun run = FaultRun.start(runId("broker"), directory, seed, logDirectory("broker"))) {
            run.waveWithKill(1, WAVE);
            run.waveWithKill(2, WAVE);
            run.waveWithBrokerRestart(3, WAVE);
            run.waveWithKill(4, WAVE);
            run.waveWithKill(5, WAVE);
            verify(run, "broker restart", seed, 5);
        }
    }

    @Test
    void aBacklogAfterACrashIsEnrichedOnceWithLittleNlpRedone(@TempDir Path directory) {
        long seed = seed();
        try (FaultRun run = FaultRun.start(runId("backlog"), directory, seed, logDirectory("backlog"),
                COLD_THEN_WARM_NLP)) {
            run.waveWithBacklogAfterKill(1, 20, BACKLOG);
            verify(run, "backlog after a crash", seed, 1);
            int articles = run.expectedVisits().size();
            int nlpRuns = run.nlpRuns();
            assertTrue(nlpRuns <= articles * (1 + MAX_REDONE_NLP),
                    "%d NLP runs for %d articles: %d redone, more than %.0f %% (seed %d)".formatted(nlpRuns, articles,
                            nlpRuns - articles, MAX_REDONE_NLP * 100, seed));
        }
    }

    private static void verify(FaultRun run, String scenario, long seed, int trials) {
        TopicContents topics = new TopicContents(run.clientProperties());
        Map<String, String> expected = run.expectedVisits();
        Set<String> expectedVisitIds = new HashSet<>(expected.values());
        await("every article enriched and every visit published").atMost(CATCH_UP_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    run.requireAlive();
                    return keys(topics.readAll(Topics.ARTICLES_ENRICHED.name())).containsAll(expected.keySet())
                            && keys(topics.readAll(Topics.VISITS.name())).containsAll(expectedVisitIds);
                });
        // a clean stop commits and ends every transaction, so what is read next is final
        run.stopServices();
        try (Admin admin = Admin.create(run.clientProperties())) {
            await("no open transaction on the output topics").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> topics.noOpenTransaction(admin, Topics.ARTICLES_ENRICHED.name())
                            && topics.noOpenTransaction(admin, Topics.VISITS.name()));
            assertEquals(0, topics.lag(admin, run.enrichGroup(), Topics.ARTICLES_RAW.name()),
                    "enrich left articles.raw.v1 unconsumed");
        }

        List<ConsumerRecord<byte[], byte[]>> raw = topics.readAll(Topics.ARTICLES_RAW.name());
        List<ConsumerRecord<byte[], byte[]>> enriched = topics.readAll(Topics.ARTICLES_ENRICHED.name());
        List<ConsumerRecord<byte[], byte[]>> visits = topics.readAll(Topics.VISITS.name());
        List<ConsumerRecord<byte[], byte[]>> deadLetters = topics.readAll(Topics.ARTICLES_DLQ.name());

        Map<String, Long> rawCounts = counts(raw);
        Map<String, Long> enrichedCounts = counts(enriched);
        Map<String, Long> visitCounts = counts(visits);
        Map<String, String> articleByVisit = expected.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<String> wrongSources = visits.stream()
                .map(record -> Topics.VISITS.valueSerde().deserializer().deserialize(record.topic(), record.value()))
                .filter(visit -> !List.of(articleByVisit.get(visit.getVisitId()))
                        .equals(visit.getSources().stream().map(SourceRef::getArticleId).toList()))
                .map(VisitEvent::getVisitId)
                .toList();
        List<String> wrongEnrichment = enriched.stream()
                .map(record -> Topics.ARTICLES_ENRICHED.valueSerde().deserializer().deserialize(record.topic(), record.value()))
                .filter(article -> article.getVisits().size() != 1)
                .map(EnrichedArticle::getArticleId)
                .toList();

        log.info("{}: seed {}, {} trials (kills {}, broker restarts {}, articles the test re-sent {}), service starts {};"
                        + " checked {} articles:"
                        + " {} raw, {} enriched, {} visit records, {} dead letters, {} NLP runs; lost {}, doubled {}, extra {}",
                scenario, seed, trials, run.kills(), run.brokerRestarts(), run.resent().size(),
                run.services().stream().map(s -> s.name() + "=" + s.starts()).toList(), expected.size(),
                raw.size(), enriched.size(), visits.size(), deadLetters.size(), run.nlpRuns(),
                missing(expected.keySet(), enrichedCounts).size() + missing(expectedVisitIds, visitCounts).size(),
                doubled(enrichedCounts).size() + doubled(visitCounts).size(),
                extra(expected.keySet(), enrichedCounts).size() + extra(expectedVisitIds, visitCounts).size());

        String replay = " (seed " + seed + "; replay with -D" + SEED_PROPERTY + "=" + seed + ")";
        assertAll(
                () -> assertEquals(Set.of(), missing(expected.keySet(), rawCounts), "articles the broker lost" + replay),
                () -> assertEquals(Map.of(), withoutKeys(doubled(rawCounts), run.resent()), "articles the producer doubled" + replay),
                () -> assertEquals(Set.of(), missing(expected.keySet(), enrichedCounts), "articles never enriched" + replay),
                () -> assertEquals(Map.of(), doubled(enrichedCounts), "articles enriched more than once" + replay),
                () -> assertEquals(Set.of(), extra(expected.keySet(), enrichedCounts), "enriched articles nobody posted" + replay),
                () -> assertEquals(List.of(), wrongEnrichment, "enriched articles without their one visit" + replay),
                () -> assertEquals(Set.of(), missing(expectedVisitIds, visitCounts), "visits lost" + replay),
                () -> assertEquals(Map.of(), doubled(visitCounts), "visits written more than once" + replay),
                () -> assertEquals(Set.of(), extra(expectedVisitIds, visitCounts), "unexpected visits" + replay),
                () -> assertEquals(List.of(), wrongSources, "visits whose sources are not their one article" + replay),
                () -> assertEquals(0, deadLetters.size(), "records dead-lettered" + replay),
                () -> assertTrue(trials > 0));
    }

    private static long seed() {
        Long fixed = Long.getLong(SEED_PROPERTY);
        long seed = fixed != null ? fixed : System.currentTimeMillis();
        log.info("Kill points from seed {} (replay with -D{}={})", seed, SEED_PROPERTY, seed);
        return seed;
    }

    private static String runId(String scenario) {
        return "faults-" + scenario + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path logDirectory(String scenario) {
        return Path.of("target", "reliability-logs", scenario + "-" + System.currentTimeMillis());
    }

    private static Set<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(TopicContents::key).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(TopicContents::key, HashMap::new, Collectors.counting()));
    }

    private static Set<String> missing(Set<String> expected, Map<String, Long> counts) {
        return expected.stream().filter(key -> !counts.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> extra(Set<String> expected, Map<String, Long> counts) {
        return counts.keySet().stream().filter(key -> !expected.contains(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Long> doubled(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Long> withoutKeys(Map<String, Long> counts, Set<String> keys) {
        Map<String, Long> kept = new TreeMap<>(counts);
        kept.keySet().removeAll(keys);
        return kept;
    }
}
