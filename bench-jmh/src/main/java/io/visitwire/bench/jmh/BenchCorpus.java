package io.visitwire.bench.jmh;

import io.visitwire.extraction.ResourceArticles;
import io.visitwire.schemas.avro.Article;
import java.util.List;

/**
 * The fixed corpus of the benchmarks, in file order: {@value #RESOURCE}, the 20 generated articles that
 * {@code visitwire bench} measures by default ({@code ./visitwire bench --corpus-out FILE}, default
 * {@code --articles} and {@code --seed}), as {@code articles.raw.v1} carries them. A file rather than the
 * generator, so the guard's text cannot move under it; the launcher's {@code BenchJmhCorpusTest} says when
 * the generator's default corpus and this file part.
 */
public final class BenchCorpus {

    static final String RESOURCE = "/bench-corpus.jsonl";

    private BenchCorpus() {
    }

    public static List<Article> articles() {
        return ResourceArticles.read(BenchCorpus.class, RESOURCE);
    }
}
