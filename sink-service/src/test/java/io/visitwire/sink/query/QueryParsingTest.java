package io.visitwire.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Query parameters as the routes receive them (name to values), the filters they make, and the cursor. */
class QueryParsingTest {

    private static final VisitEvent GATES_IN_BAKU = QueryFixtures.visit("dod-1", "Robert M. Gates", "AZ", "Baku",
            "2010-06-06", VisitStatus.COMPLETED, "2010-06-07", Instant.parse("2010-06-07T12:00:00Z"));

    @Nested
    class Parameters {

        @Test
        void noParametersMeanEveryVisitFiftyAPage() {
            VisitQuery query = VisitQuery.parse(Map.of());
            assertEquals(new VisitQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                    Optional.empty(), 50, Optional.empty()), query);
            assertTrue(query.matches(GATES_IN_BAKU));
        }

        @Test
        void anEmptyValueIsNoValueAsAnHtmlFormSendsIt() {
            VisitQuery query = VisitQuery.parse(params("visitor", "", "country", " ", "from", "", "to", "", "status", "",
                    "updatedSince", "", "limit", "", "cursor", ""));
            assertEquals(VisitQuery.parse(Map.of()), query);
        }

        @Test
        void everyFaultIsNamedInOneRefusal() {
            Map<String, List<String>> given = new HashMap<>(params("vistor", "gates", "limit", "0", "from", "2010-13",
                    "to", "June", "status", "done", "country", "Atlantis", "cursor", "not-a-cursor", "updatedSince", "yesterday"));
            given.put("visitor", List.of("a", "b"));
            BadQuery refused = assertThrows(BadQuery.class, () -> VisitQuery.parse(given));
            assertEquals(Set.of("vistor", "visitor", "limit", "from", "to", "status", "country", "cursor", "updatedSince"),
                    refused.problems().stream().map(BadQuery.Problem::field).collect(Collectors.toCollection(TreeSet::new)));
            assertTrue(refused.getMessage().contains("vistor: unknown parameter"), refused.getMessage());
            assertTrue(refused.getMessage().contains("visitor: given 2 times"), refused.getMessage());
        }

        @Test
        void limitsRunFromOneToFiveHundred() {
            assertEquals(1, VisitQuery.parse(params("limit", "1")).limit());
            assertEquals(500, CommitmentQuery.parse(params("limit", "500")).limit());
            for (String bad : List.of("0", "501", "-1", "ten", "1.5")) {
                BadQuery refused = assertThrows(BadQuery.class, () -> VisitQuery.parse(params("limit", bad)), bad);
                assertEquals("limit", refused.problems().get(0).field());
            }
        }

        @Test
        void datesAreAYearAMonthOrADay() {
            VisitQuery query = VisitQuery.parse(params("from", "2010", "to", "2010-06"));
            assertEquals(LocalDate.of(2010, 1, 1), query.from().orElseThrow().first());
            assertEquals(LocalDate.of(2010, 6, 30), query.to().orElseThrow().last());
            assertEquals(LocalDate.of(2010, 6, 7), VisitQuery.parse(params("to", "2010-06-07")).to().orElseThrow().last());
            for (String bad : List.of("2010-6", "2010-13", "2010-02-30", "10", "2010-06-07T10:00", "June 2010")) {
                assertThrows(BadQuery.class, () -> VisitQuery.parse(params("from", bad)), bad);
            }
            BadQuery reversed = assertThrows(BadQuery.class, () -> VisitQuery.parse(params("from", "2011", "to", "2010-12")));
            assertEquals("to", reversed.problems().get(0).field());
        }

        @Test
        void updatedSinceIsAnInstantAtAnyOffsetOrADayFromItsStartInUtc() {
            assertEquals(Optional.of(Instant.parse("2010-06-07T10:00:00Z")),
                    VisitQuery.parse(params("updatedSince", "2010-06-07T12:00:00+02:00")).updatedSince());
            assertEquals(Optional.of(Instant.parse("2010-06-07T00:00:00Z")),
                    VisitQuery.parse(params("updatedSince", "2010-06-07")).updatedSince());
            for (String notATime : List.of("2010-06", "2010-06-07T12:00", "1276000000")) {
                BadQuery refused = assertThrows(BadQuery.class, () -> VisitQuery.parse(params("updatedSince", notATime)));
                assertEquals("updatedSince", refused.problems().get(0).field(), notATime);
            }
        }

