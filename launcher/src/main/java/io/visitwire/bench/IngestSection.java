package io.visitwire.bench;

import io.visitwire.ingest.IngestConfig;
import io.visitwire.ingest.IngestService;
import io.visitwire.ingest.http.IngestApi;
import io.visitwire.schemas.Topics;
import io.visitwire.testkit.EmbeddedKafkaBroker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (d) The HTTP ingest path alone ({@code POST /articles}: Javalin, validation, Avro, the
 * idempotent {@code acks=all} publisher answering 202 after the broker's ack) on a broker of its
 * own, with no enrichment competing for the CPU; many concurrent java.net.http clients for a fixed
 * duration. Then Kafka's own {@code ProducerPerformance} on the same broker with the same record
 * size and acks, as the reference.
 */
public final class IngestSection implements BenchSection {

    public static final String NAME = "ingest";
    private static final String ID_SLOT = "@@ID@@";

    private final List<SyntheticArticle> corpus;
    private final int clients;
    private final Duration duration;
    private final int perfRecords;
    private final String token = "bench-" + System.nanoTime();
    private final AtomicLong sequence = new AtomicLong();
    private Path dataDir;
    private EmbeddedKafkaBroker broker;
    private IngestService ingest;
    private List<String> templates;
    private int recordSize;

    public IngestSection(List<SyntheticArticle> corpus, int clients, Duration duration, int perfRecords) {
        this.corpus = corpus;
        this.clients = clients;
        this.duration = duration;
        this.perfRecords = perfRecords;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare() throws Exception {
        dataDir = Files.createTempDirectory("visitwire-bench-ingest");
        broker = EmbeddedKafkaBroker.builder().dataDirectory(dataDir).brokerPort(0).start();
        Map<String, String> settings = new HashMap<>();
        broker.clientProperties().forEach((k, v) -> settings.put(IngestConfig.KAFKA_PREFIX + k, String.valueOf(v)));
        settings.put("http.port", "0");
        settings.put("http.auth.token", token);
        IngestConfig config = IngestConfig.fromSettings(settings, "visitwire bench");
        ingest = IngestService.start(config);
        templates = new ArrayList<>();
        long bytes = 0;
        for (SyntheticArticle article : corpus) {
            templates.add(article.withId(ID_SLOT).toJson());
            bytes += Topics.ARTICLES_RAW.valueSerde().serializer()
                    .serialize(Topics.ARTICLES_RAW.name(), article.toAvro(Instant.now())).length;
        }
        recordSize = (int) (bytes / corpus.size());
        // warm-up: JIT, connections, producer metadata
        runClients(Duration.ofSeconds(Math.min(5, duration.toSeconds())));
    }

    @Override
    public List<Figure> run(int run) throws Exception {
        ClientTally tally = runClients(duration);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(NAME, "HTTP POST /articles, " + clients + " clients", "requests/s",
                tally.accepted / tally.seconds));
        figures.add(new Figure(NAME, "HTTP POST /articles, " + clients + " clients", "MB/s",
                tally.accepted * (double) recordSize / 1e6 / tally.seconds));
        figures.add(new Figure(NAME, "HTTP POST /articles latency p50", "ms", Stats.median(tally.latencies)));
        figures.add(new Figure(NAME, "HTTP POST /articles latency p99", "ms", Stats.percentile(tally.latencies, 99)));
        figures.add(new Figure(NAME, "HTTP requests not answered 202", "requests", tally.failed));
        ProducerPerfReference.Result perf = ProducerPerfReference.run(broker.clientProperties(), perfRecords, recordSize);
        figures.add(new Figure(NAME, "Kafka ProducerPerformance (acks=all, idempotent), " + recordSize + " B records",
                "records/s", perf.recordsPerSecond()));
        figures.add(new Figure(NAME, "Kafka ProducerPerformance (acks=all, idempotent), " + recordSize + " B records",
                "MB/s", perf.megabytesPerSecond()));
        figures.add(new Figure(NAME, "Kafka ProducerPerformance latency p50", "ms", perf.p50Ms()));
        figures.add(new Figure(NAME, "Kafka ProducerPerformance latency p99", "ms", perf.p99Ms()));
        return figures;
    }

    private record ClientTally(long accepted, long failed, double seconds, List<Double> latencies) {
    }

    private ClientTally runClients(Duration window) throws Exception {
        URI uri = URI.create("http://localhost:" + ingest.httpPort() + IngestApi.ARTICLES_PATH);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long t0 = System.nanoTime();
        long end = t0 + window.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int i = client;
                while (System.nanoTime() < end) {
                    String id = "ingest-" + sequence.incrementAndGet();
                    String body = templates.get(i++ % templates.size()).replace(ID_SLOT, id);
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies.add((System.nanoTime() - sent) / 1e6);
                    (response.statusCode() == 202 ? accepted : failed).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdownNow();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ClientTally(accepted.get(), failed.get(), seconds, latencies);
    }

    @Override
    public void close() {
        if (ingest != null) {
            ingest.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (dataDir != null) {
            TempDirs.delete(dataDir);
        }
    }
}
