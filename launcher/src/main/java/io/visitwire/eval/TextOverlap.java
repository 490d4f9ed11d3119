package io.visitwire.eval;

import io.visitwire.schemas.names.NameMatcher;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Word-overlap measures used to decide that two commitments are the same one: the
 * contract compares evidence sentences and actions by their words, not by offsets,
 * because extractors cut sentences and phrase actions differently.
 */
public final class TextOverlap {

    /** Two evidence strings at or above this Jaccard index are taken as the same sentence. */
    public static final double SAME_SENTENCE_JACCARD = 0.5;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "as", "into", "onto", "about", "than", "that", "this", "these", "those", "it", "its", "their", "them",
            "they", "his", "her", "he", "she", "we", "our", "i", "my", "you", "your", "be", "is", "are", "was",
            "were", "been", "being", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "do", "does", "did", "have", "has", "had", "not", "no", "all", "any", "each", "also", "so", "such",
            "which", "who", "whom", "what", "there", "then", "up", "out", "over", "again", "further", "both",
            "more", "most", "very", "own", "same", "s", "other", "if", "while", "between", "through", "during");

    private TextOverlap() {
    }

    /** Jaccard index of the two texts' folded word sets; 0 when either is empty. */
    public static double tokenJaccard(String a, String b) {
        Set<String> left = new HashSet<>(NameMatcher.tokens(a));
        Set<String> right = new HashSet<>(NameMatcher.tokens(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    public static boolean sameSentence(String a, String b) {
        return tokenJaccard(a, b) >= SAME_SENTENCE_JACCARD;
    }

    /** Lower-cased, folded words minus stop words, in first-seen order. */
    public static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>(NameMatcher.tokens(text));
        words.removeAll(STOP_WORDS);
        return words;
    }

    /**
     * Whether at least half of the gold action's content words occur in the predicted
     * action. A gold action with no content words cannot vouch for anything, so it never
     * covers.
     */
    public static boolean coversHalfOfContentWords(String goldAction, String predictedAction) {
        Set<String> wanted = contentWords(goldAction);
        if (wanted.isEmpty()) {
            return false;
        }
        Set<String> offered = new HashSet<>(NameMatcher.tokens(predictedAction));
        long found = wanted.stream().filter(offered::contains).count();
        return 2 * found >= wanted.size();
    }
}
