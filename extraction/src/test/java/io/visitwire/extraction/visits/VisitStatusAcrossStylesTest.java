package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether a visitor who arrived is still there (ANNOTATION.md: ONGOING is "is there now"): an arrival for a stay of
 * several days that lasts until the publication day is ONGOING; one whose days have run out, or an arrival with no
 * stated stay, is reported in the past (COMPLETED). Whole results, invented people, several styles.
 */
class VisitStatusAcrossStylesTest {

    @Test
    void anArrivalForAStayStillUnderWayIsOngoing() {
        // wire, published on the Monday of the arrival
        assertEquals(List.of("Somchai Rattana | Hanoi | VN | 2026-05-04 | 2026-05-06 | ONGOING | "),
                WholeResult.visits("2026-05-04", "HANOI", "HANOI, May 4 (VNA) - Thai Prime "
                        + "Minister Somchai Rattana arrived in Hanoi on Monday for a three-day official visit, the "
                        + "government said."));
        // GOV.UK, "has arrived today"
        assertEquals(List.of("John Barrow | Tallinn | EE | 2025-03-12 | 2025-03-13 | ONGOING | "),
                WholeResult.visits("2025-03-12", "The Defence Secretary, John Barrow, has arrived in Tallinn today "
                        + "for a two-day visit to Estonia."));
        // readout published the day after a 3-day visit began
        assertEquals(List.of("Laura Brennan | Nairobi | KE | 2025-03-11 | 2025-03-13 | ONGOING | "),
                WholeResult.visits("2025-03-12", "Defense Secretary Laura Brennan landed in Nairobi on March 11 "
                        + "for a 3-day visit to Kenya."));
    }

    @Test
    void aBackgroundVisitToTheSameCountryIsAVisitOfItsOwn() {
        // a month stands for both ends, as the gold records a month-level visit
        assertEquals(List.of("Somchai Rattana | - | VN | 2023-11 | - | COMPLETED | ",
                        "Somchai Rattana | Hanoi | VN | 2026-05-04 | 2026-05-06 | ONGOING | "),
                WholeResult.visits("2026-05-04", "HANOI", "HANOI, May 4 (VNA) - Thai Prime "
                        + "Minister Somchai Rattana arrived in Hanoi on Monday for a three-day official visit. "
                        + "Somchai last visited Vietnam in November 2023."));
    }

    @Test
    void aStayWhoseDaysHaveRunOutOrNoStayIsCompleted() {
        assertEquals(List.of("Kenji Arata | Canberra | AU | 2025-03-02 | 2025-03-03 | COMPLETED | "),
                WholeResult.visits("2025-03-10", "Japanese Foreign Minister Kenji Arata arrived in Canberra on "
                        + "March 2 for a two-day visit."));
        assertEquals(List.of("Kenji Arata | Canberra | AU | 2025-03-09 | - | COMPLETED | "),
                WholeResult.visits("2025-03-10", "Japanese Foreign Minister Kenji Arata arrived in Canberra "
                        + "yesterday, the ministry said."));
    }
}
