package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.nlp.DateRanges.Tense;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Day ranges and weekdays read from text, without NLP. */
class DateRangesTest {

    /** A Wednesday. */
    private static final LocalDate WED = LocalDate.of(2024, 3, 6);

    private static List<String> ranges(String text, LocalDate reference) {
        return DateRanges.dayRanges(text, reference).stream()
                .map(r -> text.substring(r.begin(), r.end()) + " = " + r.start() + ".." + r.last()).toList();
    }

    @Test
    void monthFirstRanges() {
        assertEquals(List.of("April 13 to 15 = 2024-04-13..2024-04-15"), ranges("will visit Tokyo April 13 to 15.", WED));
        assertEquals(List.of("Apr. 13-15, 2023 = 2023-04-13..2023-04-15"), ranges("visited Apr. 13-15, 2023 and", WED));
        assertEquals(List.of("May 3 and 5 = 2024-05-03..2024-05-05"), ranges("between May 3 and 5", WED));
        assertEquals(List.of("March 10 to 16 = 2024-03-10..2024-03-16"), ranges("from March 10 to 16", WED));
    }

    @Test
    void dayFirstRanges() {
        assertEquals(List.of("13-15 April = 2024-04-13..2024-04-15"), ranges("on 13-15 April", WED));
        assertEquals(List.of("3 and 5 May = 2024-05-03..2024-05-05"), ranges("between 3 and 5 May", WED));
        assertEquals(List.of("2 to 4 June 2023 = 2023-06-02..2023-06-04"), ranges("from 2 to 4 June 2023,", WED));
    }

    @Test
    void rangesAcrossMonthsAndYears() {
        assertEquals(List.of("May 30 to June 2 = 2024-05-30..2024-06-02"), ranges("from May 30 to June 2", WED));
        assertEquals(List.of("30 May - 2 June = 2024-05-30..2024-06-02"), ranges("on 30 May - 2 June", WED));
        assertEquals(List.of("Dec. 30 to Jan. 2 = 2023-12-30..2024-01-02"),
                ranges("Dec. 30 to Jan. 2", LocalDate.of(2024, 1, 3)));
    }

    @Test
    void noRangeWithoutTwoDaysAndAMonth() {
        assertEquals(List.of(), ranges("on May 24, 2018, the two leaders", WED));
        assertEquals(List.of(), ranges("signed 3 agreements and 5 memoranda", WED));
        assertEquals(List.of(), ranges("April 15-13", WED));
        assertEquals(List.of(), ranges("at 10:30 on May 3", WED));
        assertEquals(List.of(), ranges("on June 7 - 10 days after the vote", WED));
    }

    @Test
    void weekdayRangesTakeTheNamedWeekOrTheTense() {
        String text = "will visit from Monday to Wednesday next week";
        DateRanges.Range r = DateRanges.weekdayRanges(text, WED, Tense.FUTURE).get(0);
        assertEquals("Monday to Wednesday next week", text.substring(r.begin(), r.end()));
        assertEquals("2024-03-11..2024-03-13", r.start() + ".." + r.last());
        r = DateRanges.weekdayRanges("from Thursday through Saturday", WED, Tense.FUTURE).get(0);
        assertEquals("2024-03-07..2024-03-09", r.start() + ".." + r.last());
        r = DateRanges.weekdayRanges("from Monday to Tuesday", WED, Tense.PAST).get(0);
        assertEquals("2024-03-04..2024-03-05", r.start() + ".." + r.last());
        r = DateRanges.weekdayRanges("Monday to Wednesday last week", WED, Tense.FUTURE).get(0);
        assertEquals("2024-02-26..2024-02-28", r.start() + ".." + r.last());
    }

    @Test
    void oneWeekdayFollowsTheTense() {
        assertEquals("2024-03-11", DateRanges.weekday("Monday", WED, Tense.FUTURE));
        assertEquals("2024-03-04", DateRanges.weekday("Monday", WED, Tense.PAST));
        assertEquals("2024-03-06", DateRanges.weekday("Wednesday", WED, Tense.PAST));
        assertEquals("2024-03-06", DateRanges.weekday("on Wednesday", WED, Tense.FUTURE));
        assertEquals("2024-03-01", DateRanges.weekday("last Friday", WED, Tense.FUTURE));
        assertEquals("2024-03-08", DateRanges.weekday("next Friday", WED, Tense.PAST));
        assertEquals("2024-03-05", DateRanges.weekday("Tuesday evening", WED, Tense.PAST));
        assertNull(DateRanges.weekday("March 4", WED, Tense.PAST));
    }

    @Test
    void vagueTimesStateNoDate() {
        assertTrue(DateRanges.vague("in the coming days"));
        assertTrue(DateRanges.vague("soon"));
        assertTrue(DateRanges.vague("later this year"));
        assertTrue(DateRanges.vague("the coming weeks"));
        assertFalse(DateRanges.vague("next month"));
        assertFalse(DateRanges.vague("this week"));
        assertFalse(DateRanges.vague("later this month"));
    }
}
