package io.visitwire.enrich;

import io.visitwire.enrich.guard.LanguageGate;
import io.visitwire.enrich.nlp.CoreNlpEnricher;
import io.visitwire.enrich.nlp.NlpPipeline;
import java.time.Clock;

/**
 * The enrichment every entry point runs (the service, {@code extract}, {@code eval}): English
 * articles through CoreNLP, others marked with their language. Loads CoreNLP now rather than on
 * the first article, so a service is ready when it says so.
 */
public final class EnrichEngine {

    public static ArticleEnricher load() {
        NlpPipeline.shared();
        return new LanguageGate(new CoreNlpEnricher(), CoreNlpEnricher.ENGINE_VERSION, Clock.systemUTC());
    }

    /** The engine as a long-running service needs it: loaded, then warmed up ({@link EngineWarmUp}). */
    public static ArticleEnricher load(int warmUpArticles) {
        ArticleEnricher engine = load();
        EngineWarmUp.run(engine, warmUpArticles);
        return engine;
    }

    private EnrichEngine() {
    }
}
