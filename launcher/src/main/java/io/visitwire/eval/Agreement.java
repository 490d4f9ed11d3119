package io.visitwire.eval;

import io.visitwire.schemas.names.NameMatcher;
import java.util.Locale;
import java.util.Objects;

/**
 * How attribute values of matched items are compared. Absent on both sides counts as
 * agreement: gold leaves a value null on purpose when the text does not give it.
 */
final class Agreement {

    private Agreement() {
    }

    /** Country codes, statuses, kinds: equal ignoring case. */
    static boolean sameCode(String gold, String predicted) {
        return Objects.equals(upper(gold), upper(predicted));
    }

    /** Dates as the contract writes them ({@code YYYY-MM-DD} or {@code YYYY-MM}): equal strings; a month is not a day. */
    static boolean sameDate(String gold, String predicted) {
        return Objects.equals(gold, predicted);
    }

    static boolean samePlace(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return gold == predicted;
        }
        return NameMatcher.locationsMatch(gold, predicted);
    }

    /** Recipients, like committers, may be a person, a government or a country. */
    static boolean sameParty(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return gold == predicted;
        }
        return NameMatcher.anyMatch(gold, predicted);
    }

    /** Titles are free text: "Defense Secretary" and "Secretary of Defense" are the same title. */
    static boolean sameTitle(String gold, String predicted) {
        return TextOverlap.contentWords(gold).equals(TextOverlap.contentWords(predicted));
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
