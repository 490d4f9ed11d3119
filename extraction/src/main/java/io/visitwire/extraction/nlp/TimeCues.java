package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import io.visitwire.extraction.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a temporal expression, so that SUTime (~45 % of the NER step's time)
 * runs only where it can find one. SUTime's expressions are anchored on a calendar or clock word, a
 * number or a holiday; a sentence with none of them gets no DATE, TIME, DURATION or SET from it. The
 * cue list errs on the side of running SUTime: a false cue costs time, a missed one a date.
 */
final class TimeCues {

    /** The cue words of {@code lexicon/time-cues.lst}, the months and their three-letter forms. */
    private static final Set<String> WORDS = words();
    /** Years, decades, ordinals, clock times and numeric dates ("2010", "1990s", "'90s", "15th", "10:30", "6/7"). */
    private static final Pattern SHAPES = Pattern.compile(
            "\\d{4}s?|'\\d\\ds?|\\d{1,2}(st|nd|rd|th)|\\d{1,2}[:.]\\d\\d|\\d{1,4}[/-]\\d{1,2}([/-]\\d{1,4})?|"
                    + "\\d{1,2}(am|pm|a\\.m\\.|p\\.m\\.)");
    private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private TimeCues() {
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>(Lexicon.of("time-cues"));
        words.addAll(Lexicon.of("months"));
        words.addAll(Months.ABBREVIATIONS);
        return Set.copyOf(words);
    }

    /**
     * The stretches of {@code tokens} SUTime needs to read: each cue with {@code reach} tokens either side,
     * overlapping or touching stretches joined, as {@code [from, to)} pairs in order. SUTime's rules match
     * a few tokens around an anchor ("the first week of next month", "from May 3 to 5"), so the rest of
     * a long sentence only costs time: its matcher tries every rule at every token.
     */
    static List<int[]> windows(List<CoreLabel> tokens, int reach) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isCue(tokens.get(i))) {
                continue;
            }
            int from = Math.max(0, i - reach);
            int to = (int) Math.min(tokens.size(), (long) i + reach + 1);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    private static boolean isCue(CoreLabel t) {
        String word = t.word().toLowerCase(Locale.ROOT);
        if (word.length() > 1 && word.endsWith(".")) {
            word = word.substring(0, word.length() - 1); // "Feb.", "Sept."
        }
        if (WORDS.contains(word) || SHAPES.matcher(word).matches() || TEMPORAL_TAGS.contains(t.ner())) {
            return true;
        }
        if (word.indexOf('-') > 0) { // "two-day", "mid-March", "year-end"
            for (String part : word.split("-")) {
                if (WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isTemporal(String nerTag) {
        return TEMPORAL_TAGS.contains(nerTag);
    }
}
