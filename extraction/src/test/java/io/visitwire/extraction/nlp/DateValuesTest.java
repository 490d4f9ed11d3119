package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValuesTest {

    private static final LocalDate PUB = LocalDate.of(2016, 1, 2);

    @Test
    void timexValuesBecomeContractForms() {
        assertEquals("2015-12-31", DateValues.normalize("2015-12-31TEV", PUB));
        assertEquals("2016-02", DateValues.normalize("2016-02", PUB));
        assertEquals("2016-01-02", DateValues.normalize("PRESENT_REF", PUB));
        assertNull(DateValues.normalize("PAST_REF", PUB));
    }

    @Test
    void yearlessDatesTakeTheNearestYear() {
        assertEquals("2015-12-30", DateValues.normalize("XXXX-12-30", PUB));
        assertEquals("2016-01-05", DateValues.normalize("XXXX-01-05", PUB));
    }

    @Test
    void weeksCollapseToTheirMonthAndDurationsCountForward() {
        assertEquals("2019-03", DateValues.normalize("2019-W10", PUB));
        assertEquals("2016-03", DateValues.after("P2M", PUB));
        assertEquals("2016-01-12", DateValues.after("P10D", PUB));
        assertEquals("2016-01-09", DateValues.withDay("2016-01", 9));
    }

    @Test
    void datelineDaysWithAndWithoutYear() {
        assertEquals(LocalDate.of(2019, 3, 4), DateValues.datelineDay("March 4, 2019", PUB));
        assertEquals(LocalDate.of(2015, 12, 30), DateValues.datelineDay("Dec. 30", PUB));
        assertEquals(LocalDate.of(2016, 1, 1), DateValues.datelineDay("Jan 1", PUB));
        assertEquals(LocalDate.of(2016, 9, 3), DateValues.datelineDay("Sept. 3, 2016", PUB));
        assertNull(DateValues.datelineDay("Tuesday", PUB));
        assertNull(DateValues.datelineDay("Feb. 30, 2016", PUB));
    }
}