        @Test
        void statusesAndKindsInAnyCaseCommaSeparated() {
            assertEquals(Set.of(VisitStatus.PLANNED, VisitStatus.COMPLETED),
                    VisitQuery.parse(params("status", "planned, Completed")).statuses());
            assertEquals(Set.of(CommitmentKind.PLEDGE), CommitmentQuery.parse(params("kind", "pledge")).kinds());
            BadQuery refused = assertThrows(BadQuery.class, () -> CommitmentQuery.parse(params("kind", "vow")));
            assertTrue(refused.getMessage().contains("PROMISE, PLAN, PLEDGE, OFFER, OTHER"), refused.getMessage());
        }

        @Test
        void aCountryIsACodeOrAnEnglishName() {
            for (String name : List.of("AZ", "az", "AZE", "Azerbaijan", "azerbaijan")) {
                assertEquals(Optional.of("AZ"), VisitQuery.parse(params("country", name)).country(), name);
            }
            assertEquals(Optional.of("US"), VisitQuery.parse(params("country", "United States")).country());
            assertEquals(Optional.of("US"), VisitQuery.parse(params("country", "USA")).country());
            assertEquals(Optional.of("GB"), VisitQuery.parse(params("country", "United Kingdom")).country());
            assertThrows(BadQuery.class, () -> VisitQuery.parse(params("country", "Freedonia")));
        }

