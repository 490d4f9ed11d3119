package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;

/**
 * What looks like an undertaking but is not one: questions, negated, hedged or hypothetical
 * statements, conditions ("if they attack, we will respond"), hopes and opinions ("I think we will"),
 * reaffirmations of an existing policy ("reaffirmed the commitment to"), dispositions ("remain
 * committed to") and forecasts ("is expected to").
 */
final class Exclusions {

    /** Modals, possibility words and conditions, right before a trigger. */
    private static final Lexicon HEDGES = Lexicon.union("hypothetical-modals", "conditional-modals", "possibility-words",
            "condition-conjunctions");
    private static final Lexicon NEGATIONS = Lexicon.of("negations");
    private static final Lexicon POSSIBILITY = Lexicon.of("possibility-words");
    private static final Lexicon STANDING = Lexicon.of("standing-adverbs");
    private static final Lexicon REFUSALS = Lexicon.of("refusal-verbs");
    /** Verbs that restate or display a commitment already held. */
    static final Lexicon REAFFIRM = Lexicon.of("reaffirmation-verbs");
    /**
     * "confirmed that the UK will contribute": a that-clause these verbs confirm is news announced; "confirmed
     * its commitment to" restates one.
     */
    private static final Lexicon ANNOUNCING = Lexicon.of("announcing-confirmation-verbs");
    /** Verbs under which a future is wished, believed or weighed rather than undertaken. */
    private static final Lexicon ATTITUDES = Lexicon.of("attitude-verbs");
    private static final Lexicon MODALS = Lexicon.union("hypothetical-modals", "conditional-modals");
    private static final Lexicon STATE_COPULAS = Lexicon.of("state-copulas");
    /** "if", "unless"; inverted "should" and the question word "whether" are named where they count. */
    private static final Lexicon CONDITIONS = Lexicon.of("condition-conjunctions");
    private static final Lexicon COMPLETION_ADVERBS = Lexicon.of("completion-adverbs");
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");
    private static final Lexicon RUNNING_TOTALS = Lexicon.of("running-total-phrases");

    private Exclusions() {
    }

    static boolean questionOrCondition(Sentence s) {
        if (s.text().trim().endsWith("?") || s.tokens().isEmpty()) {
            return true;
        }
        String first = s.tokens().get(0).lowerWord();
        return CONDITIONS.contains(first) || first.equals("should") || first.equals("whether");
    }

    /** True when the trigger does not report an undertaking. */
    static boolean excluded(Sentence s, Trigger tr) {
        Token t = s.tokens().get(tr.token());
        return hedgedOrNegated(s, t) || negatedVerb(s, tr) || conditional(s, tr) || underAttitudeOrRefusal(s, tr)
                || reaffirmation(s, tr) || disposition(s, tr) || forecast(s, tr) || pastPerfect(s, tr)
                || alreadyDone(s, tr);
    }

    /** "has committed $2 billion since 2014", "already pledged": a running total or a fact, not an undertaking. */
    private static boolean alreadyDone(Sentence s, Trigger tr) {
        int v = clauseVerb(s, tr);
        for (Dependency d : s.children(v, null)) {
            Token x = s.tokens().get(d.dependent());
            if (d.relation().equals("obl:since") || d.relation().equals("advmod")
                    && COMPLETION_ADVERBS.contains(x.lowerWord())) {
                return true;
            }
        }
        String text = s.text().toLowerCase(java.util.Locale.ROOT);
        return tr.form() == Trigger.Form.VERB_OBJECT && RUNNING_TOTALS.stream().anyMatch(p -> text.contains(" " + p));
    }

