package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.visitwire.extraction.nlp.DateRanges.Tense;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Weekends, early and late hours, and plans told from a past frame, as DateRanges resolves them (no NLP). */
class WireDateRangesTest {

    private static final LocalDate THU = LocalDate.of(2025, 6, 12);
    private static final LocalDate SAT = LocalDate.of(2025, 6, 14);
    private static final LocalDate MON = LocalDate.of(2025, 6, 16);

    private static String weekend(String text, LocalDate reference, Tense tense) {
        DateRanges.Range r = DateRanges.weekend(text, reference, tense);
        return r == null ? null : r.start() + ".." + r.last();
    }

    @Test
    void aWeekendIsTheOneTheTenseAndItsModifierPoint() {
        assertEquals("2025-06-07..2025-06-08", weekend("the weekend", THU, Tense.PAST));
        assertEquals("2025-06-14..2025-06-15", weekend("this weekend", THU, Tense.FUTURE));
        assertEquals("2025-06-14..2025-06-15", weekend("this weekend", SAT, Tense.PAST));
        assertEquals("2025-06-14..2025-06-15", weekend("last weekend", MON, Tense.PAST));
        assertEquals("2025-06-07..2025-06-08", weekend("last weekend", SAT, Tense.PAST));
        assertEquals("2025-06-14..2025-06-15", weekend("next weekend", THU, Tense.PAST)); // the first one after the day
        assertNull(weekend("the weekend talks", THU, Tense.PAST));
    }

    @Test
    void earlyAndLateHoursAreTheirWeekday() {
        assertEquals("2025-06-08", DateRanges.weekday("late on Sunday", THU, Tense.PAST));
        assertEquals("2025-06-15", DateRanges.weekday("late on Sunday", THU, Tense.FUTURE));
        assertEquals("2025-06-09", DateRanges.weekday("early Monday", THU, Tense.PAST));
        assertEquals("2025-06-09", DateRanges.weekday("the early hours of Monday", THU, Tense.PAST));
    }

    @Test
    void aPlanToldFromAPastFrameIsTheComingDayUnlessItWasTodayOrYesterday() {
        assertEquals("2025-06-16", DateRanges.weekday("Monday", THU, Tense.NEAREST));
        assertEquals("2025-06-11", DateRanges.weekday("Wednesday", THU, Tense.NEAREST));
        assertEquals("2025-06-12", DateRanges.weekday("Thursday", THU, Tense.NEAREST));
        assertEquals("2025-06-17", DateRanges.weekday("Tuesday", THU, Tense.NEAREST));
    }
}
