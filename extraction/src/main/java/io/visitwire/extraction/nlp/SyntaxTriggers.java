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
        for (CoreLabel t : tokens) {
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (isTrigger(lemma)) {
                return true;
            }
            moneyWord |= MONEY_WORDS.contains(lemma);
            money |= "MONEY".equals(t.ner());
            speechWord |= SPEECH_WORDS.contains(lemma);
            speech |= SPEECH.contains(lemma) && t.tag() != null && t.tag().startsWith("VB");
        }
        return moneyWord && money || speechWord && speech;
    }
}
