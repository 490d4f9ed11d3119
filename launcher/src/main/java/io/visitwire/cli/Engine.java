package io.visitwire.cli;

import io.visitwire.enrich.ArticleEnricher;
import io.visitwire.enrich.EnrichEngine;

/** The NLP engine every command shares. CoreNLP is loaded once per process, here, not on the first article. */
public final class Engine {

    public static ArticleEnricher loadEnricher() {
        return EnrichEngine.load();
    }

    private Engine() {
    }
}
