package io.visitwire.extraction.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleContextsTest {

    private final ArticleContexts contexts = new ArticleContexts();

    @Test
    void datelineAndPublisherCountry() {
        String body = "NAIROBI, March 4, 2019 — The minister arrived.";
        DocumentContext ctx = contexts.of("2019-03-04T10:00:00Z", "https://www.state.gov/x", null, null, body);
        assertEquals(LocalDate.of(2019, 3, 4), ctx.docDate());
        assertEquals("US", ctx.homeCountry());
        assertEquals("NAIROBI", ctx.datelinePlace());
        assertEquals("The minister arrived.", body.substring(ctx.datelineEnd()));
    }

    @Test
    void noDatelineAndUnknownPublisher() {
        DocumentContext ctx = contexts.of(null, null, "Some Daily", null, "The minister arrived.");
        assertEquals(0, ctx.datelineEnd());
        assertNull(ctx.homeCountry());
        assertEquals(LocalDate.now(), ctx.docDate());
    }

    @Test
    void relativeDatesCountFromTheDatelineDayWhenTheStoryIsPublishedLater() {
        String body = "LIMA, Aug. 14 — The envoy arrived yesterday.";
        DocumentContext ctx = contexts.of("2018-08-16", "https://www.defense.gov/x", null, null, body);
        assertEquals(LocalDate.of(2018, 8, 14), ctx.docDate());
        assertEquals("The envoy arrived yesterday.", body.substring(ctx.datelineEnd()));
    }

    @Test
    void aYearlessDatelineAroundNewYearTakesTheNearestYear() {
        DocumentContext ctx = contexts.of("2021-01-02", null, null, null, "Dec. 31 - The talks ended.");
        assertEquals(LocalDate.of(2020, 12, 31), ctx.docDate());
    }
}
