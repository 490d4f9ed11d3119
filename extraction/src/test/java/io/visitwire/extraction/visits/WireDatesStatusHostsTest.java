package io.visitwire.extraction.visits;

import static io.visitwire.extraction.WholeResult.visits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates, status and hosts of visits in world-news style (datelines, "said on Friday", quotes) beside release
 * and readout styles, as ANNOTATION.md states them. Invented names; whole results.
 */
class WireDatesStatusHostsTest {

    @Test
    void aDatedDatelineDatesTheUndatedLeadReport() {
        // Kremlin style: the page's date and place head the text
        assertEquals(List.of("Pavel Orlov | - | VN | 2026-09-03 | - | COMPLETED | "),
                visits("2026-09-04", null, "September 3, 2026, Hanoi. Pavel Orlov arrived in Vietnam on a state visit."));
        // wire: the dateline's day, not the publication's
        assertEquals(List.of("Kaito Mori | Hanoi | VN | 2025-06-12 | - | COMPLETED | "),
                visits("2025-06-13", null, "HANOI, June 12 (Reuters) - Japanese Prime Minister Kaito Mori visited Hanoi, "
                        + "the foreign ministry said."));
        // a later background sentence with no day of its own stays undated
        assertEquals(List.of("Kaito Mori | - | VN | 2025-06-12 | - | COMPLETED | ",
                        "Kaito Mori | Canberra | AU | - | - | COMPLETED | "),
                visits("2025-06-13", null, "HANOI, June 12 (Reuters) - Japanese Prime Minister Kaito Mori arrived in "
                        + "Vietnam. Mori visited Canberra in his first term."));
    }

    @Test
    void theDayOfAReportIsNoDayOfTheVisit() {
        assertEquals(List.of("Kaito Mori | Hanoi | VN | - | - | COMPLETED | "),
                visits("2025-06-13", null, "Japanese Prime Minister Kaito Mori visited Hanoi, the foreign ministry said on Friday."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-12 | - | COMPLETED | "),
                visits("2025-06-14", null, "Foreign Minister Lena Varga visited Amman on Thursday, she told reporters in "
                        + "Cairo on Friday."));
        // GOV.UK: "announced on Tuesday" dates the announcement
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-07 | - | PLANNED | "),
                visits("2025-06-13", null, "Foreign Secretary Lena Varga announced on Tuesday that she will visit Amman next month."));
    }

    @Test
    void anArrivalWithNoPlaceIsAtTheDatelinesCity() {
        assertEquals(List.of("Kaito Mori | Hanoi | VN | 2025-06-11 | - | COMPLETED | Pham Van Linh"),
                visits("2025-06-13", null, "HANOI, June 13 (Reuters) - Japanese Prime Minister Kaito Mori arrived on "
                        + "Wednesday for talks with his counterpart Pham Van Linh, the foreign ministry said on Friday."));
        // no dateline, or a verb with an object: no visit
        assertEquals(List.of(), visits("2025-06-13", null, "Japanese Prime Minister Kaito Mori arrived on Wednesday."));
        assertEquals(List.of(), visits("2025-06-13", null, "HANOI, June 13 (Reuters) - Japanese Prime Minister Kaito Mori "
                + "reached an agreement on Wednesday, officials said."));
    }

