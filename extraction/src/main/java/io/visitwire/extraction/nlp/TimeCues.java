package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
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

    private static final Set<String> WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "today", "tonight", "yesterday", "tomorrow", "now",
            "currently", "recently", "lately", "soon", "ago", "later", "earlier", "once", "daily", "weekly",
            "monthly", "yearly", "annually", "annual", "biannual", "quarterly", "nightly", "hourly", "weekend",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries", "millennium", "quarter", "quarters", "fortnight", "hour", "hours", "minute", "minutes",
            "second", "seconds", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
            "nights", "noon", "midnight", "dawn", "dusk", "overnight", "spring", "summer", "autumn", "fall",
            "winter", "season", "seasons", "christmas", "easter", "thanksgiving", "ramadan", "eid", "hanukkah",
            "passover", "diwali", "holiday", "holidays", "anniversary", "date", "future", "past", "present",
            "previously", "midday", "time", "times", "centennial", "bicentennial", "tricentennial", "millennia",
            "millenia", "birthday", "birthdays", "dinnertime", "lunchtime", "suppertime", "teatime", "daylight",
            "daybreak", "daytime", "nighttime", "sunrise", "sunset", "sundown", "sunup", "twilight", "weekday",
            "weekdays", "weekends", "workweek", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties", "noughts", "oughts", "hr", "hrs", "wk", "wks", "yr", "yrs", "mo", "min", "mins",
            "sec", "secs", "millisecond", "milliseconds", "medieval", "eve", "tonite", "halloween", "valentine",
            "inauguration", "memorial");
    /** Years, decades, ordinals, clock times and numeric dates ("2010", "1990s", "'90s", "15th", "10:30", "6/7"). */
    private static final Pattern SHAPES = Pattern.compile(
            "\\d{4}s?|'\\d\\ds?|\\d{1,2}(st|nd|rd|th)|\\d{1,2}[:.]\\d\\d|\\d{1,4}[/-]\\d{1,2}([/-]\\d{1,4})?|"
                    + "\\d{1,2}(am|pm|a\\.m\\.|p\\.m\\.)");
    private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private TimeCues() {
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
