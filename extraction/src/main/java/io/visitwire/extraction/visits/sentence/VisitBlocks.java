package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.List;


/**
 * What keeps a trigger from reporting a visit: a visit that is only a topic ("discussed a visit to X"),
 * and calls, hypotheticals and invitations not (yet) accepted in the trigger's own clause.
 */
public final class VisitBlocks {

    /** Remote contact and possibilities: no visit in the clause that says them. */
    private static final Lexicon NOT_A_VISIT = Lexicon.union("remote-contact", "possibility-words");
    /** "called on the President": a call in person, which blocks no visit. */
    private static final Lexicon IN_PERSON_CALLS = Lexicon.of("in-person-calls");
    /** Modal verbs of a visit that may not happen ("may" only as a modal: not the month). */
    private static final Lexicon HYPOTHETICAL = Lexicon.of("hypothetical-modals");
    private static final Lexicon TOPIC_VERBS = Lexicon.of("topic-verbs");
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");
    private static final Lexicon INVITATION = Lexicon.of("invitation-words");

    private VisitBlocks() {
    }

    /** Words that deny the verb they modify ("will not visit", "won't travel", "has never been to"). */
    private static final java.util.Set<String> DENIALS = java.util.Set.of("not", "n't", "never");
    private static final Lexicon REFUSALS = Lexicon.of("refusal-verbs");

    /**
     * "will not visit", "won't travel to", "is not in Kyiv", "declined to visit", "refused to travel": a
     * denied or refused visit is no visit. Read on the verb trigger, on a copula's predicate, and on the
     * verb whose complement the trigger is.
     */
    static boolean negated(Sentence s, int trigger) {
        List<Integer> heads = new java.util.ArrayList<>(List.of(trigger));
        for (Dependency d : s.heads(trigger)) {
            if (d.governor() >= 0 && (d.relation().equals("cop") || d.relation().equals("xcomp"))) {
                heads.add(d.governor());
            }
            // "will not attend the summit in Jakarta", "won't make the trip to Peru": the verb the visit noun is the
            // object of (not a cancelling one: "did not cancel his visit" still holds the visit)
            if (d.governor() >= 0 && d.relation().equals("obj") && !s.tokens().get(trigger).isVerb()
                    && s.tokens().get(d.governor()).isVerb() && !VisitTriggers.isCancel(s, d.governor())) {
                heads.add(d.governor());
            }
        }
        if (!s.tokens().get(trigger).isVerb() && heads.size() == 1) {
            return false;
        }
        for (int h : heads) {
            for (Dependency d : s.children(h, null)) {
                if ((d.relation().equals("advmod") || d.relation().equals("neg"))
                        && DENIALS.contains(s.tokens().get(d.dependent()).lowerWord())) {
                    return true;
                }
            }
            if (h != trigger && REFUSALS.contains(s.tokens().get(h).lowerLemma())
                    && s.heads(trigger).stream().anyMatch(d -> d.governor() == h && d.relation().equals("xcomp"))) {
                return true;
            }
        }
        return false;
    }

    /** "discussed a visit to X", "proposed a trip": a visit that is a topic, not an event. */
    static boolean onlyTalkedAbout(Sentence s, int trigger) {
        if (s.tokens().get(trigger).isVerb()) {
            return false;
        }
        for (Dependency d : s.heads(trigger)) {
            if (d.governor() >= 0 && TOPIC_VERBS.contains(s.tokens().get(d.governor()).lowerLemma())) {
                return true;
            }
            for (Dependency up : d.governor() >= 0 ? s.heads(d.governor()) : List.<Dependency>of()) {
                if (d.relation().startsWith("conj") && up.governor() >= 0
                        && TOPIC_VERBS.contains(s.tokens().get(up.governor()).lowerLemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Calls, hypotheticals and invitations not (yet) accepted, looked for in the trigger's own clause:
     * from after the last finite verb before the visitor to the next finite verb with a subject of its
     * own after the trigger. Another clause of the same sentence may still report a real visit.
     */
    static boolean blocked(Sentence s, int trigger, EntityIndex index, CanonicalEntity visitor) {
        List<Token> toks = s.tokens();
        int visitorAt = trigger;
        for (var m : index.mentionsIn(s.index())) {
            if (m.getValue() == visitor && m.getKey().tokenStart() < visitorAt) {
                visitorAt = m.getKey().tokenStart();
            }
        }
        int from = 0;
        for (int i = visitorAt - 1; i >= 0; i--) {
            if (toks.get(i).word().equals(";") || isFinite(toks.get(i)) && i != trigger) {
                from = i + 1;
                break;
            }
        }
        int to = toks.size();
        for (int i = trigger + 1; i < toks.size(); i++) {
            if (toks.get(i).word().equals(";") || isFinite(toks.get(i)) && !s.children(i, "nsubj").isEmpty()
                    && !isCoordinatedWith(s, trigger, i)) {
                to = i;
                break;
            }
        }
        boolean accepted = false;
        boolean atInvitation = false;
        boolean invited = false;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            String l = t.lowerLemma();
            // "called on the President", "called off the trip": no phone call
            boolean noCall = t.isVerb()
                    && (IN_PERSON_CALLS.phraseAt(toks, i, Token::lowerLemma) > 0 || VisitTriggers.isCancel(s, i));
            if ((NOT_A_VISIT.contains(l) || NOT_A_VISIT.contains(t.lowerWord())) && !noCall
                    || t.pos().equals("MD") && HYPOTHETICAL.contains(t.lowerWord())) {
                return true;
            }
            if (l.equals("would") && !saidBefore(s, i)) {
                return true; // "would visit" unless reported speech ("officials said he would travel")
            }
            accepted |= l.equals("accept");
            if (INVITATION.contains(l)) {
                invited = true;
                // "at the invitation of Y", "at Y's invitation": a visit made on an invitation, not one offered
                atInvitation |= i + 1 < toks.size() && toks.get(i + 1).lowerWord().equals("of")
                        || s.children(i, "case").stream().anyMatch(c -> toks.get(c.dependent()).lowerWord().equals("at"));
            }
        }
        // "X invited Y to visit Z": the invitation governs the trigger from outside its clause
        int cur = trigger;
        for (int hop = 0; hop < 3 && cur >= 0; hop++) {
            int up = -1;
            for (Dependency d : s.heads(cur)) {
                if (d.governor() >= 0 && !d.relation().startsWith("conj")) {
                    up = d.governor();
                    break;
                }
            }
            if (up >= 0 && INVITATION.contains(toks.get(up).lowerLemma())) {
                invited = true;
            }
            cur = up;
        }
        for (int i = 0; i < trigger; i++) {
            accepted |= toks.get(i).lowerLemma().equals("accept");
        }
        return invited && !accepted && !atInvitation;
    }

    private static boolean isCoordinatedWith(Sentence s, int a, int b) {
        for (Dependency d : s.heads(b)) {
            if (d.governor() == a && d.relation().startsWith("conj")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
    }

    private static boolean saidBefore(Sentence s, int before) {
        for (int i = 0; i < before; i++) {
            if (s.tokens().get(i).isVerb() && SPEECH.contains(s.tokens().get(i).lowerLemma())) {
                return true;
            }
        }
        return false;
    }
}
