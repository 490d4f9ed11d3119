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
        Trigger fixed = fixedDueTo(s, t);
        if (fixed != null) {
            return fixed;
        }
        if (!WORDS.contains(t.lowerLemma()) || !t.pos().equals("VBN") && !t.pos().equals("JJ") || !withBe(s, t.index())) {
            return null;
        }
        for (Dependency d : s.children(t.index(), null)) {
            Token dep = s.tokens().get(d.dependent());
            boolean clause = d.relation().equals("xcomp") || d.relation().equals("ccomp") || d.relation().equals("dep")
                    || d.relation().startsWith("advcl:to");
            if (clause && dep.pos().equals("VB") && s.markedTo(dep.index())) {
                CommitmentKind kind = Triggers.kindAfterWill(s, dep.index());
                return kind == null ? null : new Trigger(t.index(), kind, dep.index(), Trigger.Form.VERB_CLAUSE)
                        .withKind(kind, CommitmentRule.SCHEDULED);
            }
        }
        return null;
    }

    /**
     * "Germany is due to hand over the frigates": the tagger reads the verb as a noun and the parser makes "due
     * to" its preposition, the noun the root with "is" as copula. The word after "to" heads the act.
     */
    private static Trigger fixedDueTo(Sentence s, Token t) {
        boolean fixedTo = s.children(t.index(), "fixed").stream()
                .anyMatch(d -> d.dependent() == t.index() + 1 && s.tokens().get(d.dependent()).lowerWord().equals("to"));
        if (!fixedTo) {
            return null;
        }
        for (Dependency h : s.heads(t.index())) {
            int head = h.governor();
            if (!h.relation().equals("case") || head != t.index() + 2 || !withBe(s, head)
                    || s.children(head, "nsubj").isEmpty() || !s.tokens().get(head).pos().matches("NN|VB")) {
                continue;
            }
            CommitmentKind kind = Triggers.kindAfterWill(s, head);
            return kind == null ? null : new Trigger(t.index(), kind, head, Trigger.Form.VERB_CLAUSE)
                    .withKind(kind, CommitmentRule.SCHEDULED);
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

}
