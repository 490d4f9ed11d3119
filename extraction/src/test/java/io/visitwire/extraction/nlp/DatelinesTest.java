package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** News datelines at the start of the body: where they end, their place and day, and the body as parsed. */
class DatelinesTest {

    private final ArticleContexts contexts = new ArticleContexts();

    private String describe(String published, String datelineField, String body) {
        DocumentContext ctx = contexts.of(published, null, "Example Wire", datelineField, body);
        return ctx.datelinePlace() + " | " + ctx.docDate() + " | " + body.substring(ctx.datelineEnd()) + " | "
                + ArticleContexts.forParsing(body, ctx);
    }

    @Test
    void agencyDatelinesWithAndWithoutADate() {
        assertEquals("SEOUL | 2024-07-15 | Foreign Minister X arrived. | SEOUL, July 15 (Yonhap) .  Foreign Minister X arrived.",
                describe("2024-07-16", null, "SEOUL, July 15 (Yonhap) -- Foreign Minister X arrived."));
        assertEquals("MOSCOW | 2024-05-03 | Putin agreed. | MOSCOW (Reuters) . Putin agreed.",
                describe("2024-05-03", null, "MOSCOW (Reuters) - Putin agreed."));
        assertEquals("MOSCOW | 2024-05-02 | Putin agreed. | MOSCOW, May 2 . Putin agreed.",
                describe("2024-05-03", null, "MOSCOW, May 2 - Putin agreed."));
    }

    @Test
    void placeWithRegionAndMixedCaseWithDayFirstDate() {
        assertEquals("KYIV, Ukraine | 2024-02-01 | The envoy met. | KYIV, Ukraine . The envoy met.",
                describe("2024-02-01", null, "KYIV, Ukraine — The envoy met."));
        assertEquals("Washington | 2024-03-03 | Secretary Y will travel. | Washington, 3 March 2024 . Secretary Y will travel.",
                describe("2024-03-04", null, "Washington, 3 March 2024 — Secretary Y will travel."));
        assertEquals("null | 2019-05-17 | Maputo – The two governments signed. | Friday, May 17, 2019 . Maputo – The two governments signed.",
                describe("2019-05-18", null, "Friday, May 17, 2019 – Maputo – The two governments signed."));
    }

    @Test
    void theArticlesDatelineFieldAndWhatFollowsIt() {
        assertEquals("Washington, DC | 2018-09-04 | Secretary Z spoke. | Washington, DC . Secretary Z spoke.",
                describe("2018-09-04", "Washington, DC", "Washington, DC - Secretary Z spoke."));
        assertEquals("Accra | 2020-08-28 | On Friday, it arrived. | Accra, GHANA. On Friday, it arrived.",
                describe("2020-08-28", "Accra", "Accra, GHANA— On Friday, it arrived."));
    }

    @Test
    void noDatelineInOrdinaryOpenings() {
        assertEquals("null | 2024-03-04 | U.S.-China talks resumed. | U.S.-China talks resumed.",
                describe("2024-03-04", null, "U.S.-China talks resumed."));
        assertEquals("null | 2024-03-04 | NATO allies met in Brussels. | NATO allies met in Brussels.",
                describe("2024-03-04", null, "NATO allies met in Brussels."));
        assertEquals("null | 2018-05-24 | May 24, 2018, St Petersburg  Vladimir Putin received a guest. "
                        + "| May 24, 2018, St Petersburg  Vladimir Putin received a guest.",
                describe("2018-05-24", null, "May 24, 2018, St Petersburg  Vladimir Putin received a guest."));
    }

    @Test
    void dayFirstDatelineDays() {
        assertEquals(LocalDate.of(2024, 3, 3), DateValues.datelineDay("3 March 2024", LocalDate.of(2024, 3, 5)));
        assertEquals(LocalDate.of(2023, 12, 30), DateValues.datelineDay("30 Dec", LocalDate.of(2024, 1, 2)));
    }
}
