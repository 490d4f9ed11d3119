package io.visitwire.bench;

import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.extraction.nlp.NlpPipeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The same rules on the single-pass pipeline the cascade replaced ({@link NlpPipeline#singlePass()}:
 * every annotator on every sentence, CoreNLP's own gazetteers), one thread, so the cascade's speed-up
 * is measured in the same run on the same corpus. Runs after {@code enrich}, so its models do not count
 * in the engine's heap figure.
 */
public final class SinglePassSection implements BenchSection {

    public static final String NAME = "single-pass";

    private final List<SyntheticArticle> corpus;
    private final List<SyntheticArticle> warmUp;
    private final TokenCounts tokens;
    private CoreNlpExtractor enricher;

    public SinglePassSection(List<SyntheticArticle> corpus, List<SyntheticArticle> warmUp, TokenCounts tokens) {
        this.corpus = corpus;
        this.warmUp = warmUp;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare() {
        enricher = new CoreNlpExtractor(NlpPipeline::singlePass, Gazetteer.standard(), Clock.systemUTC());
        ThroughputRunner.warmUp(warmUp, this::enrich);
    }

    private void enrich(SyntheticArticle article) {
        enricher.enrich(article.toAvro(Instant.EPOCH));
    }

    @Override
    public List<Figure> run(int run) {
        return ThroughputRunner.measure(corpus, tokens, 1, this::enrich).figures(NAME, "enrichment before the cascade");
    }
}
