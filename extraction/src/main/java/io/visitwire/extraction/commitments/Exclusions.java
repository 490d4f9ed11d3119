package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;

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
    /** "its sovereignty", "a constructive role", "the situation": what a general policy defends or plays. */
    private static final Lexicon POLICY_OBJECTS = Lexicon.of("general-policy-objects");
    /** "resolute measures", "all necessary steps": measures left unnamed. */
    private static final Lexicon MEASURES = Lexicon.of("measure-nouns");
    private static final Lexicon TAKING = Lexicon.of("taking-verbs");

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
                || alreadyDone(s, tr) || generalPolicy(s, tr);
    }

    /**
     * A general policy or a warning, not a checkable act (ANNOTATION.md): "will firmly defend its sovereignty",
     * "will play a constructive role", "will take resolute measures (to safeguard its interests)", and threats
     * aimed at whatever may come, "will give a crushing response to any aggression" (a conditional threat whose
     * condition is the "any").
     */
    static boolean generalPolicy(Sentence s, Trigger tr) {
        Token head = s.tokens().get(tr.actionHead());
        return head.isVerb() && !assuranceToAnother(s, tr) && generalAct(s, head.index(), 0);
    }

    /**
     * "promised to respect Kazakhstan's territorial integrity", "assured it would respect the sovereignty of
     * Moldova": a party promises a conduct toward another it names, an assurance (PROMISE), not its own
     * policy ("will defend its sovereignty"). Only where the trigger itself is a promise.
     */
    private static boolean assuranceToAnother(Sentence s, Trigger tr) {
        if (tr.kind() != CommitmentKind.PROMISE || tr.form() != Trigger.Form.VERB_CLAUSE) {
            return false;
        }
        for (Dependency o : s.children(tr.actionHead(), "obj")) {
            for (Dependency d : s.children(o.dependent(), null)) {
                boolean owner = d.relation().equals("nmod:poss") || d.relation().equals("nmod:of");
                String ner = s.tokens().get(d.dependent()).ner();
                if (owner && ner != null && !ner.equals("O") && !s.tokens().get(d.dependent()).pos().startsWith("PRP")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean generalAct(Sentence s, int verb, int depth) {
        int measures = -1;
        boolean hasObject = false;
        for (Dependency d : s.children(verb, null)) {
            hasObject |= d.relation().equals("obj");
            String r = d.relation();
            boolean object = r.equals("obj") || r.equals("nsubj:pass");
            if (!object && !r.startsWith("obl")) {
                continue;
            }
            if (anyOf(s, d.dependent())) {
                return true; // "to any aggression", "any attempt": whatever may come
            }
            for (Dependency n : s.children(d.dependent(), null)) {
                if (n.relation().startsWith("nmod") && anyOf(s, n.dependent())) {
                    return true; // "a crushing response to any aggression"
                }
            }
            if (!object) {
                continue;
            }
            if (policyObject(s, d.dependent())) {
                return true;
            }
            if (MEASURES.contains(s.tokens().get(d.dependent()).lowerLemma())
                    && TAKING.contains(s.tokens().get(verb).lowerLemma())) {
                measures = d.dependent();
            }
        }
        if (measures < 0 && !hasObject && depth < 2) {
            // "would work with partners to ensure a lasting peace": a conduct whose only aim is a general one
            int aim = purpose(s, verb, verb);
            if (aim >= 0 && generalAct(s, aim, depth + 1)) {
                return true;
            }
        }
        if (measures < 0) {
            return policyObject(s, firstNounAfter(s, verb)); // the parser may lose the object: read the words
        }
        // "take resolute measures" with no purpose is a warning; "to defend its sovereignty" a general one
        int purpose = purpose(s, verb, measures);
        return purpose < 0 || depth < 2 && generalAct(s, purpose, depth + 1);
    }

    /** The head noun right after a verb, over determiners, possessives and adjectives ("monitor the situation"), or -1. */
    private static int firstNounAfter(Sentence s, int verb) {
        for (int i = verb + 1; i < Math.min(s.tokens().size(), verb + 5); i++) {
            String pos = s.tokens().get(i).pos();
            if (pos.startsWith("NN")) {
                while (i + 1 < s.tokens().size() && s.tokens().get(i + 1).pos().startsWith("NN")) {
                    i++; // "peace talks": the head is the last noun
                }
                return i;
            }
            if (!java.util.Set.of("DT", "PRP$", "JJ", "RB", "POS", "VBN").contains(pos)) {
                return -1;
            }
        }
        return -1;
    }

    /** The object, or one of its conjuncts, is a value, an interest or a role. */
    private static boolean policyObject(Sentence s, int object) {
        if (object < 0) {
            return false;
        }
        if (POLICY_OBJECTS.contains(s.tokens().get(object).lowerLemma()) && s.tokens().get(object).pos().startsWith("NN")) {
            return true;
        }
        for (Dependency c : s.children(object, "conj")) {
            if (POLICY_OBJECTS.contains(s.tokens().get(c.dependent()).lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /** "any aggression", "any attempt to": a determiner "any" on the noun. */
    private static boolean anyOf(Sentence s, int noun) {
        for (Dependency d : s.children(noun, "det")) {
            if (s.tokens().get(d.dependent()).lowerWord().equals("any")) {
                return true;
            }
        }
        return false;
    }

    /** The to-clause that says what measures are for: on the verb ("take measures to defend") or on the measures. */
    private static int purpose(Sentence s, int verb, int measures) {
        for (int h : new int[] {verb, measures}) {
            for (Dependency d : s.children(h, null)) {
                String r = d.relation();
                if ((r.equals("xcomp") || r.startsWith("advcl") || r.startsWith("acl")) && s.tokens().get(d.dependent()).isVerb()
                        && s.markedTo(d.dependent())) {
                    return d.dependent();
                }
            }
        }
        return -1;
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