        @Test
        void theCommitmentQueryTakesItsOwnParametersOnly() {
            BadQuery refused = assertThrows(BadQuery.class, () -> CommitmentQuery.parse(params("visitor", "gates")));
            assertTrue(refused.getMessage().contains("committer, cursor, dueBefore, ids, kind, limit"), refused.getMessage());
        }
    }

    @Nested
    class VisitFilters {

        @Test
        void visitorsMatchAsTheEvalMatchesThem() {
            for (String name : List.of("Gates", "gates", "Robert Gates", "Secretary Gates", "Defense Secretary Robert M. Gates",
                    "Bob Gates", "R. Gates", "GATES")) {
                assertTrue(visits("visitor", name).matches(GATES_IN_BAKU), name);
            }
            for (String name : List.of("Bill Gates", "Robert Gate", "Aliyev")) {
                assertFalse(visits("visitor", name).matches(GATES_IN_BAKU), name);
            }
            VisitEvent accented = QueryFixtures.visit("a", "José Ramos-Horta", "TL", "Dili", "2010", VisitStatus.COMPLETED,
                    "2010-01-01", Instant.EPOCH);
            assertTrue(visits("visitor", "Jose Ramos-Horta").matches(accented));
            assertTrue(visits("visitor", "President Ramos Horta").matches(accented));
        }

        @Test
        void updatedSinceKeepsTheVisitsChangedAtOrAfterIt() {
            // Gates in Baku was last updated at 2010-06-07T12:00:00Z
            assertTrue(visits("updatedSince", "2010-06-07T12:00:00Z").matches(GATES_IN_BAKU));
            assertTrue(visits("updatedSince", "2010-06-07").matches(GATES_IN_BAKU));
            assertFalse(visits("updatedSince", "2010-06-07T12:00:00.001Z").matches(GATES_IN_BAKU));
            assertFalse(visits("updatedSince", "2010-06-08").matches(GATES_IN_BAKU));
        }

        @Test
        void datesOverlapTheRangeAsked() {
            // the visit: 2010-06-06 (and its article's end, none: one day)
            assertTrue(visits("from", "2010", "to", "2010").matches(GATES_IN_BAKU));
            assertTrue(visits("from", "2010-06-06").matches(GATES_IN_BAKU));
            assertTrue(visits("to", "2010-06-06").matches(GATES_IN_BAKU));
            assertFalse(visits("from", "2010-06-07").matches(GATES_IN_BAKU));
            assertFalse(visits("to", "2010-06-05").matches(GATES_IN_BAKU));
            assertFalse(visits("from", "2011").matches(GATES_IN_BAKU));

            VisitEvent twoDays = VisitEvent.newBuilder(GATES_IN_BAKU).setEnd("2010-06-07").build();
            assertTrue(visits("from", "2010-06-07").matches(twoDays));
            VisitEvent monthOnly = VisitEvent.newBuilder(GATES_IN_BAKU).setStart("2010-07").build();
            assertTrue(visits("from", "2010-07-31", "to", "2010-07-31").matches(monthOnly), "a month covers all its days");
            assertFalse(visits("to", "2010-06").matches(monthOnly));
        }

        @Test
        void anUndatedVisitCountsAtItsPublicationAndOneWithNeitherOnlyWithoutDates() {
            VisitEvent undated = VisitEvent.newBuilder(GATES_IN_BAKU).setStart(null).build();
            assertTrue(visits("from", "2010-06-07", "to", "2010-06-07").matches(undated));
            VisitEvent unplaced = VisitEvent.newBuilder(undated).setSources(List.of()).build();
            assertFalse(visits("from", "2000").matches(unplaced));
            assertTrue(visits("country", "AZ").matches(unplaced));
        }

        @Test
        void countryAndStatusMustHold() {
            assertTrue(visits("country", "Azerbaijan", "status", "completed,ongoing").matches(GATES_IN_BAKU));
            assertFalse(visits("country", "GB").matches(GATES_IN_BAKU));
            assertFalse(visits("status", "PLANNED").matches(GATES_IN_BAKU));
            assertFalse(visits("country", "AZ").matches(VisitEvent.newBuilder(GATES_IN_BAKU).setCountry(null).build()));
        }

        private VisitQuery visits(String... nameValues) {
            return VisitQuery.parse(params(nameValues));
        }
    }

    @Nested
    class CommitmentFilters {

        private final Commitment relay = QueryFixtures.commitment("dod-1", "U.S.", CommitmentKind.PLAN, "2010-07");

        @Test
        void committersMatchAsTheEvalMatchesThem() {
            assertTrue(commitments("committer", "United States").matches(relay));
            assertTrue(commitments("committer", "us").matches(relay));
            assertFalse(commitments("committer", "United Kingdom").matches(relay));
            Commitment gates = QueryFixtures.commitment("dod-1", "Robert M. Gates", CommitmentKind.PROMISE, null);
            assertTrue(commitments("committer", "Secretary Gates", "kind", "promise").matches(gates));
        }

        @Test
        void dueBeforeTheStartOfThePeriodGiven() {
            assertTrue(commitments("dueBefore", "2010-08").matches(relay));
            assertTrue(commitments("dueBefore", "2010-07-02").matches(relay), "July begins before July 2");
            assertFalse(commitments("dueBefore", "2010-07").matches(relay));
            assertFalse(commitments("dueBefore", "2010").matches(relay));
            Commitment undated = QueryFixtures.commitment("dod-1", "U.S.", CommitmentKind.PLAN, null);
            assertFalse(commitments("dueBefore", "2030").matches(undated));
            assertTrue(commitments("kind", "PLAN").matches(undated));
        }

        @Test
        void idsKeepOnlyTheCommitmentsNamedAndNoMoreThanAPageOfThem() {
            // the fixture's id is "c-" + its article id
            assertTrue(commitments("ids", "c-dod-1").matches(relay));
            assertTrue(commitments("ids", "c-other, c-dod-1,").matches(relay));
            assertFalse(commitments("ids", "c-other").matches(relay));
            assertEquals(Set.of("a", "b"), commitments("ids", " b,a,,a ").ids());
            String tooMany = String.join(",", java.util.stream.IntStream.rangeClosed(0, 500).mapToObj(i -> "c-" + i).toList());
            BadQuery refused = assertThrows(BadQuery.class, () -> commitments("ids", tooMany));
            assertEquals("ids", refused.problems().get(0).field());
        }

        private CommitmentQuery commitments(String... nameValues) {
            return CommitmentQuery.parse(params(nameValues));
        }
    }

    static Map<String, List<String>> params(String... nameValues) {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return params;
    }
}
