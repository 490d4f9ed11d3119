package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.extraction.visits.rules.VisitPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * The words that make a sentence report a visit: movement verbs and visit nouns with a place, "bound
 * for", hosting verbs, meeting verbs with a place (or a dateline), and which rule each one is.
 */
public final class VisitTriggers {

    public static final Lexicon MOVE_VERBS = Lexicon.of("travel-verbs");
    public static final Lexicon MOVE_NOUNS = Lexicon.union("trip-nouns", "meeting-nouns");
    public static final Lexicon MEET_VERBS = Lexicon.of("meeting-verbs");
    public static final Lexicon TRAVEL_NOUNS = Lexicon.of("travel-nouns");
    public static final Lexicon HOST_VERBS = Lexicon.of("host-verbs");
    public static final Lexicon DEPART = Lexicon.of("departure-verbs");
    public static final Lexicon CANCEL = Lexicon.of("cancel-verbs");
    public static final Lexicon ONWARD = Lexicon.of("onward-verbs");
    private static final Lexicon FUTURE_MARKERS = Lexicon.union("future-modals", "future-markers");

    private final Destinations destinations;

    public VisitTriggers(Destinations destinations) {
        this.destinations = destinations;
    }

    /** Tokens that report movement (first), a reception or an in-person meeting at a named place (after). */
    public List<Integer> find(Sentence s, EntityIndex index) {
        List<Integer> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            String l = t.lowerLemma();
            if (t.isVerb() && MOVE_VERBS.contains(l)
                    || t.pos().startsWith("NN") && (MOVE_NOUNS.contains(l) || MOVE_NOUNS.contains(t.lowerWord())
                            || TRAVEL_NOUNS.contains(l)) && destinations.hasPlaceArgument(s, t.index(), index)
                    || t.lowerWord().equals("bound") && t.index() + 1 < s.tokens().size()
                            && s.tokens().get(t.index() + 1).lowerWord().equals("for")) {
                out.add(t.index());
            }
        }
        for (Token t : s.tokens()) {
            if (t.isVerb() && HOST_VERBS.contains(t.lowerLemma())) {
                out.add(t.index());
            }
        }
        for (Token t : s.tokens()) {
            if (t.isVerb() && MEET_VERBS.contains(t.lowerLemma())
                    && destinations.hasPlaceArgument(s, t.index(), index)) {
                out.add(t.index());
            }
        }
        return out;
    }

    /**
     * The triggers of the dependency-pattern rules, on a parsed sentence: presence ("X is in Y", the copula),
     * onward legs ("go on to Y"), and a host meeting a visiting guest (the meeting verb). The participle of
     * "met visiting Y" is left out of {@code triggers}: it is the guest's, read from the meeting verb.
     */
    public List<Integer> withPatterns(VisitArticle a, Sentence s, List<Integer> triggers) {
        List<Integer> out = new ArrayList<>(triggers);
        if (s.dependencies().isEmpty()) {
            return out;
        }
        boolean be = false;
        boolean onward = false;
        boolean visiting = false;
        for (Token t : s.tokens()) {
            be |= t.lowerLemma().equals("be");
            onward |= t.isVerb() && ONWARD.contains(t.lowerLemma());
            visiting |= t.lowerWord().equals("visiting");
        }
        if (visiting) {
            for (VisitRule r : List.of(VisitRule.HOST_MET_VISITING, VisitRule.PRESENCE_VISITING)) {
                for (VisitPatterns.Match m : a.matches(r, s)) {
                    out.remove(Integer.valueOf(m.node("visiting")));
                    if (!out.contains(m.node("trigger"))) {
                        out.add(m.node("trigger"));
                    }
                }
            }
        }
        for (VisitPatterns.Match m : setOffPresences(a, s)) {
            if (!out.contains(m.node("trigger")) && !destinations.placesAt(s, m.node("place"), a.index).isEmpty()) {
                out.add(m.node("trigger"));
            }
        }
        for (VisitRule r : List.of(VisitRule.PRESENCE_BE_IN, VisitRule.ONWARD)) {
            if (r == VisitRule.PRESENCE_BE_IN && !be || r == VisitRule.ONWARD && !onward) {
                continue;
            }
            for (VisitPatterns.Match m : a.matches(r, s)) {
                if (!out.contains(m.node("trigger")) && !destinations.placesAt(s, m.node("place"), a.index).isEmpty()) {
                    out.add(m.node("trigger"));
                }
            }
        }
        return out;
    }

    /**
     * "X, in Seoul for talks, said": the matches of the set-off presence rule whose place phrase opens right after
     * the visitor's name with a comma and "in" or "at" (the name's last token is the visitor node) and closes with a
     * comma before the verb.
     */
    static List<VisitPatterns.Match> setOffPresences(VisitArticle a, Sentence s) {
        List<VisitPatterns.Match> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        boolean opening = false;
        for (int i = 1; i + 1 < toks.size(); i++) {
            String next = toks.get(i + 1).lowerWord();
            opening |= toks.get(i).word().equals(",") && (next.equals("in") || next.equals("at"));
        }
        if (!opening || s.dependencies().isEmpty()) {
            return out;
        }
        for (VisitPatterns.Match m : a.matches(VisitRule.PRESENCE_SET_OFF, s)) {
            int v = m.node("visitor");
            int place = m.node("place");
            int verb = m.node("trigger");
            if (v + 2 >= toks.size() || !toks.get(v + 1).word().equals(",") || place <= v + 2 || verb <= place) {
                continue;
            }
            String prep = toks.get(v + 2).lowerWord();
            boolean closed = false;
            for (int i = place + 1; i < verb; i++) {
                closed |= toks.get(i).word().equals(",");
            }
            if ((prep.equals("in") || prep.equals("at")) && place - (v + 2) <= 2 && closed) {
                out.add(m);
            }
        }
        return out;
    }

    /** The set-off presence ({@link #setOffPresences}) whose verb is {@code trigger}, if any. */
    static Optional<VisitPatterns.Match> setOffAt(VisitArticle a, Sentence s, int trigger) {
        return setOffPresences(a, s).stream().filter(m -> m.node("trigger") == trigger).findFirst();
    }

    /** The pattern rule whose trigger {@code trigger} is, if any (presence, onward, met-visiting). */
    static Optional<VisitPatterns.Match> patternAt(VisitArticle a, Sentence s, int trigger, VisitRule rule) {
        if (s.dependencies().isEmpty()) {
            return Optional.empty();
        }
        return a.matches(rule, s).stream().filter(m -> m.node("trigger") == trigger).findFirst();
    }

    /** The rule of a trigger {@link #find} found. */
    static VisitRule triggerRule(Token t, boolean hosting) {
        if (hosting) {
            return VisitRule.HOST_RECEIVED;
        }
        if (t.isVerb() && MOVE_VERBS.contains(t.lowerLemma())) {
            return VisitRule.MOVE_VERB;
        }
        if (t.isVerb() && ONWARD.contains(t.lowerLemma())) {
            return VisitRule.ONWARD;
        }
        if (t.lowerWord().equals("bound")) {
            return VisitRule.BOUND_FOR;
        }
        return t.isVerb() ? VisitRule.MET_IN_PLACE : VisitRule.MOVE_NOUN;
    }

    public static boolean isMeet(Token t) {
        return t.isVerb() && t.lowerLemma().equals("meet");
    }

    boolean firstTrigger(Sentence s, int trigger, EntityIndex index) {
        List<Integer> all = find(s, index);
        return !all.isEmpty() && all.get(0) == trigger;
    }

    public static boolean isFutureMarker(String lemma) {
        return FUTURE_MARKERS.contains(lemma);
    }

    /** Whether token {@code i} starts a cancellation ("cancelled", "called off"). */
    public static boolean isCancel(Sentence s, int i) {
        return CANCEL.phraseAt(s.tokens(), i, Token::lowerLemma) > 0;
    }

}
