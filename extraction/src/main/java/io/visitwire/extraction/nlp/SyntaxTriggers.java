package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import io.visitwire.extraction.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cascade's parse gate: only a sentence holding a word the visit or commitment rules start from is
 * dependency-parsed (~45 % of the pipeline's time when every sentence is); elsewhere no rule reads the
 * parse. The words are not kept here: they are the lemmas (of a phrase, its first word) of the lexicon
 * files {@code lexicon/index.lst} tags {@value Lexicon#PARSE}, the same files the rules read, so a word
 * added to a trigger list is parsed for without a second copy to keep in step.
 */
public final class SyntaxTriggers {

    private static final Set<String> WORDS = words(Lexicon.PARSE);
    /** Words that need an amount of money beside them: "announced $5 million in aid". */
    private static final Set<String> MONEY_WORDS = words(Lexicon.PARSE_WITH_MONEY);
    /** Words that need a speech verb beside them: "would provide ..., the ministry said". */
    private static final Set<String> SPEECH_WORDS = words(Lexicon.PARSE_WITH_SPEECH);
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");
    /** Words that need a place after them: "is in Hanoi", "went on to Amman". */
    private static final Set<String> PLACE_WORDS = words(Lexicon.PARSE_BEFORE_PLACE);
    /** How far after such a word the preposition may be: "will then be in", "went on to". */
    private static final int PLACE_REACH = 3;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to");
    /** The fine-grained entity types of a place (the types the place rules read). */
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    /** Words that put an act on the calendar only as "be ... to": "is set to sign", not "due to the storm" alone. */
    private static final Set<String> BE_TO_WORDS = words(Lexicon.PARSE_BE_TO);

    private SyntaxTriggers() {
    }

    private static Set<String> words(String tag) {
        Set<String> words = new HashSet<>();
        Lexicon.tagged(tag).forEach(l -> words.addAll(l.firstWords()));
        return Set.copyOf(words);
    }

    /** Whether a token of this lower-case lemma sends its sentence to the parser. */
    public static boolean isTrigger(String lemma) {
        return WORDS.contains(lemma);
    }

    static boolean present(List<CoreLabel> tokens) {
        boolean moneyWord = false;
        boolean money = false;
        boolean speechWord = false;
        boolean speech = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String lemma = lemma(t);
            if (isTrigger(lemma)) {
                return true;
            }
            if (PLACE_WORDS.contains(lemma) && placeAhead(tokens, i + 1, PLACE_REACH)) {
                return true;
            }
            if (BE_TO_WORDS.contains(lemma) && afterBe(tokens, i) && i + 1 < tokens.size()
                    && "to".equals(lemma(tokens.get(i + 1)))) {
                return true;
            }
            // "X, in Seoul for talks, said": a place set off by commas right after a person
            if (",".equals(t.word()) && i > 0 && "PERSON".equals(tokens.get(i - 1).ner()) && placeAhead(tokens, i + 1, 1)) {
                return true;
            }
            moneyWord |= MONEY_WORDS.contains(lemma);
            money |= "MONEY".equals(t.ner());
            speechWord |= SPEECH_WORDS.contains(lemma);
            speech |= SPEECH.contains(lemma) && t.tag() != null && t.tag().startsWith("VB");
        }
        return moneyWord && money || speechWord && speech;
    }

    /** "be" right before token {@code i}, or before an adverb there ("is also set to"). */
    private static boolean afterBe(List<CoreLabel> tokens, int i) {
        if (i > 0 && "be".equals(lemma(tokens.get(i - 1)))) {
            return true;
        }
        CoreLabel before = i > 1 ? tokens.get(i - 1) : null;
        return before != null && before.tag() != null && before.tag().startsWith("RB") && "be".equals(lemma(tokens.get(i - 2)));
    }

    private static String lemma(CoreLabel t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** A locative preposition within {@code reach} tokens from {@code from}, a place right after it (or after "the"). */
    private static boolean placeAhead(List<CoreLabel> tokens, int from, int reach) {
        for (int i = from; i < Math.min(tokens.size(), from + reach); i++) {
            if (PLACE_PREPOSITIONS.contains(lemma(tokens.get(i)))) {
                int p = i + 1 < tokens.size() && "the".equals(lemma(tokens.get(i + 1))) ? i + 2 : i + 1;
                return p < tokens.size() && PLACE_TYPES.contains(tokens.get(p).ner());
            }
        }
        return false;
    }
}
