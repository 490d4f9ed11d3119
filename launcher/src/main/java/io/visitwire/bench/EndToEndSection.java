package io.visitwire.bench;

import io.visitwire.cli.AccessToken;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.extraction.Extractors;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.cli.Progress;
import io.visitwire.cli.VisitwireHome;
import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.cli.local.PipelineWatch;
import io.visitwire.sink.SinkConfig;
import io.visitwire.sink.SinkTopology;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * (c) The whole stack in this process, as {@code visitwire up} runs it (embedded broker in a
 * temporary VISITWIRE_HOME, ingest, enrich, sink), fed over HTTP at a fixed offered rate (open
 * loop: a post is sent on schedule whether or not earlier ones are done). Latency is from sending
 * the POST to the article's enrichment, and to its first visit event, seen by a read_committed
 * consumer. After the window the bench waits for the backlog to drain.
 */
public final class EndToEndSection implements BenchSection {

    public static final String NAME = "e2e";
    private static final int RUN_ID_STRIDE = 1_000_000;

    private final CorpusGenerator generator;
    private final double rate;
    private final Duration duration;
    private final int warmUpArticles;
    private final Duration settle;
    private final Progress progress;
    private Path home;
    private LocalPipeline pipeline;
    private ArrivalWatch watch;
    private HttpClient http;
    private String token;

    public EndToEndSection(CorpusGenerator generator, double rate, Duration duration, int warmUpArticles, Duration settle,
                           Progress progress) {
        this.generator = generator;
        this.rate = rate;
        this.duration = duration;
        this.warmUpArticles = warmUpArticles;
        this.settle = settle;
        this.progress = progress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare() throws Exception {
        home = Files.createTempDirectory("visitwire-bench-e2e");
        token = AccessToken.configuredOrNew();
        pipeline = LocalPipeline.withEmbeddedBroker(new VisitwireHome(home), 0, IngestConfig.DEFAULT_HTTP_HOST, 0, token,
                () -> Extractors.load(EnrichConfig.DEFAULT_WARM_UP_ARTICLES), progress);
        watch = new ArrivalWatch(pipeline.clientProperties());
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<SyntheticArticle> warm = generator.generate(RUN_ID_STRIDE * 99, warmUpArticles);
        for (SyntheticArticle article : warm) {
            post(article);
        }
        awaitEnriched(warm, Duration.ofMinutes(5));
    }

    private int post(SyntheticArticle article) throws Exception {
        return http.send(request(article), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest request(SyntheticArticle article) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.httpPort() + "/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(article.toJson()))
                .build();
    }

    private void awaitEnriched(List<SyntheticArticle> articles, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (articles.stream().anyMatch(a -> watch.enrichedAt(a.id()) == null) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Override
    public List<Figure> run(int run) throws Exception {
        int count = (int) Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
        List<SyntheticArticle> articles = generator.generate(RUN_ID_STRIDE * (run + 1), count);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = (long) (1e9 / rate);
        progress.say("e2e run %d: posting %d articles at %.2f/s for %s", run + 1, count, rate, duration);
        long t0 = System.nanoTime();
        pacer.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= count) {
                return;
            }
            SyntheticArticle article = articles.get(i);
            sentAt.put(article.id(), System.nanoTime());
            http.sendAsync(request(article), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        if (response.statusCode() == 202) {
                            accepted.incrementAndGet();
                        }
                    });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (next.get() < count) {
            Thread.sleep(50);
        }
        pacer.shutdown();
        long windowEnd = System.nanoTime();
        Duration drain = duration.compareTo(Duration.ofSeconds(120)) > 0 ? duration : Duration.ofSeconds(120);
        progress.say("e2e run %d: offered for %.1f s; waiting up to %s for the backlog", run + 1,
                (windowEnd - t0) / 1e9, drain);
        awaitEnriched(articles, drain);
        new PipelineWatch(pipeline.clientProperties()).awaitCaughtUp(SinkConfig.DEFAULT_APPLICATION_ID,
                SinkTopology.inputTopics(SinkConfig.DEFAULT_APPLICATION_ID), Duration.ofMinutes(2), lag -> { });
        Thread.sleep(1000);

        List<Double> toEnriched = new ArrayList<>();
        List<Double> toVisit = new ArrayList<>();
        List<Double> settledToVisit = new ArrayList<>();
        long lastEnriched = t0;
        for (SyntheticArticle article : articles) {
            long sent = sentAt.get(article.id());
            Long enriched = watch.enrichedAt(article.id());
            if (enriched != null) {
                toEnriched.add((enriched - sent) / 1e6);
                lastEnriched = Math.max(lastEnriched, enriched);
            }
            Long visit = watch.visitAt(article.id());
            if (visit != null) {
                toVisit.add((visit - sent) / 1e6);
                if (sent - t0 >= settle.toNanos()) {
                    settledToVisit.add((visit - sent) / 1e6);
                }
            }
        }
        double span = (lastEnriched - t0) / 1e9;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(NAME, "offered rate", "articles/s", rate));
        figures.add(new Figure(NAME, "posted", "articles", count));
        figures.add(new Figure(NAME, "accepted (202)", "articles", accepted.get()));
        figures.add(new Figure(NAME, "enriched", "articles", toEnriched.size()));
        figures.add(new Figure(NAME, "with a visit event", "articles", toVisit.size()));
        figures.add(new Figure(NAME, "throughput (enriched / first POST to last enrichment)", "articles/s",
                toEnriched.size() / span));
        figures.add(new Figure(NAME, "POST -> enriched p50", "ms", Stats.median(toEnriched)));
        figures.add(new Figure(NAME, "POST -> enriched p99", "ms", Stats.percentile(toEnriched, 99)));
        figures.add(new Figure(NAME, "POST -> visit event p50", "ms", Stats.median(toVisit)));
        figures.add(new Figure(NAME, "POST -> visit event p99", "ms", Stats.percentile(toVisit, 99)));
        figures.add(new Figure(NAME, "POST -> visit event max", "ms", Stats.max(toVisit)));
        // a fresh JVM compiles its hot paths in the first minute: the backlog of that minute is not steady state
        String settled = "(posted after the first " + settle.toSeconds() + " s)";
        figures.add(new Figure(NAME, "POST -> visit event p50 " + settled, "ms", Stats.median(settledToVisit)));
        figures.add(new Figure(NAME, "POST -> visit event p99 " + settled, "ms", Stats.percentile(settledToVisit, 99)));
        return figures;
    }


    @Override
    public List<Figure> after() {
        return HeapProbe.figures(NAME, "broker + 3 services, after the runs");
    }

    @Override
    public void close() throws Exception {
        if (watch != null) {
            watch.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (home != null) {
            TempDirs.delete(home);
        }
    }
}
