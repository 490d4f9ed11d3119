package io.visitwire.extraction.nlp;

import java.util.Locale;

/**
 * One token as the rules see it. {@code index} is 0-based within its sentence; {@code begin}/{@code end}
 * are character offsets into the article body.
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized,
                    int begin, int end) {

    public String lowerLemma() {
        return lemma == null ? word.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
    }

    public String lowerWord() {
        return word.toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return pos != null && pos.startsWith("VB");
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
