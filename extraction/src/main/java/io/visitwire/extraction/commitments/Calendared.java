package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;

/**
 * "is set to sign", "are due to hold talks": an act on the calendar, read as "is scheduled to" is (a PLAN,
 * or a PLEDGE for giving; an itinerary item, a movement or talk under it is no undertaking). The word needs
 * "be" and a to-clause: "due to the storm" (a preposition), "set up", "a set of" are not.
 */
final class Calendared {

    static final Lexicon WORDS = Lexicon.of("calendar-words");

    private Calendared() {
    }

    /** The trigger "set"/"due" makes, or null. */
    static Trigger find(Sentence s, Token t) {
        if (!WORDS.contains(t.lowerLemma()) || !t.pos().equals("VBN") && !t.pos().equals("JJ") || !withBe(s, t.index())) {
            return null;
        }
        for (Dependency d : s.children(t.index(), null)) {
            Token dep = s.tokens().get(d.dependent());
            boolean clause = d.relation().equals("xcomp") || d.relation().equals("ccomp") || d.relation().equals("dep")
                    || d.relation().startsWith("advcl:to");
            if (clause && dep.pos().equals("VB") && hasTo(s, dep.index())) {
                CommitmentKind kind = Triggers.kindAfterWill(s, dep.index());
                return kind == null ? null : new Trigger(t.index(), kind, dep.index(), Trigger.Form.VERB_CLAUSE)
                        .withKind(kind, CommitmentRule.SCHEDULED);
            }
        }
        return null;
    }

    /** Whether the trigger of a candidate is one of these words. */
    static boolean is(Sentence s, Trigger tr) {
        return tr.kindRule() == CommitmentRule.SCHEDULED && WORDS.contains(s.tokens().get(tr.token()).lowerLemma());
    }

    private static boolean withBe(Sentence s, int tok) {
        for (Dependency d : s.children(tok, null)) {
            if ((d.relation().equals("cop") || d.relation().equals("aux:pass"))
                    && s.tokens().get(d.dependent()).lowerLemma().equals("be")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTo(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "mark")) {
            if (s.tokens().get(d.dependent()).lowerWord().equals("to")) {
                return true;
            }
        }
        return false;
    }
}
