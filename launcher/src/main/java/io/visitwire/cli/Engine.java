package io.visitwire.cli;

import io.visitwire.enrich.ArticleEnricher;
import io.visitwire.enrich.EngineWarmUp;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichEngine;
import io.visitwire.schemas.config.Settings;

/** The NLP engine every command shares. CoreNLP is loaded once per process, here, not on the first article. */
public final class Engine {

    public static ArticleEnricher loadEnricher() {
        return EnrichEngine.load();
    }

    /**
     * The engine as a long-running service needs it: loaded, then warmed up with {@code enrich.warmup.articles}
     * generated articles ({@link EngineWarmUp}), read from the environment like every other setting.
     */
    public static ArticleEnricher loadServingEnricher() {
        ArticleEnricher engine = EnrichEngine.load();
        EngineWarmUp.run(engine, EnrichConfig.from(Settings.fromEnvironment(null)).warmUpArticles());
        return engine;
    }

    private Engine() {
    }
}
