package io.visitwire.sink.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.schemas.VisitIds;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitMergerTest {

    private final VisitMerger merger = new VisitMerger();

    @Test
    void aPlannedVisitLaterReportedAsDoneIsOneVisitWithTheExactDates() {
        VisitEvent planned = report("a1", "Lena Sample", "2024-06", null, VisitStatus.PLANNED, "2024-05-20");
        VisitEvent done = report("a2", "Lena M. Sample", "2024-06-11", "2024-06-12", VisitStatus.COMPLETED, "2024-06-12");

        VisitMerger.Result first = merger.merge(List.of(), planned);
        VisitMerger.Result second = merger.merge(first.known(), done);

        assertEquals(1, second.known().size());
        VisitEvent merged = second.visit();
        assertEquals(planned.getVisitId(), merged.getVisitId(), "the key first published stays");
        assertEquals("2024-06-11", merged.getStart());
        assertEquals("2024-06-12", merged.getEnd());
        assertEquals(VisitStatus.COMPLETED, merged.getStatus());
        assertEquals(List.of("a1", "a2"), merged.getSources().stream().map(SourceRef::getArticleId).toList());
        assertEquals("Lena M. Sample", merged.getVisitor().getName());
    }

    @Test
    void theRulesOfEveryReportAccumulateOnceEach() {
        VisitEvent planned = VisitEvent.newBuilder(report("a1", "Lena Sample", "2024-06", null, VisitStatus.PLANNED,
                "2024-05-20")).setRules(List.of("visit.move-verb", "visit.status.future-marker")).build();
        VisitEvent done = VisitEvent.newBuilder(report("a2", "Lena Sample", "2024-06-11", null, VisitStatus.COMPLETED,
                "2024-06-12")).setRules(List.of("visit.move-verb", "visit.status.past-tense")).build();

        VisitEvent merged = merger.merge(merger.merge(List.of(), planned).known(), done).visit();

        assertEquals(List.of("visit.move-verb", "visit.status.future-marker", "visit.status.past-tense"), merged.getRules());
    }

    @Test
    void adjacentDaysAreOneVisitButAMonthLaterIsAnother() {
        VisitEvent arrival = report("a1", "Lena Sample", "2024-03-04", null, VisitStatus.COMPLETED, "2024-03-04");
        VisitEvent talks = report("a2", "Lena Sample", "2024-03-05", "2024-03-06", VisitStatus.COMPLETED, "2024-03-06");
        VisitEvent laterTrip = report("a3", "Lena Sample", "2024-04-20", null, VisitStatus.COMPLETED, "2024-04-20");

        List<VisitEvent> known = merger.merge(List.of(), arrival).known();
        known = merger.merge(known, talks).known();
        VisitMerger.Result third = merger.merge(known, laterTrip);

        assertEquals(2, third.known().size());
        assertEquals("2024-03-06", third.known().get(0).getEnd());
        assertFalse(third.visit().getVisitId().equals(third.known().get(0).getVisitId()));
    }

    @Test
    void theSameArticleProcessedTwiceAddsNothing() {
        VisitEvent report = report("a1", "Lena Sample", "2024-03-04", null, VisitStatus.ONGOING, "2024-03-04");

        VisitMerger.Result once = merger.merge(List.of(), report);
        VisitMerger.Result twice = merger.merge(once.known(), report);

        assertEquals(once.visit().getSources(), twice.visit().getSources());
        assertEquals(once.visit().getEvidence(), twice.visit().getEvidence());
        assertEquals(1, twice.known().size());
    }

    @Test
    void theStatusNeverMovesBack() {
        VisitEvent done = report("a1", "Lena Sample", "2024-03-04", null, VisitStatus.COMPLETED, "2024-03-05");
        VisitEvent staleUpcoming = report("a0", "Lena Sample", "2024-03-04", null, VisitStatus.PLANNED, "2024-03-01");

        VisitEvent merged = merger.merge(merger.merge(List.of(), done).known(), staleUpcoming).visit();

        assertEquals(VisitStatus.COMPLETED, merged.getStatus());
    }

    @Test
    void differentVisitorsOrCountriesNeverMerge() {
        VisitEvent lena = report("a1", "Lena Sample", "2024-03-04", null, VisitStatus.COMPLETED, "2024-03-04");
        VisitEvent other = report("a2", "Omar Other", "2024-03-04", null, VisitStatus.COMPLETED, "2024-03-04");

        assertFalse(VisitMerger.sameVisit(lena, other));
        assertTrue(VisitMerger.sameVisit(lena, lena));
    }

    @Test
    void twoPeopleWithOneSurnameAreTwoVisitsUnderTwoKeys() {
        VisitEvent kenji = report("a1", "Kenji Adeyemi", null, null, VisitStatus.COMPLETED, "2016-02-25");
        VisitEvent samuel = report("a2", "Samuel Adeyemi", null, null, VisitStatus.COMPLETED, "2016-02-26");
        VisitEvent bySurname = report("a3", "Adeyemi", null, null, VisitStatus.COMPLETED, "2016-02-26");

        List<VisitEvent> known = merger.merge(merger.merge(List.of(), kenji).known(), samuel).known();
        VisitMerger.Result third = merger.merge(known, bySurname);

        assertEquals(List.of("Kenji Adeyemi", "Samuel Adeyemi"),
                third.known().stream().map(v -> v.getVisitor().getName()).toList());
        assertNotEquals(third.known().get(0).getVisitId(), third.known().get(1).getVisitId());
        assertEquals(kenji.getVisitId(), third.visit().getVisitId(), "a bare surname joins the first that fits");
    }

    @Test
    void undatedReportsMonthsApartAreTwoVisitsUnderTwoKeys() {
        VisitEvent spring = report("a1", "Lena Sample", null, null, VisitStatus.COMPLETED, "2024-03-04");
        VisitEvent autumn = report("a2", "Lena Sample", null, null, VisitStatus.COMPLETED, "2024-10-20");

        VisitMerger.Result second = merger.merge(merger.merge(List.of(), spring).known(), autumn);

        assertEquals(2, second.known().size());
        assertNotEquals(spring.getVisitId(), second.visit().getVisitId());
    }

    @Test
    void aStartKnownOnlyToTheYearMeetsTheVisitsOfThatYear() {
        VisitEvent byYear = report("a1", "Lena Sample", "2021", null, VisitStatus.COMPLETED, "2023-01-10");
        VisitEvent sameYear = report("a2", "Lena Sample", "2021", null, VisitStatus.COMPLETED, "2023-06-02");
        VisitEvent byDay = report("a3", "Lena Sample", "2021-05-04", null, VisitStatus.COMPLETED, "2021-05-04");
        VisitEvent nextYear = report("a4", "Lena Sample", "2022", null, VisitStatus.COMPLETED, "2023-06-02");

        List<VisitEvent> known = merger.merge(List.of(), byYear).known();
        known = merger.merge(known, sameYear).known();
        VisitMerger.Result dated = merger.merge(known, byDay);
        VisitMerger.Result other = merger.merge(dated.known(), nextYear);

        assertEquals(byYear.getVisitId(), dated.visit().getVisitId());
        assertEquals("2021-05-04", dated.visit().getStart(), "the day beats the year");
        assertEquals(List.of("a1", "a2", "a3"), dated.visit().getSources().stream().map(SourceRef::getArticleId).toList());
        assertEquals(2, other.known().size());
        assertNotEquals(byYear.getVisitId(), other.visit().getVisitId());
    }

    @Test
    void aReportUnderAKnownKeyIsThatVisitEvenWithoutDates() {
        VisitEvent first = report("a1", "Lena Sample", null, null, VisitStatus.PLANNED, "2024-03-04");
        VisitEvent update = VisitEvent.newBuilder(first).setStatus(VisitStatus.COMPLETED).setSources(List.of()).build();
        VisitEvent undatedNoSource = VisitEvent.newBuilder(first).setSources(List.of()).build();

        VisitMerger.Result result = merger.merge(List.of(undatedNoSource), update);

        assertEquals(1, result.known().size());
        assertEquals(VisitStatus.COMPLETED, result.visit().getStatus());
    }

    static VisitEvent report(String articleId, String visitor, String start, String end, VisitStatus status,
                             String published) {
        return VisitEvent.newBuilder()
                .setVisitId(VisitIds.of(visitor, "FI", start, articleId))
                .setVisitor(PersonRef.newBuilder().setName(visitor).setTitle("Trade Minister").setCountry("EE").build())
                .setPlace("Helsinki").setCountry("FI").setStart(start).setEnd(end)
                .setHosts(List.of(PersonRef.newBuilder().setName("Host " + articleId).build()))
                .setStatus(status)
                .setSources(List.of(new SourceRef(articleId, null, published)))
                .setEvidence(List.of(new Evidence(articleId, null, "sentence of " + articleId, 0, 10)))
                .setUpdatedAt(Instant.parse(published + "T12:00:00Z"))
                .build();
    }
}
