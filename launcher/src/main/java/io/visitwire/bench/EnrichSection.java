package io.visitwire.bench;

import io.visitwire.extraction.Extractor;
import io.visitwire.extraction.Extractors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * (a) The real engine ({@link Extractors#load()}: language gate, CoreNLP, entity, visit and
 * commitment rules), one shared thread-safe instance, over the corpus on 1 and on N threads.
 */
public final class EnrichSection implements BenchSection {

    public static final String NAME = "enrich";

    private final List<SyntheticArticle> corpus;
    private final List<SyntheticArticle> warmUp;
    private final TokenCounts tokens;
    private final int threads;
    private Extractor enricher;

    public EnrichSection(List<SyntheticArticle> corpus, List<SyntheticArticle> warmUp, TokenCounts tokens, int threads) {
        this.corpus = corpus;
        this.warmUp = warmUp;
        this.tokens = tokens;
        this.threads = threads;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare() {
        enricher = Extractors.load();
        ThroughputRunner.warmUp(warmUp, this::enrich);
    }

    private void enrich(SyntheticArticle article) {
        enricher.enrich(article.toAvro(Instant.EPOCH));
    }

    @Override
    public List<Figure> run(int run) {
        List<Figure> figures = new ArrayList<>(ThroughputRunner.measure(corpus, tokens, 1, this::enrich)
                .figures(NAME, "enrichment"));
        if (threads > 1) {
            figures.addAll(ThroughputRunner.measure(corpus, tokens, threads, this::enrich).figures(NAME, "enrichment"));
        }
        return figures;
    }

    @Override
    public List<Figure> after() {
        return HeapProbe.figures(NAME, "engine loaded, after the runs");
    }
}
