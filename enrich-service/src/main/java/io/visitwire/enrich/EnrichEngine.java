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

    private EnrichEngine() {
    }
}
