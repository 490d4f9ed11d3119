package io.visitwire.reliability;

import static org.awaitility.Awaitility.await;

import io.visitwire.reliability.ScriptedEnricher.Cost;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import io.visitwire.sink.SinkMain;
import io.visitwire.schemas.VisitIds;
import io.visitwire.testkit.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fault-test run: a broker of its own (fixed ports, data in a directory, so it can be restarted
 * under running clients), the enrich service (with the {@link ScriptedEnricher}) and the sink service
 * as separate JVMs, and a producer posting generated articles in waves. Each article names one
 * visitor (a surname no other article shares) and one country, so the visit id it must produce
 * is known in advance. Every NLP run of the stand-in is logged to a file, so the run knows how much
 * enrichment work was done, redone work included.
 */
final class FaultRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FaultRun.class);

    static final int PARTITIONS = 3;
    /** Stands in for NLP time, so that a kill lands while records are in flight. */
    private static final Cost QUICK_NLP = Cost.flat(Duration.ofMillis(25));
    /**
     * The enrich time cap per article in these runs. Each article of these runs is enriched well within it; a
     * small cap keeps what the services derive from it (transactions, poll intervals) short.
     */
    private static final int MAX_ARTICLE_SECONDS = 5;
    /**
     * A SIGKILLed instance stays a group member until its session expires; the broker's minimum is
     * 6 s. The Streams default (45 s) would make every restart wait that long.
     */
    private static final int SESSION_TIMEOUT_MS = 6_000;
    /**
     * A killed instance's open transaction blocks read_committed readers until it is aborted. The sink's (its
     * work per record is tiny); enrich sizes its own from {@link #MAX_ARTICLE_SECONDS}.
     */
    private static final int SINK_TRANSACTION_TIMEOUT_MS = 10_000;
    private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);
    /** How often the test's own producer may be replaced to deliver articles it failed to deliver. */
    private static final int RESENDS = 2;
    private static final List<String> COUNTRIES = List.of("FR", "DE", "JP", "BR", "KE", "IN", "AZ");

    /** Which processes a kill takes down. */
    enum Target { ENRICH, SINK, BOTH }

    private final String runId;
    private final Path directory;
    private final int brokerPort = EmbeddedKafkaBroker.findFreePort();
    private final int controllerPort = EmbeddedKafkaBroker.findFreePort();
    private final Random random;
    private final Cost nlpCost;
    private final Path nlpRunLog;
    private final Map<String, String> visitIdByArticle = new LinkedHashMap<>();
    private final Map<Target, Integer> kills = new HashMap<>();
    private EmbeddedKafkaBroker broker;
    private KafkaProducer<String, Article> producer;
    private ServiceProcess enrich;
    private ServiceProcess sink;
    private int brokerRestarts;
    /** Ids of articles the test's own producer had to send again (a producer a broker restart left stuck). */
    private final Set<String> resent = new java.util.TreeSet<>();

    private FaultRun(String runId, Path directory, long seed, Cost nlpCost) {
        this.runId = runId;
        this.directory = directory;
        this.random = new Random(seed);
        this.nlpCost = nlpCost;
        this.nlpRunLog = directory.resolve("nlp-runs.log");
    }

    static FaultRun start(String runId, Path directory, long seed, Path logDirectory) {
        return start(runId, directory, seed, logDirectory, QUICK_NLP);
    }

    /** @param nlpCost what each article costs the stand-in enricher */
    static FaultRun start(String runId, Path directory, long seed, Path logDirectory, Cost nlpCost) {
        FaultRun run = new FaultRun(runId, directory, seed, nlpCost);
        try {
            run.broker = run.startBroker();
            try (Admin admin = run.broker.createAdmin()) {
                TopicProvisioner.ensureTopics(admin, Topics.ALL, PARTITIONS, (short) 1);
                // a KRaft broker applies new topics to its metadata a moment after the controller created them
                await("every partition has a leader").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> Topics.ALL.stream().allMatch(topic -> allPartitionsLed(admin, topic.name())));
            }
            run.producer = run.newProducer();
            run.enrich = new ServiceProcess("enrich", StandInEnrichMain.class, run.enrichEnvironment(),
                    logDirectory.resolve("enrich.log"));
            run.sink = new ServiceProcess("sink", SinkMain.class, run.sinkEnvironment(), logDirectory.resolve("sink.log"));
            run.enrich.start();
            run.sink.start();
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }

    String enrichGroup() {
        return runId + "-enrich";
    }

    String sinkGroup() {
        return runId + "-sink";
    }

    Map<String, Object> clientProperties() {
        return broker.clientProperties();
    }

    /** Article id → the one visit id it must produce. */
    Map<String, String> expectedVisits() {
        return visitIdByArticle;
    }

    Map<Target, Integer> kills() {
        return kills;
    }

    int brokerRestarts() {
        return brokerRestarts;
    }

    /** Articles sent twice by the test itself: on {@code articles.raw.v1} they may be there twice, nowhere else. */
    Set<String> resent() {
        return resent;
    }

    /** How many times the stand-in NLP engine was run, in every enrich process so far (killed ones too). */
    int nlpRuns() {
        if (!Files.exists(nlpRunLog)) {
            return 0;
        }
        try (var lines = Files.lines(nlpRunLog)) {
            return (int) lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + nlpRunLog, e);
        }
    }

    List<ServiceProcess> services() {
        return List.of(enrich, sink);
    }

    /**
     * Posts a wave of articles, waits until a random number of records (up to half the wave, possibly
     * none) has come out of the service under attack, then SIGKILLs it and starts it again at once.
     */
    void waveWithKill(int trial, int waveSize) {
        Target target = Target.values()[random.nextInt(Target.values().length)];
        int progress = random.nextInt(waveSize / 2 + 1);
        // the sink is downstream of enrich, so its output also shows enrich at work
        String watched = target == Target.ENRICH ? Topics.ARTICLES_ENRICHED.name() : Topics.VISITS.name();
        long before = written(watched);
        awaitAcknowledged(send(waveSize));
        log.info("trial {}: kill {} once {} has {} more records (had {})", trial, target, watched, progress, before);
        awaitWritten(watched, before + progress);
        if (target != Target.SINK) {
            enrich.kill();
        }
        if (target != Target.ENRICH) {
            sink.kill();
        }
        log.info("trial {}: killed {} at {} records on {}; restarting", trial, target, written(watched), watched);
        if (target != Target.SINK) {
            enrich.start();
        }
        if (target != Target.ENRICH) {
            sink.start();
        }
        kills.merge(target, 1, Integer::sum);
    }

    /**
     * A crash with work waiting: posts a wave, SIGKILLs enrich once a random part of it (at least one
     * article, at most half) has been enriched, posts a backlog while enrich is down, and starts enrich
     * again, on a cold JVM facing the rest of the wave and the whole backlog.
     */
    void waveWithBacklogAfterKill(int trial, int waveSize, int backlog) {
        String watched = Topics.ARTICLES_ENRICHED.name();
        int progress = 1 + random.nextInt(waveSize / 2);
        long before = written(watched);
        awaitAcknowledged(send(waveSize));
        log.info("trial {}: kill enrich once {} has {} more records (had {})", trial, watched, progress, before);
        awaitWritten(watched, before + progress);
        enrich.kill();
        kills.merge(Target.ENRICH, 1, Integer::sum);
        log.info("trial {}: killed enrich at {} records on {}; posting {} articles while it is down",
                trial, written(watched), watched, backlog);
        awaitAcknowledged(send(backlog));
        enrich.start();
    }

    /**
     * Posts half a wave, waits until a random part of it has been enriched, stops the broker under the
     * running services, posts the other half while it is down (the producer buffers and retries), and
     * starts the broker again on the same data and ports.
     */
    void waveWithBrokerRestart(int trial, int waveSize) {
        int firstHalf = waveSize / 2;
        int progress = random.nextInt(firstHalf / 2 + 1);
        String watched = Topics.ARTICLES_ENRICHED.name();
        long before = written(watched);
        awaitAcknowledged(send(firstHalf));
        log.info("trial {}: restart the broker once {} has {} more records (had {})", trial, watched, progress, before);
        awaitWritten(watched, before + progress);
        broker.close();
        log.info("trial {}: broker stopped; posting {} articles while it is down", trial, waveSize - firstHalf);
        // send() blocks while the broker is away (the topic drops out of the producer's metadata), so post
        // beside the restart; the producer delivers once the broker is back
        CompletableFuture<List<Sent>> duringOutage =
                CompletableFuture.supplyAsync(() -> send(waveSize - firstHalf));
        broker = startBroker();
        brokerRestarts++;
        log.info("trial {}: broker back on {}", trial, broker.bootstrapServers());
        try {
            awaitAcknowledged(duringOutage.get(2, TimeUnit.MINUTES));
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Articles posted while the broker was down were not sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Posts a wave and lets the services run without interference. */
    void quietWave(int waveSize) {
        awaitAcknowledged(send(waveSize));
    }

    private EmbeddedKafkaBroker startBroker() {
        return EmbeddedKafkaBroker.builder()
                .dataDirectory(directory.resolve("kafka"))
                .brokerPort(brokerPort)
                .controllerPort(controllerPort)
                // abort a killed instance's transaction soon after it times out (default: checked every 10 s)
                .brokerProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000")
                .start();
    }

    private KafkaProducer<String, Article> newProducer() {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, runId + "-articles");
        // the test's own producer is not under test: a slow CI machine must not turn its default 2 minutes into a failure
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ACK_TIMEOUT.toMillis());
        return new KafkaProducer<>(props, Topics.ARTICLES_RAW.keySerde().serializer(),
                Topics.ARTICLES_RAW.valueSerde().serializer());
    }

    private Map<String, String> commonEnvironment(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("VISITWIRE_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("VISITWIRE_STATE_DIR", directory.resolve("state").resolve(service).toString());
        env.put("VISITWIRE_TOPICS_PARTITIONS", Integer.toString(PARTITIONS));
        env.put("VISITWIRE_KAFKA_SESSION_TIMEOUT_MS", Integer.toString(SESSION_TIMEOUT_MS));
        env.put("VISITWIRE_KAFKA_HEARTBEAT_INTERVAL_MS", Integer.toString(SESSION_TIMEOUT_MS / 4));
        return env;
    }

    private Map<String, String> enrichEnvironment() {
        Map<String, String> env = commonEnvironment("enrich");
        env.put("VISITWIRE_ENRICH_APPLICATION_ID", enrichGroup());
        env.put("VISITWIRE_ENRICH_MAX_ARTICLE_SECONDS", Integer.toString(MAX_ARTICLE_SECONDS));
        env.put("VISITWIRE_STANDIN_WORK_MS", Long.toString(nlpCost.warm().toMillis()));
        env.put("VISITWIRE_STANDIN_COLD_WORK_MS", Long.toString(nlpCost.cold().toMillis()));
        env.put("VISITWIRE_STANDIN_COLD_ARTICLES", Integer.toString(nlpCost.coldArticles()));
        env.put("VISITWIRE_STANDIN_RUN_LOG", nlpRunLog.toString());
        return env;
    }

    private Map<String, String> sinkEnvironment() {
        Map<String, String> env = commonEnvironment("sink");
        env.put("VISITWIRE_SINK_APPLICATION_ID", sinkGroup());
        // its /metrics on any free port: the default 8083 may be taken by another build on the machine
        env.put("VISITWIRE_SINK_HTTP_PORT", "0");
        env.put("VISITWIRE_KAFKA_TRANSACTION_TIMEOUT_MS", Integer.toString(SINK_TRANSACTION_TIMEOUT_MS));
        return env;
    }

    /** An article handed to the test's producer, and the broker's answer to come. */
    private record Sent(Article article, Future<RecordMetadata> ack) {
    }

    private List<Sent> send(int count) {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(send(nextArticle()));
        }
        return sent;
    }

    private Sent send(Article article) {
        return new Sent(article, producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), article.getId(), article)));
    }

    private Article nextArticle() {
        int n = visitIdByArticle.size();
        String id = String.format(Locale.ROOT, "%s-article-%04d", runId, n);
        String visitor = String.format(Locale.ROOT, "Envoy Z%04d", n);
        String country = COUNTRIES.get(n % COUNTRIES.size());
        String date = LocalDate.of(2024, 1, 1).plusDays(n).toString();
        visitIdByArticle.put(id, VisitIds.of(visitor, country, date, id));
        return Article.newBuilder()
                .setId(id)
                .setSource("fault-test")
                .setPublished(date)
                .setTitle(visitor + " visits " + country)
                .setBody(visitor + " arrived for talks.\n" + ScriptedEnricher.visitLine(visitor, country, date) + "\n")
                .setReceivedAt(Instant.now())
                .build();
    }

    /**
     * Waits for every article's acknowledgement. A failure names how many were refused, on which partitions
     * and why, with the broker's view of the topic: the CI log keeps little more than the assertion line.
     */
    /**
     * Waits until the broker acknowledged every article. The test's producer is not what is under test: one that a
     * broker restart left stuck (its batches expire unsent) is replaced and the unacknowledged articles are sent
     * again, at most {@link #RESENDS} times. Sending an article twice is a re-post, which the pipeline must
     * enrich once anyway, so the checks on what the services wrote stay as strict.
     */
    private void awaitAcknowledged(List<Sent> sent) {
        List<Sent> pending = sent;
        for (int attempt = 0; ; attempt++) {
            producer.flush();
            Map<String, Integer> failures = new TreeMap<>();
            Throwable firstCause = null;
            List<Article> unacknowledged = new ArrayList<>();
            for (Sent one : pending) {
                try {
                    one.ack().get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    failures.merge(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 1, Integer::sum);
                    firstCause = firstCause == null ? cause : firstCause;
                    unacknowledged.add(one.article());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            }
            if (firstCause == null) {
                return;
            }
            String why = "%d of %d articles were not acknowledged by the broker: %s; partitions as the broker sees them: %s"
                    .formatted(unacknowledged.size(), pending.size(), failures, partitionStates(Topics.ARTICLES_RAW.name()));
            if (attempt == RESENDS) {
                throw new AssertionError(why, firstCause);
            }
            log.warn("{}; sending them again with a new producer", why);
            unacknowledged.forEach(article -> resent.add(article.getId()));
            producer.close(Duration.ZERO);
            producer = newProducer();
            pending = unacknowledged.stream().map(this::send).toList();
        }
    }

    private static boolean allPartitionsLed(Admin admin, String topic) {
        try {
            return partitions(admin, topic).stream()
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private String partitionStates(String topic) {
        try (Admin admin = broker.createAdmin()) {
            return partitions(admin, topic).stream()
                    .map(partition -> partition.partition() + ": leader " + partition.leader() + ", isr " + partition.isr())
                    .toList().toString();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return "unknown (" + e + ")";
        }
    }

    private static List<TopicPartitionInfo> partitions(Admin admin, String topic) throws ExecutionException, TimeoutException {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private long written(String topic) {
        try (Admin admin = broker.createAdmin()) {
            return new TopicContents(broker.clientProperties()).writtenCount(admin, topic);
        }
    }

    private void awaitWritten(String topic, long count) {
        TopicContents topics = new TopicContents(broker.clientProperties());
        try (Admin admin = broker.createAdmin()) {
            await("%d records written to %s".formatted(count, topic))
                    .atMost(PROGRESS_TIMEOUT).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        requireAlive();
                        return topics.writtenCount(admin, topic) >= count;
                    });
        }
    }

    /** A service that exits by itself has not recovered: fail at once, pointing at its log. */
    void requireAlive() {
        for (ServiceProcess service : services()) {
            if (!service.isAlive()) {
                throw new AssertionError(service + " exited by itself; see " + service.logFile());
            }
        }
    }

    /** Closes both services cleanly (SIGTERM: Streams commits and leaves its group). */
    void stopServices() {
        enrich.stop();
        sink.stop();
    }

    @Override
    public void close() {
        for (ServiceProcess service : new ServiceProcess[] {enrich, sink}) {
            if (service != null) {
                service.close();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
        if (broker != null) {
            broker.close();
        }
    }
}