    @Test
    void aPlanToldFromAPastFrameTakesTheNearerWeekday() {
        // published on a Friday: the coming Monday, still ahead
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-16 | - | PLANNED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga was due to arrive in Amman on Monday, officials said."));
        // published on a Tuesday: the Monday just past
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-16 | - | COMPLETED | "),
                visits("2025-06-17", null, "AMMAN (AFP) - Foreign Minister Lena Varga was due to arrive in Amman on Monday, "
                        + "officials said."));
        // "will arrive on Monday" stays the coming one
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-23 | - | PLANNED | "),
                visits("2025-06-17", null, "Foreign Minister Lena Varga will arrive in Amman on Monday, officials said."));
    }

    @Test
    void aCalledOffVisitKeepsItsPlannedDaysNotTheDayItWasCalledOff() {
        assertEquals(List.of("Lena Varga | Amman | JO | - | - | CANCELLED | "),
                visits("2025-06-13", null, "A planned visit to Amman by Foreign Minister Lena Varga was called off on Thursday."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-20 | - | CANCELLED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga has postponed her visit to Amman, which had been "
                        + "planned for June 20."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-20 | 2025-06-22 | CANCELLED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga cancelled a trip to Amman scheduled for June 20 to 22."));
    }

    @Test
    void leavingForHomeEndsTheVisit() {
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-10 | 2025-06-12 | COMPLETED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga arrived in Amman on Tuesday for talks. She left for "
                        + "home on Thursday."));
        assertEquals(List.of("Lena Varga | - | JO | 2025-06-12 | 2025-06-12 | COMPLETED | "),
                visits("2025-06-13", null, "AMMAN, June 13 (Petra) - Foreign Minister Lena Varga concluded her visit to "
                        + "Jordan on Thursday."));
    }

    @Test
    void theInviterAndTheHostOfAnEventAttendedAreHosts() {
        assertEquals(List.of("Lena Varga | - | JO | - | - | ONGOING | Omar Haddad"),
                visits("2025-06-13", null, "Foreign Minister Lena Varga is visiting Jordan at the invitation of President "
                        + "Omar Haddad."));
        assertEquals(List.of("Lena Varga | - | JO | 2025-06-10 | - | COMPLETED | Ayman Qasem"),
                visits("2025-06-13", null, "Foreign Minister Lena Varga visited Jordan at Prime Minister Ayman Qasem's "
                        + "invitation on Tuesday."));
        assertEquals(List.of("Lena Varga | Amman | JO | - | - | COMPLETED | Omar Haddad"),
                visits("2025-06-13", null, "Foreign Minister Lena Varga attended a dinner in Amman hosted by President "
                        + "Omar Haddad."));
    }

    @Test
    void aHostInAQuotesAttribution() {
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-12 | - | COMPLETED | Omar Haddad"),
                visits("2025-06-13", null, "AMMAN (Reuters) - Foreign Minister Lena Varga visited Amman on Thursday. "
                        + "\"We discussed trade,\" Varga said after meeting President Omar Haddad."));
    }

    @Test
    void hostsNamedByTitleOnlyOrTravellingWithTheVisitorAreNone() {
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-12 | - | COMPLETED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga visited Amman on Thursday and met the king."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-12 | - | COMPLETED | Omar Haddad"),
                visits("2025-06-13", null, "Foreign Minister Lena Varga, accompanied by Trade Minister Piet Dorn, visited "
                        + "Amman on Thursday and met President Omar Haddad."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-12 | - | COMPLETED | Ayman Qasem; Omar Haddad; Sami Nour"),
                visits("2025-06-13", null, "Foreign Minister Lena Varga visited Amman on Thursday, where she met President "
                        + "Omar Haddad, Prime Minister Ayman Qasem and Foreign Minister Sami Nour."));
    }

    @Test
    void planedDaysUnderWayAtPublicationAreOngoing() {
        // published on Friday, June 13
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-12 | 2025-06-14 | ONGOING | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga will visit Amman from June 12 to 14."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-11 | 2025-06-14 | ONGOING | "),
                visits("2025-06-13", null, "AMMAN (Reuters) - Foreign Minister Lena Varga is visiting Amman from Wednesday "
                        + "to Saturday."));
        assertEquals(List.of("Lena Varga | - | JO | 2025-06-12 | 2025-06-14 | ONGOING | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga began a three-day visit to Jordan on Thursday."));
        // an arrival with more to come
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-11 | - | ONGOING | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga, who arrived in Amman on Wednesday, will meet "
                        + "President Omar Haddad on Saturday."));
        // days that ran out, or not yet begun
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-09 | 2025-06-11 | COMPLETED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga met officials from Monday to Wednesday in Amman."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-16 | 2025-06-18 | PLANNED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga will visit Amman from June 16 to 18."));
    }

    @Test
    void aDepartureNamingNoPlaceEndsTheVisitTheTextIsOn() {
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-10 | 2025-06-12 | COMPLETED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga arrived in Amman on Tuesday evening and left on "
                        + "Thursday."));
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-10 | 2025-06-12 | COMPLETED | "),
                visits("2025-06-13", null, "Foreign Minister Lena Varga arrived in Amman on Tuesday. She left for Cairo on "
                        + "Thursday."));
    }

    @Test
    void aWhereClauseOnTheDayOfAVisitNamesItsHosts() {
        assertEquals(List.of("Lena Varga | Amman | JO | 2025-06-11 | 2025-06-12 | COMPLETED | Omar Haddad"),
                visits("2025-06-13", null, "Foreign Minister Lena Varga wrapped up a two-day visit to Amman on Thursday, "
                        + "where she held talks with President Omar Haddad."));
    }

    @Test
    void theOtherPartyToTalksHeldTogetherIsAHost() {
        assertEquals(List.of("Kaito Mori | Hanoi | VN | 2025-06-13 | - | COMPLETED | Pham Van Linh"),
                visits("2025-06-13", null, "HANOI, June 13 (Reuters) - Japanese Prime Minister Kaito Mori and Vietnamese "
                        + "President Pham Van Linh held talks in Hanoi on Friday."));
    }

    @Test
    void aPlaceInsideAQuotationIsNoPlaceOfTheVisit() {
        // the host speaks of the guest's country; the guest is not visiting home
        assertEquals(List.of("Kaito Mori | Hanoi | VN | 2025-06-12 | - | COMPLETED | Pham Van Linh"),
                visits("2025-06-13", null, "Japanese Prime Minister Kaito Mori visited Hanoi on Thursday.\n\n\"Japan is "
                        + "a key partner,\" said Vietnamese President Pham Van Linh, who hosted Mori for dinner."));
    }
}
