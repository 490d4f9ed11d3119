package io.visitwire.extraction.entities.spans;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import java.util.List;
import java.util.regex.Pattern;

/** What the span repairs share: the lists more than one reads, and building and finding spans. */
final class Spans {

    /** Head nouns of organization names ("National Security Council", "Iraqi Security Forces"). */
    static final Lexicon ORG_HEADS = Lexicon.of("organization-heads");
    /** "of", "and", "in", "-" ...: the lower-case parts of a multi-word name or office. */
    static final Lexicon CONNECTORS = Lexicon.of("name-connectors");
    /** "UN", "U.S.", "AMISOM": a written acronym. */
    static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.&-]{1,9}");

    private Spans() {
    }

    static NerSpan covering(List<NerSpan> spans, int token) {
        for (NerSpan x : spans) {
            if (x.tokenStart() <= token && token < x.tokenEnd()) {
                return x;
            }
        }
        return null;
    }

    static NerSpan span(Sentence s, String body, String type, int ts, int te) {
        int b = s.tokens().get(ts).begin();
        int e = s.tokens().get(te - 1).end();
        return new NerSpan(type, s.index(), ts, te, b, e, body.substring(b, e), null);
    }
}
