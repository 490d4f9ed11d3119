package io.visitwire.extraction;

import io.visitwire.extraction.language.LanguageGate;
import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.extraction.nlp.NlpPipeline;
import java.time.Clock;

/**
 * The enrichment every entry point runs (the service, {@code extract}, {@code eval}): English
 * articles through CoreNLP, others marked with their language. Loads CoreNLP now rather than on
 * the first article, so a service is ready when it says so.
 */
public final class Extractors {

    public static Extractor load() {
        NlpPipeline.shared();
        return new LanguageGate(new CoreNlpExtractor(), CoreNlpExtractor.ENGINE_VERSION, Clock.systemUTC());
    }

    /** The engine as a long-running service needs it: loaded, then warmed up ({@link EngineWarmUp}). */
    public static Extractor load(int warmUpArticles) {
        Extractor engine = load();
        EngineWarmUp.run(engine, warmUpArticles);
        return engine;
    }

    private Extractors() {
    }
}
