package io.visitwire.extraction;

import io.visitwire.schemas.avro.Article;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs generated articles through a freshly loaded engine before it takes real ones. A new JVM interprets
 * CoreNLP's hot loops until the JIT compiler has seen enough of them: in {@code visitwire bench --only e2e}
 * at 5 articles/s, every POST → visit latency above ~0.5 s came from the first minute of a cold process.
 * Warming up moves that minute before {@code /ready} says yes, where a rolling restart waits for it anyway.
 *
 * <p>The articles ({@value #CORPUS}) are synthetic wire stories with invented names, written by
 * {@code visitwire bench --corpus-out FILE --articles 12 --seed 4242}; they go round as often as asked.
 */
public final class EngineWarmUp {

    static final String CORPUS = "/warmup/articles.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);

    private EngineWarmUp() {
    }

    /** Enriches {@code articles} generated articles with {@code engine} and drops the results; 0 does nothing. */
    public static void run(Extractor engine, int articles) {
        if (articles <= 0) {
            return;
        }
        List<Article> corpus = corpus();
        long start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            engine.enrich(corpus.get(i % corpus.size()));
        }
        LOG.info("NLP engine warmed up with {} generated articles in {} ms", articles,
                (System.nanoTime() - start) / 1_000_000);
    }

    static List<Article> corpus() {
        return ResourceArticles.read(EngineWarmUp.class, CORPUS);
    }
}
