package io.visitwire.extraction.entities;

import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.schemas.avro.EntityType;

/** A mention candidate before clustering; {@code begin}/{@code end} are body offsets. */
record Candidate(EntityType type, String subtype, Sentence sentence, int ts, int te, int begin, int end,
                 String text, String written) {

    /** {@code text} is the name the span stands for; the mention keeps the body's own text. */
    Candidate(EntityType type, String subtype, Sentence sentence, NerSpan sp, String body) {
        this(type, subtype, sentence, sp.tokenStart(), sp.tokenEnd(), sp.begin(), sp.end(), sp.text(),
                body.substring(sp.begin(), sp.end()));
    }

    EntityMention mention() {
        return new EntityMention(sentence.index(), ts, te, begin, end, written);
    }
}
