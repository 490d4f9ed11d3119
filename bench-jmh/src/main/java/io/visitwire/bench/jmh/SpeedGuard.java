package io.visitwire.bench.jmh;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.extraction.Extractor;
import io.visitwire.extraction.Extractors;
import io.visitwire.extraction.nlp.DefaultEnglishNer;
import io.visitwire.extraction.nlp.TokenCounter;
import io.visitwire.schemas.avro.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The speed guard of issue 15 (enrichment ÷ CoreNLP's default English NER), as JMH benchmarks. One operation
 * is one pass over the whole {@link BenchCorpus} in file order, on one thread; the {@code tokens} counter
 * gives tokens/s (CoreNLP's English tokenizer, title + body, as {@code visitwire bench} counts them) and
 * {@code articles} articles/s. Each benchmark runs in forks of its own, so one's models never share a heap
 * or a JIT profile with another's.
 * <ul>
 *   <li>{@code enrich}: {@link Extractors#load()} (language gate, CoreNLP cascade, rules), as the services
 *       and {@code visitwire bench}'s enrich section run it.</li>
 *   <li>{@code defaultNer}: {@link DefaultEnglishNer} on body and title, {@code visitwire bench}'s baseline.</li>
 *   <li>{@code rulesOnly}: {@link CoreNlpExtractor#read} over articles {@link CoreNlpExtractor#parse} annotated
 *       once in the setup: entities, dates, visits, commitments, visit events, no CoreNLP annotator.</li>
 * </ul>
 * Settings: 2 forks × (2 warm-up + 4 measured iterations of 10 s) each, ~8 min for the three on 2 cores;
 * JMH's {@code -f -wi -i -w -r} override them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g", "-XX:+UseG1GC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 2, time = 10, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 4, time = 10, timeUnit = TimeUnit.SECONDS)
@Threads(1)
public class SpeedGuard {

    /** The corpus and its token count, counted once, untimed. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<Article> articles;
        long tokens;

        @Setup(Level.Trial)
        public void load() {
            articles = BenchCorpus.articles();
            TokenCounter counter = new TokenCounter();
            tokens = articles.stream()
                    .mapToLong(a -> counter.count(a.getTitle().toString(), a.getBody().toString())).sum();
        }
    }

    /** Per-iteration counters JMH reports as rates: tokens/s and articles/s. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        public long tokens;
        public long articles;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
            articles = 0;
        }

        void passed(Corpus corpus) {
            tokens += corpus.tokens;
            articles += corpus.articles.size();
        }
    }

    @State(Scope.Benchmark)
    public static class Engine {
        Extractor extractor;

        @Setup(Level.Trial)
        public void load() {
            extractor = Extractors.load();
        }
    }

    @State(Scope.Benchmark)
    public static class DefaultNer {
        DefaultEnglishNer ner;

        @Setup(Level.Trial)
        public void load() {
            ner = new DefaultEnglishNer();
        }
    }

    /** The corpus through CoreNLP once: what the rules read. */
    @State(Scope.Benchmark)
    public static class Annotated {
        CoreNlpExtractor extractor;
        List<CoreNlpExtractor.Parsed> parsed;

        @Setup(Level.Trial)
        public void annotate(Corpus corpus) {
            extractor = new CoreNlpExtractor();
            parsed = new ArrayList<>(corpus.articles.size());
            corpus.articles.forEach(a -> parsed.add(extractor.parse(a)));
        }
    }

    @Benchmark
    public void enrich(Corpus corpus, Engine engine, Throughput counters, Blackhole bh) {
        for (Article article : corpus.articles) {
            bh.consume(engine.extractor.enrich(article));
        }
        counters.passed(corpus);
    }

    @Benchmark
    public void defaultNer(Corpus corpus, DefaultNer defaultNer, Throughput counters, Blackhole bh) {
        for (Article article : corpus.articles) {
            bh.consume(defaultNer.ner.annotate(article.getTitle().toString(), article.getBody().toString(),
                    LocalDate.parse(article.getPublished().toString())));
        }
        counters.passed(corpus);
    }

    @Benchmark
    public void rulesOnly(Corpus corpus, Annotated annotated, Throughput counters, Blackhole bh) {
        List<Article> articles = corpus.articles;
        for (int i = 0; i < articles.size(); i++) {
            bh.consume(annotated.extractor.read(articles.get(i), annotated.parsed.get(i)));
        }
        counters.passed(corpus);
    }
}