    /** Hedges and negations right before the trigger, negations right after it. */
    private static boolean hedgedOrNegated(Sentence s, Token t) {
        for (int i = Math.max(0, t.index() - 4); i < t.index(); i++) {
            String w = s.tokens().get(i).lowerWord();
            if (NEGATIONS.contains(w) || HEDGES.contains(w)) {
                return true;
            }
        }
        for (int i = t.index() + 1; i < Math.min(s.tokens().size(), t.index() + 3); i++) {
            String w = s.tokens().get(i).lowerWord();
            if (NEGATIONS.contains(w) && !w.equals("without")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedVerb(Sentence s, Trigger tr) {
        int clause = clauseVerb(s, tr);
        for (int v : new int[] {tr.token(), tr.actionHead()}) {
            for (Dependency d : s.children(v, null)) {
                String w = s.tokens().get(d.dependent()).lowerWord();
                boolean negation = (d.relation().equals("advmod") || d.relation().equals("det")) && NEGATIONS.contains(w)
                        || d.relation().equals("advmod") && (POSSIBILITY.contains(w) // "would likely retaliate"
                        || STANDING.contains(w)); // "would always defend press freedom": a value
                // a modal on the promise itself hedges it; "promised that they would ..." does not
                boolean modal = v == clause && d.relation().equals("aux") && MODALS.contains(w)
                        && d.dependent() != tr.token(); // the reported "would" that is the trigger itself
                if (negation || modal) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An "if"/"unless" clause on the trigger or the action, or the trigger inside one. */
    private static boolean conditional(Sentence s, Trigger tr) {
        int clause = clauseVerb(s, tr);
        for (int v : new int[] {clause, tr.actionHead()}) {
            for (Dependency d : s.children(v, "advcl")) {
                if (hasMark(s, d.dependent(), CONDITIONS, "should")) {
                    return true;
                }
            }
            if (hasMark(s, v, CONDITIONS, "whether")) {
                return true;
            }
        }
        return false;
    }

    /** "hope to agree", "I think we will", "refused to commit": wished, believed or refused. */
    private static boolean underAttitudeOrRefusal(Sentence s, Trigger tr) {
        int v = clauseVerb(s, tr);
        for (Dependency d : s.children(v, "parataxis")) {
            // "I think we will ...", "we will, I believe, ..."
            Token p = s.tokens().get(d.dependent());
            if (ATTITUDES.contains(p.lowerLemma()) && p.index() < v + 3) {
                return true;
            }
        }
        for (int hop = 0; hop < 2 && v >= 0; hop++) {
            int up = -1;
            for (Dependency d : s.heads(v)) {
                if (d.governor() < 0) {
                    continue;
                }
                String r = d.relation();
                if (r.equals("xcomp") || r.equals("ccomp") || r.startsWith("advcl") && hop == 0 && tr.form() != Trigger.Form.WILL) {
                    String gl = s.tokens().get(d.governor()).lowerLemma();
                    if (ATTITUDES.contains(gl) || REFUSALS.contains(gl)) {
                        return true;
                    }
                    up = d.governor();
                }
            }
            v = up;
        }
        return false;
    }

    /** "reaffirmed their commitment to", "underscored that the U.S. will defend": a restated commitment. */
    private static boolean reaffirmation(Sentence s, Trigger tr) {
        int v = clauseVerb(s, tr);
        for (int hop = 0; hop < 2 && v >= 0; hop++) {
            int up = -1;
            for (Dependency d : s.heads(v)) {
                String r = d.relation();
                if (d.governor() >= 0 && (r.equals("obj") || r.startsWith("obl") || r.equals("xcomp") || r.equals("ccomp")
                        || r.startsWith("conj") && tr.form() == Trigger.Form.NOUN)) {
                    String gl = s.tokens().get(d.governor()).lowerLemma();
                    if (REAFFIRM.contains(gl) && !(r.equals("ccomp") && ANNOUNCING.contains(gl))) {
                        return true;
                    }
                    up = d.governor();
                }
            }
            v = up;
        }
        return false;
    }

    /** "remain committed to", "are committed to": a standing disposition, not a new undertaking. */
    private static boolean disposition(Sentence s, Trigger tr) {
        Token t = s.tokens().get(tr.token());
        if (!t.isVerb() && !t.pos().equals("JJ") || tr.form() == Trigger.Form.WILL || tr.form() == Trigger.Form.INSTRUCTION
                || tr.kindRule() == CommitmentRule.SCHEDULED) {
            return false;
        }
        if (!t.pos().equals("VBN") && !t.pos().equals("JJ")) {
            return false;
        }
        for (Dependency d : s.children(tr.token(), null)) {
            if ((d.relation().equals("cop") || d.relation().startsWith("aux"))
                    && STATE_COPULAS.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                return true;
            }
        }
        for (Dependency d : s.heads(tr.token())) {
            if (d.relation().equals("xcomp") && d.governor() >= 0
                    && STATE_COPULAS.contains(s.tokens().get(d.governor()).lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /** "is expected to", "is planned to": someone else's forecast about the subject. */
    private static boolean forecast(Sentence s, Trigger tr) {
        if (tr.form() != Trigger.Form.VERB_CLAUSE || tr.kind() != io.visitwire.schemas.avro.CommitmentKind.PLAN
                || tr.kindRule() == CommitmentRule.SCHEDULED) {
            return false;
        }
        return !s.children(tr.token(), "aux:pass").isEmpty() || !s.children(tr.token(), "nsubj:pass").isEmpty();
    }

    /**
     * "had planned to": a plan overtaken by events; "Canada had promised to deliver", "had pledged $30 million":
     * a past undertaking restated as background. A pluperfect a speech verb reports is the back-shifted
     * present perfect of reported speech ("the ministry said Japan had agreed to host"), which is news.
     */
    private static boolean pastPerfect(Sentence s, Trigger tr) {
        if (tr.form() == Trigger.Form.WILL || tr.form() == Trigger.Form.WILL_PASSIVE || tr.form() == Trigger.Form.NOUN) {
            return false;
        }
        boolean had = false;
        for (Dependency d : s.children(tr.token(), "aux")) {
            had |= s.tokens().get(d.dependent()).lowerWord().equals("had");
        }
        if (!had || Triggers.PLAN.contains(s.tokens().get(tr.token()).lowerLemma())) {
            return had;
        }
        for (Dependency d : s.heads(tr.token())) {
            if ((d.relation().equals("ccomp") || d.relation().equals("parataxis")) && d.governor() >= 0
                    && SPEECH.contains(s.tokens().get(d.governor()).lowerLemma())) {
                return false;
            }
        }
        for (Dependency d : s.children(tr.token(), "parataxis")) {
            if (SPEECH.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                return false; // "Japan had agreed to host the talks, the ministry said"
            }
        }
        return true;
    }

    /** The verb whose clause holds the undertaking: the trigger itself, or the verb "will" modifies. */
    static int clauseVerb(Sentence s, Trigger tr) {
        return tr.form() == Trigger.Form.WILL || tr.form() == Trigger.Form.WILL_PASSIVE ? tr.actionHead() : tr.token();
    }

    /** A "mark" child of {@code verb} that is one of {@code words} or {@code also}. */
    private static boolean hasMark(Sentence s, int verb, Lexicon words, String also) {
        for (Dependency d : s.children(verb, "mark")) {
            String w = s.tokens().get(d.dependent()).lowerWord();
            if (words.contains(w) || w.equals(also)) {
                return true;
            }
        }
        return false;
    }
}
