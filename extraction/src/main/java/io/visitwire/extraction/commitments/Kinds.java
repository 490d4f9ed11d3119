package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;

/**
 * The kind an undertaking's action gives it where the trigger word would say otherwise (ANNOTATION.md):
 * resources handed over are a PLEDGE whether "promised", "will" or "instructed" ("promised to send 20
 * instructors", "will send 50 tonnes of aid"); a conduct kept up is a PROMISE even when "agreed to" or
 * "committed to" ("agreed to remain in close coordination", "agreed to maintain firm readiness").
 */
final class Kinds {

    private static final Lexicon RESOURCES = Lexicon.of("resource-nouns");
    private static final Lexicon GIVING = Lexicon.union("giving-verbs", "pledge-actions");
    private static final Lexicon KEPT_UP = Lexicon.of("kept-up-conduct-verbs");

    private Kinds() {
    }

    /** A kind the action calls for, with the rule that read it. */
    record Reading(CommitmentKind kind, CommitmentRule rule) {
    }

    /** The kind the action calls for where it differs from the trigger's, else empty. */
    static java.util.Optional<Reading> of(Sentence s, Trigger tr, boolean moneyInAction) {
        if (tr.form() == Trigger.Form.NOUN || tr.form() == Trigger.Form.PARTICIPLE || tr.kind() == CommitmentKind.OFFER
                || tr.kindRule() == CommitmentRule.KIND_MEETING_ACTION || tr.actionHead() == tr.token()) {
            return java.util.Optional.empty();
        }
        Token head = s.tokens().get(tr.actionHead());
        if (tr.form() == Trigger.Form.VERB_CLAUSE && tr.kind() == CommitmentKind.PLEDGE
                && KEPT_UP.contains(head.lowerLemma())) {
            return java.util.Optional.of(new Reading(CommitmentKind.PROMISE, CommitmentRule.KIND_KEPT_UP));
        }
        // "is due to hand over the frigates": the act the tagger read as a noun is still a verb
        boolean verb = head.isVerb() || Calendared.is(s, tr);
        if (tr.kind() != CommitmentKind.PLEDGE && verb && GIVING.contains(head.lowerLemma())
                && (moneyInAction || givesResource(s, head.index()))) {
            return java.util.Optional.of(new Reading(CommitmentKind.PLEDGE, CommitmentRule.KIND_RESOURCES));
        }
        return java.util.Optional.empty();
    }

    /** "send 20 instructors", "deliver the radar systems" (passive), "send a team of engineers", "50 tonnes of aid". */
    private static boolean givesResource(Sentence s, int verb) {
        for (Dependency d : s.children(verb, null)) {
            if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass") && !d.relation().equals("nmod:over")) {
                continue;
            }
            if (resource(s, d.dependent())) {
                return true;
            }
            for (Dependency c : s.children(d.dependent(), null)) {
                if ((c.relation().equals("conj") || c.relation().equals("nmod:of")) && resource(s, c.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean resource(Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        return t.pos().startsWith("NN") && RESOURCES.contains(t.lowerLemma());
    }
}
