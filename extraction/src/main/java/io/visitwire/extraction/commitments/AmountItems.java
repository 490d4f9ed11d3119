package io.visitwire.extraction.commitments;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A list of sums, one per purpose: "will provide $5 million for clean water, $3 million for food security
 * and $2 million for demining" gives one PLEDGE per sum (ANNOTATION.md: one commitment per distinct action,
 * each with the same evidence). The sums are the coordinated money objects of the giving verb; each item
 * runs from its sum to the next one.
 */
final class AmountItems {

    /** "The assistance includes $14 million for A, $13.6 million for B": verbs that break down a sum. */
    private static final Lexicon BREAKDOWN = Lexicon.of("breakdown-verbs");
    /** Subjects that are the sum itself, not a party: "the assistance", "the package", "these agreements". */
    private static final Lexicon SUM_NOUNS = Lexicon.of("sum-nouns");
    private static final Set<String> LIST_JOINS = Set.of(",", ";", "and", "as", "well", "plus", "also");

    /** One item of a list: its words and its sum. */
    record Item(int start, int end, NerSpan money) {
    }

    private AmountItems() {
    }

    /**
     * The sums listed right after {@code verb} ("provide $5 million for A, $3 million for B and $2 million for
     * C"), two or more; else empty. Read from the surface, since the parser hangs such lists every which way:
     * the first sum opens the object (within a few words of the verb), each next one follows a comma, "and"
     * or a semicolon with no finite verb between, and the list stops at {@code limit} (the next action).
     */
    static List<Item> items(Sentence s, int verb, int limit) {
        List<NerSpan> sums = new ArrayList<>();
        for (NerSpan sp : s.spans()) {
            if (!"MONEY".equals(sp.type()) || sp.normalized() == null || sp.tokenStart() <= verb || sp.tokenStart() >= limit) {
                continue;
            }
            int from = sums.isEmpty() ? verb + 1 : sums.get(sums.size() - 1).tokenEnd();
            if (sums.isEmpty() ? sp.tokenStart() - verb > 4 : sp.tokenStart() - from > 25) {
                break;
            }
            if (finiteBetween(s, from, sp.tokenStart())) {
                break;
            }
            if (!sums.isEmpty() && !LIST_JOINS.contains(s.tokens().get(sp.tokenStart() - 1).lowerWord())) {
                break;
            }
            sums.add(sp);
        }
        if (sums.size() < 2) {
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < sums.size(); i++) {
            int from = i == 0 ? start(s, sums.get(0), verb) : sums.get(i).tokenStart();
            int to = i + 1 < sums.size() ? sums.get(i + 1).tokenStart() - 1 : lastEnd(s, from, limit);
            while (to > from && LIST_JOINS.contains(s.tokens().get(to).lowerWord())) {
                to--;
            }
            out.add(new Item(from, to, sums.get(i)));
        }
        return out;
    }

    /** "an additional $5 million": the first item keeps the words between the verb and its sum. */
    private static int start(Sentence s, NerSpan first, int verb) {
        int lo = first.tokenStart();
        while (lo - 1 > verb && Set.of("DT", "JJ", "JJR", "RB", "CD").contains(s.tokens().get(lo - 1).pos())) {
            lo--;
        }
        return lo;
    }

    private static boolean finiteBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String pos = s.tokens().get(i).pos();
            String w = s.tokens().get(i).word();
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(pos) && !reducedRelative(s, i) || w.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "for programs focused on growth", "for projects aimed at ...": a participle after its noun, which the
     * tagger often reads as a past tense; it describes the item and opens no clause.
     */
    private static boolean reducedRelative(Sentence s, int i) {
        return s.tokens().get(i).pos().equals("VBD") && i > 0 && i + 1 < s.tokens().size()
                && s.tokens().get(i - 1).pos().startsWith("NN") && s.tokens().get(i + 1).pos().equals("IN");
    }

    /**
     * "The assistance includes $14 million for A, $13.6 million to improve B and $81.5 million for C": a
     * breakdown verb whose subject is the sum (not a party) and whose object lists two sums or more; the
     * verb's index, else -1.
     */
    static int breakdownVerb(Sentence s) {
        for (Token t : s.tokens()) {
            if (!t.isVerb() || !BREAKDOWN.contains(t.lowerLemma()) || !Set.of("VBZ", "VBP").contains(t.pos())) {
                continue;
            }
            for (Dependency d : s.children(t.index(), "nsubj")) {
                Token subj = s.tokens().get(d.dependent());
                if (subj.pos().startsWith("NN") && SUM_NOUNS.contains(subj.lowerLemma()) || referring(subj)) {
                    return t.index();
                }
            }
        }
        return -1;
    }

    /** "They provide $30 million for roads ...", "It includes ...": the sum named a sentence before, as a pronoun. */
    static boolean referring(Token subj) {
        String w = subj.lowerWord();
        return subj.pos().equals("PRP") && (w.equals("they") || w.equals("it")) || subj.pos().equals("DT")
                && (w.equals("these") || w.equals("this"));
    }

    /**
     * "The United States and Mozambique signed three agreements totaling $20 million", "Britain signed a grant
     * agreement with Kenya": the sum a later sentence breaks down, named as the object of a verb (on the parse,
     * or after the sentence's first verb when it has none); its token, else -1.
     */
    static int concludedSum(Sentence s) {
        for (Token t : s.tokens()) {
            if (!t.pos().startsWith("NN") || !SUM_NOUNS.contains(t.lowerLemma())) {
                continue;
            }
            if (s.dependencies().isEmpty()) {
                for (int i = 0; i < t.index(); i++) {
                    if (s.tokens().get(i).isVerb()) {
                        return t.index();
                    }
                }
                continue;
            }
            for (Dependency d : s.heads(t.index())) {
                if (d.relation().equals("obj") && d.governor() >= 0) {
                    return t.index();
                }
            }
        }
        return -1;
    }

    /** The sum-noun subject of a breakdown verb. */
    static int subjectOf(Sentence s, int verb) {
        for (Dependency d : s.children(verb, "nsubj")) {
            return d.dependent();
        }
        return -1;
    }

    /** The last item runs to the end of its clause: the next ",", ";", "." or quote. */
    private static int lastEnd(Sentence s, int from, int limit) {
        int end = from;
        for (int i = from; i < Math.min(limit, s.tokens().size()); i++) {
            String w = s.tokens().get(i).word();
            if (Set.of(".", ";", ",", "\"", "”", "--", "—", ":").contains(w)) {
                break;
            }
            end = i;
        }
        return end;
    }
}
