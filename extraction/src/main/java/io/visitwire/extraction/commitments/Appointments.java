package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;

/**
 * Taking up an office is an appointment, not an undertaking (ANNOTATION.md): "X will replace Y as foreign
 * minister", "will succeed the outgoing envoy", "is to serve as ambassador to Japan".
 */
final class Appointments {

    private static final Lexicon OFFICE_VERBS = Lexicon.of("appointment-verbs");

    private Appointments() {
    }

    static boolean appointment(Sentence s, Trigger tr) {
        Token head = s.tokens().get(tr.actionHead());
        if (!head.isVerb() || !OFFICE_VERBS.contains(head.lowerLemma())) {
            return false;
        }
        for (Dependency d : s.children(head.index(), null)) {
            Token x = s.tokens().get(d.dependent());
            // "as foreign minister"; "replace / succeed X", a person in the office
            if (d.relation().equals("obl:as") || d.relation().equals("obj") && "PERSON".equals(x.ner())
                    || d.relation().equals("xcomp") && head.lowerLemma().equals("become")) {
                return true;
            }
        }
        return false;
    }
}
