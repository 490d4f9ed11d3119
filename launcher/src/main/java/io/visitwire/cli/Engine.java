package io.visitwire.cli;

import io.visitwire.enrich.ArticleEnricher;
import io.visitwire.enrich.EngineWarmUp;
import io.visitwire.enrich.EnrichEngine;

/** The NLP engine every command shares. CoreNLP is loaded once per process, here, not on the first article. */
public final class Engine {

    public static ArticleEnricher loadEnricher() {
        return EnrichEngine.load();
    }

    /** The engine as a long-running service needs it: loaded, then warmed up ({@link EngineWarmUp}). */
    public static ArticleEnricher loadWarmedUp(int warmUpArticles) {
        ArticleEnricher engine = EnrichEngine.load();
        EngineWarmUp.run(engine, warmUpArticles);
        return engine;
    }

    private Engine() {
    }
}
