package io.visitwire.cli;

import io.visitwire.enrich.ArticleEnricher;
import io.visitwire.enrich.nlp.CoreNlpEnricher;
import io.visitwire.enrich.nlp.NlpPipeline;

/** The NLP engine every command shares. CoreNLP is loaded once per process, here, not on the first article. */
public final class Engine {

    public static ArticleEnricher loadEnricher() {
        NlpPipeline.shared();
        return new CoreNlpEnricher();
    }

    private Engine() {
    }
}
