package io.visitwire.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.visitwire.extraction.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * (b) CoreNLP alone. First the engine's own pipeline ({@link NlpPipeline#shared()}, same
 * annotators and options) with only the bare {@code annotate} calls the engine makes (body and
 * title), so enrichment ÷ raw is the rules' overhead; then CoreNLP's default English NER
 * configuration ({@code tokenize,pos,lemma,ner}, default ner options: 3 CRF models, numeric
 * classifiers, SUTime, fine-grained KBP regexner), the reference the targets compare to.
 */
public final class RawNlpSection implements BenchSection {

    public static final String NAME = "raw";
    public static final String DEFAULT_NER_ANNOTATORS = "tokenize,pos,lemma,ner";

    private final List<SyntheticArticle> corpus;
    private final List<SyntheticArticle> warmUp;
    private final TokenCounts tokens;
    private final int threads;
    private NlpPipeline engine;
    private StanfordCoreNLP defaultNer;

    public RawNlpSection(List<SyntheticArticle> corpus, List<SyntheticArticle> warmUp, TokenCounts tokens, int threads) {
        this.corpus = corpus;
        this.warmUp = warmUp;
        this.tokens = tokens;
        this.threads = threads;
    }

    /** CoreNLP's defaults for English NER; only the language is said, nothing else is tuned. */
    public static Properties defaultNerProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", DEFAULT_NER_ANNOTATORS);
        props.setProperty("tokenize.language", "en");
        return props;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare() {
        engine = NlpPipeline.shared();
        ThroughputRunner.warmUp(warmUp, this::engineAnnotate);
        defaultNer = new StanfordCoreNLP(defaultNerProperties());
        ThroughputRunner.warmUp(warmUp, this::defaultAnnotate);
    }

    private void engineAnnotate(SyntheticArticle article) {
        engine.annotate(article.body(), article.published());
        engine.annotate(article.title(), article.published());
    }

    private void defaultAnnotate(SyntheticArticle article) {
        for (String text : List.of(article.body(), article.title())) {
            Annotation doc = new Annotation(text);
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
            defaultNer.annotate(doc);
        }
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
