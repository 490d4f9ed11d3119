package io.visitwire.extraction.nlp;

import io.visitwire.extraction.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;

/**
 * The months of {@code lexicon/months.lst}, in calendar order, and the three-letter forms dates abbreviate
 * them to ("Dec.", "Sept." starts with one too), so every date rule reads one list of months.
 */
final class Months {

    /** "jan", "feb", ... "dec". */
    static final List<String> ABBREVIATIONS = Lexicon.of("months").stream().map(m -> m.substring(0, 3)).toList();

    private Months() {
    }

    /** The abbreviations as regular-expression alternatives, lower case or capitalized: {@code jan|feb|...}. */
    static String alternatives(boolean capitalized) {
        List<String> forms = capitalized
                ? ABBREVIATIONS.stream().map(a -> a.substring(0, 1).toUpperCase(Locale.ROOT) + a.substring(1)).toList()
                : ABBREVIATIONS;
        return String.join("|", forms);
    }

    /** The month's number (1-12) of a three-letter abbreviation in any case, 0 when it is none. */
    static int number(String abbreviation) {
        return ABBREVIATIONS.indexOf(abbreviation.toLowerCase(Locale.ROOT)) + 1;
    }
}
