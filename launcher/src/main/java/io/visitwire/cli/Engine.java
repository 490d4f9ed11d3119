package io.visitwire.cli;

import io.visitwire.extraction.Extractor;
import io.visitwire.extraction.Extractors;

/** The NLP engine every command shares. CoreNLP is loaded once per process, here, not on the first article. */
public final class Engine {

    public static Extractor loadEnricher() {
        return Extractors.load();
    }

    private Engine() {
    }
}
