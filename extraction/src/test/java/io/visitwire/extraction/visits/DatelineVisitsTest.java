package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News datelines ("SEOUL, July 15 (Yonhap) --", "MOSCOW (Reuters) -", "Washington, 3 March 2024 —"): their
 * day anchors relative dates, their place is where the story was filed, not a visit, and they are no
 * sentence's subject.
 */
class DatelineVisitsTest {

    @Test
    void theDatelinesDayAnchorsRelativeDates() {
        // a three-day visit begun the day before publication is under way (ANNOTATION.md: ONGOING, "is there now")
        assertEquals(List.of("Lena Varga | Seoul | KR | 2024-07-15 | 2024-07-17 | ONGOING | "),
                WholeResult.visits("2024-07-16", null, "SEOUL, July 15 (Yonhap) -- Foreign "
                        + "Minister Lena Varga arrived in Seoul on Monday for a three-day visit, officials said."));
        assertEquals(List.of("Lena Varga | Lima | PE | 2024-08-13 | - | COMPLETED | "),
                WholeResult.visits("2024-08-16", null, "LIMA, Aug. 14 (AFP) - Foreign Minister "
                        + "Lena Varga arrived in Lima yesterday, the ministry said."));
    }

    @Test
    void theDatelinesPlaceIsNoVisit() {
        assertEquals(List.of("Anton Pell | Ottawa | CA | 2024-03-05 | - | PLANNED | "),
                WholeResult.visits("2024-03-03", null, "Washington, 3 March 2024 — Secretary "
                        + "Anton Pell will travel to Ottawa on Tuesday."));
        assertEquals(List.of(),
                WholeResult.visits("2024-02-01", null, "KYIV, Ukraine — Foreign Minister Olena "
                        + "Marchenko said on Thursday that talks with partners would continue."));
    }

    @Test
    void theDatelineIsNoSubject() {
        EnrichedArticle a = WholeResult.extract("2024-05-02", null, "MOSCOW, May 2 - Vladimir Putin agreed to visit "
                + "Hanoi next month, the Kremlin said.");
        assertEquals(List.of("Vladimir Putin | Hanoi | VN | 2024-06 | - | PLANNED | "), WholeResult.visits(a));
        WholeResult.commitments(a).forEach(c -> assertEquals(false, c.startsWith("MOSCOW"), c));
        EnrichedArticle b = WholeResult.extract("2024-05-03", null, "BEIJING (Reuters) - Premier Li Wen will visit "
                + "Canberra next week, the foreign ministry said on Friday.");
        assertEquals(List.of("Li Wen | Canberra | AU | 2024-05 | 2024-05 | PLANNED | "), WholeResult.visits(b));
    }
}
