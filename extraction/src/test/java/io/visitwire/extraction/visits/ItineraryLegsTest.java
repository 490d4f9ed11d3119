package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Itineraries: every leg of a trip is one visit per country, whether the legs are listed with the first one, named
 * in a clause of the trip noun ("a tour that also takes in B"), or told in sentences of their own ("She will then go
 * on to B", "In Hanoi, she will meet ..."). Sentences of our own with invented names, in several styles; each test
 * asserts the whole visit list ({@link WholeResult}). Published on Tuesday 10 March 2026 unless a test says otherwise.
 */
class ItineraryLegsTest {

    private static final String TUESDAY = "2026-03-10";

    private static List<String> visits(String body) {
        return WholeResult.visits(TUESDAY, body);
    }

    private static List<String> wire(String dateline, String body) {
        return WholeResult.visits(TUESDAY, dateline, body);
    }

    @Test
    void legsListedAfterTheFirstAreVisitsToo() {
        // GOV.UK: "followed by"
        assertEquals(List.of("Eleanor Marsh | - | ME | - | - | PLANNED | ", "Eleanor Marsh | - | RS | - | - | PLANNED | ",
                        "Eleanor Marsh | - | XK | - | - | PLANNED | "),
                visits("Foreign Secretary Eleanor Marsh will travel to Serbia, followed by Montenegro and Kosovo."));
        // EU: "followed by", a range for the whole trip (each leg its month)
        assertEquals(List.of("Marta Vidal | - | AL | 2026-03 | - | PLANNED | ", "Marta Vidal | - | ME | 2026-03 | - | PLANNED | ",
                        "Marta Vidal | - | RS | 2026-03 | - | PLANNED | "),
                visits("The Commission President Marta Vidal will visit Serbia, followed by Montenegro and Albania, from "
                        + "23 to 26 March."));
        // U.S. readout: "then"
        assertEquals(List.of("Alvaro Reyes | - | BG | 2026-04 | - | PLANNED | ", "Alvaro Reyes | - | ME | 2026-04 | - | PLANNED | ",
                        "Alvaro Reyes | - | XK | 2026-04 | - | PLANNED | "),
                visits("President Alvaro Reyes will visit Montenegro next month, then Kosovo and Bulgaria."));
        // Kremlin: "will travel to A, B and C"
        assertEquals(List.of("Pavel Sedov | - | KH | - | - | PLANNED | ", "Pavel Sedov | - | LA | - | - | PLANNED | ",
                        "Pavel Sedov | - | MM | - | - | PLANNED | "),
                visits("Foreign Minister Pavel Sedov will travel to Laos, Cambodia and Myanmar."));
    }

    @Test
    void aTripsOwnClauseNamesMoreLegs() {
        // GOV.UK: "a tour that also takes in"
        assertEquals(List.of("Arjun Rao | - | KE | - | - | PLANNED | ", "Arjun Rao | - | RW | - | - | PLANNED | ",
                        "Arjun Rao | - | TZ | - | - | PLANNED | "),
                visits("Prime Minister Arjun Rao will visit Kenya on a tour that also takes in Tanzania and Rwanda."));
        // wire: a tour of a region whose countries its relative clause lists
        assertEquals(List.of("Arjun Rao | - | KE | 2026-03-09 | - | ONGOING | ",
                        "Arjun Rao | - | RW | 2026-03-09 | - | ONGOING | ",
                        "Arjun Rao | - | TZ | 2026-03-09 | - | ONGOING | "),
                wire("NAIROBI, March 10 (AFP) -", "Indian Prime Minister Arjun Rao began a five-day tour of Africa on "
                        + "Monday that includes Kenya, Tanzania and Rwanda."));
        // Kremlin: a trip "covering" its countries
        assertEquals(List.of("Pavel Sedov | - | KH | 2026-04 | - | PLANNED | ", "Pavel Sedov | - | LA | 2026-04 | - | PLANNED | "),
                visits("Foreign Minister Pavel Sedov will make a trip covering Laos and Cambodia next month."));
    }

    @Test
    void legsToldInSentencesOfTheirOwn() {
        // U.S. readout: "from A she will go on to B and C"
        assertEquals(List.of("Dana Whitfield | Hanoi | VN | - | - | PLANNED | ",
                        "Dana Whitfield | Jakarta | ID | 2026-03-12 | - | PLANNED | ",
                        "Dana Whitfield | Manila | PH | - | - | PLANNED | "),
                visits("Secretary of State Dana Whitfield will travel to Jakarta on Thursday. From Jakarta she will go on "
                        + "to Manila and Hanoi."));
        // GOV.UK: "She will also visit B and C"
        assertEquals(List.of("Eleanor Marsh | - | KH | - | - | PLANNED | ", "Eleanor Marsh | - | TH | - | - | PLANNED | ",
                        "Eleanor Marsh | - | VN | 2026-03 | 2026-03 | PLANNED | "),
                visits("Foreign Secretary Eleanor Marsh will travel to Vietnam next week. She will also visit Thailand "
                        + "and Cambodia."));
        // EU: "before heading to B"
        assertEquals(List.of("Greta Lindqvist | - | EG | - | - | PLANNED | ", "Greta Lindqvist | - | JO | - | - | PLANNED | "),
                visits("Commissioner Greta Lindqvist will visit Egypt before heading to Jordan."));
        // wire: the next leg in the next sentence, with the people met there
        assertEquals(List.of("Li Wenqiang | - | NZ | 2026-03-11 | - | PLANNED | ",
                        "Li Wenqiang | Canberra | AU | 2026-03-10 | - | COMPLETED | Jack Morrison"),
                wire("CANBERRA, March 10 (AAP) -", "Chinese Premier Li Wenqiang held talks with Prime Minister Jack "
                        + "Morrison in Canberra on Tuesday. Li will travel on to New Zealand on Wednesday."));
    }

    @Test
    void eachLegKeepsThePeopleMetThere() {
        // U.S. readout: "In Hanoi, she will meet ...; In Bangkok, ..."
        assertEquals(List.of("Dana Whitfield | Bangkok | TH | 2026-03 | 2026-03 | PLANNED | Somchai Rattana",
                        "Dana Whitfield | Hanoi | VN | 2026-03 | 2026-03 | PLANNED | Tran Van Long"),
                visits("Secretary of State Dana Whitfield will travel to Vietnam and Thailand this week. In Hanoi, she "
                        + "will meet Foreign Minister Tran Van Long. In Bangkok, she will meet Prime Minister Somchai Rattana."));
        // Kremlin: one leg of three named with its host
        assertEquals(List.of("Pavel Sedov | - | KH | - | - | PLANNED | ", "Pavel Sedov | - | MM | - | - | PLANNED | ",
                        "Pavel Sedov | Vientiane | LA | - | - | PLANNED | Khamphet Vongsa"),
                visits("Foreign Minister Pavel Sedov will travel to Laos, Cambodia and Myanmar. In Vientiane, he will "
                        + "hold talks with Foreign Minister Khamphet Vongsa."));
        // GOV.UK: the onward leg's where-clause names its host
        assertEquals(List.of("Eleanor Marsh | - | TH | - | - | PLANNED | Somchai Rattana",
                        "Eleanor Marsh | - | VN | 2026-03 | 2026-03 | PLANNED | "),
                visits("Foreign Secretary Eleanor Marsh will travel to Vietnam next week. She will then travel on to "
                        + "Thailand, where she will meet Prime Minister Somchai Rattana."));
    }
}
