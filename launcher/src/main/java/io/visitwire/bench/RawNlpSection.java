package io.visitwire.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.visitwire.extraction.nlp.DefaultEnglishNer;
import io.visitwire.extraction.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * (b) CoreNLP alone. First the engine's own pipeline ({@link NlpPipeline#shared()}, same
 * annotators and options) with only the bare {@code annotate} calls the engine makes (body and
 * title), so enrichment ÷ raw is the rules' overhead; then CoreNLP's default English NER
 * configuration ({@link DefaultEnglishNer}: {@code tokenize,pos,lemma,ner}, default ner options: 3 CRF
 * models, numeric classifiers, SUTime, fine-grained KBP regexner), the reference the targets compare
 * to, the same that {@code bench-jmh}'s {@code defaultNer} benchmark measures.
 */
public final class RawNlpSection implements BenchSection {

    public static final String NAME = "raw";
    public static final String DEFAULT_NER_ANNOTATORS = DefaultEnglishNer.ANNOTATORS;

    private final List<SyntheticArticle> corpus;
    private final List<SyntheticArticle> warmUp;
    private final TokenCounts tokens;
    private final int threads;
    private NlpPipeline engine;
    private DefaultEnglishNer defaultNer;

    public RawNlpSection(List<SyntheticArticle> corpus, List<SyntheticArticle> warmUp, TokenCounts tokens, int threads) {
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
        engine = NlpPipeline.shared();
        ThroughputRunner.warmUp(warmUp, this::engineAnnotate);
        defaultNer = new DefaultEnglishNer();
        ThroughputRunner.warmUp(warmUp, this::defaultAnnotate);
    }

    private void engineAnnotate(SyntheticArticle article) {
        engine.annotate(article.body(), article.published());
        engine.annotate(article.title(), article.published());
    }

    private void defaultAnnotate(SyntheticArticle article) {
        defaultNer.annotate(article.title(), article.body(), article.published());
    }

    @Override
    public List<Figure> run(int run) {
        List<Figure> figures = new ArrayList<>(ThroughputRunner.measure(corpus, tokens, 1, this::engineAnnotate)
                .figures(NAME, "engine's CoreNLP pipeline"));
        if (threads > 1) {
            figures.addAll(ThroughputRunner.measure(corpus, tokens, threads, this::engineAnnotate)
                    .figures(NAME, "engine's CoreNLP pipeline"));
        }
        figures.addAll(ThroughputRunner.measure(corpus, tokens, 1, this::defaultAnnotate)
                .figures(NAME, "CoreNLP default English NER"));
        return figures;
    }

    @Override
    public void close() {
        // the default-NER models must not count in later heap figures
        defaultNer = null;
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
