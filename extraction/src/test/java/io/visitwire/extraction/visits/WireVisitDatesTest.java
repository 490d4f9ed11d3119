package io.visitwire.extraction.visits;

import static io.visitwire.extraction.WholeResult.visits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The days of a visit, and the status they imply, as world-news (wire) stories tell them beside readouts, GOV.UK
 * and Kremlin releases: nights and early or late hours, plans reported in the past, a leg's day against a trip's
 * week, weekends, the length of a stay, its stated end, release headings, a meeting day told later, and the day of a
 * report. Invented names; whole results. Unless said otherwise the story appeared on Thursday 12 June 2025.
 */
class WireVisitDatesTest {

    private static final String THURSDAY = "2025-06-12";

    @Test
    void aNightOrAnEarlyOrLateHourIsItsDay() {
        // wire: "overnight" in a story of the 12th is the night before it
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-11 | - | COMPLETED | "),
                visits(THURSDAY, null, "AMMAN (Reuters) - Dutch Foreign Minister Pieter Vonk arrived in Amman overnight "
                        + "for talks on the ceasefire, the ministry said."));
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-11 | - | COMPLETED | Omar Haddad"),
                visits(THURSDAY, null, "AMMAN, June 12 (Reuters) - Dutch Foreign Minister Pieter Vonk arrived in Amman late "
                        + "on Wednesday for talks with King Omar Haddad."));
        // the parser hangs the day on the report after the comma; it is the landing's
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-12 | - | COMPLETED | "),
                visits(THURSDAY, null, "Dutch Foreign Minister Pieter Vonk landed in Amman early on Thursday, state media "
                        + "reported."));
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-08 | - | COMPLETED | "),
                visits(THURSDAY, null, "Dutch Foreign Minister Pieter Vonk arrived in Amman on Sunday night."));
        // a future late hour is the coming day
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-15 | - | PLANNED | "),
                visits(THURSDAY, null, "Dutch Foreign Minister Pieter Vonk will arrive in Amman late on Sunday."));
    }

    @Test
    void aPlanReportedInThePastPointsForward() {
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-16 | - | PLANNED | "),
                visits(THURSDAY, null, "Dutch Foreign Minister Pieter Vonk was expected to arrive in Amman on Monday, "
                        + "officials said."));
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-16 | - | PLANNED | "),
                visits(THURSDAY, null, "AMMAN (AFP) - Dutch Foreign Minister Pieter Vonk was set to visit Amman on Monday, "
                        + "according to a ministry statement."));
        // present-tense plans: the day itself, or the coming one
        assertEquals(List.of("Pieter Vonk | Cairo | EG | 2025-06-12 | - | PLANNED | "),
                visits(THURSDAY, null, "Foreign Minister Pieter Vonk is due to arrive in Cairo on Thursday."));
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-16 | - | PLANNED | "),
                visits(THURSDAY, null, "Dutch Foreign Minister Pieter Vonk is scheduled to arrive in Amman on Monday, "
                        + "officials said."));
    }

    @Test
    void aLegsOwnDayBeatsTheTripsWeek() {
        assertEquals(List.of("Mara Quill | Kampala | UG | 2025-06-14 | - | PLANNED | ",
                        "Mara Quill | Nairobi | KE | 2025-06-13 | - | PLANNED | "),
                visits(THURSDAY, null, "NAIROBI, June 12 (Reuters) - U.S. Secretary of State Mara Quill will travel to "
                        + "Kenya and Uganda this week. She will be in Nairobi on June 13 and in Kampala on June 14."));
        // readout style, the legs' days in sentences of their own
        assertEquals(List.of("Mara Quill | Kampala | UG | 2025-06-18 | - | PLANNED | ",
                        "Mara Quill | Nairobi | KE | 2025-06-16 | - | PLANNED | Daniel Kiptoo"),
                visits(THURSDAY, null, "Secretary Mara Quill will travel to Kenya and Uganda next week. In Nairobi on "
                        + "June 16, she will meet President Daniel Kiptoo. On June 18 she will visit Kampala."));
    }

    @Test
    void aWeekendIsItsSaturdayAndSunday() {
        assertEquals(List.of("Claire Dubois | London | GB | 2025-06-07 | 2025-06-08 | COMPLETED | "),
                visits(THURSDAY, null, "LONDON — Canadian Prime Minister Claire Dubois visited London at the weekend."));
        assertEquals(List.of("Claire Dubois | London | GB | 2025-06-14 | 2025-06-15 | PLANNED | "),
                visits(THURSDAY, null, "Canadian Prime Minister Claire Dubois will visit London this weekend."));
        // a week and a month stay month-level
        assertEquals(List.of("Claire Dubois | London | GB | 2025-06 | 2025-06 | COMPLETED | "),
                visits(THURSDAY, null, "Canadian Prime Minister Claire Dubois visited London last week."));
        assertEquals(List.of("Claire Dubois | London | GB | 2025-06 | - | PLANNED | "),
                visits(THURSDAY, null, "Canadian Prime Minister Claire Dubois will visit London later this month."));
    }

    @Test
    void theLengthOfAStayFromItsFirstDayGivesTheEnd() {
        assertEquals(List.of("Pieter Vonk | Amman | JO | 2025-06-09 | 2025-06-10 | COMPLETED | "),
                visits(THURSDAY, null, "Dutch Foreign Minister Pieter Vonk landed in Amman early Monday for a two-day visit."));
        assertEquals(List.of("Claire Dubois | London | GB | 2025-06-17 | 2025-06-18 | PLANNED | "),
                visits(THURSDAY, null, "Canadian Prime Minister Claire Dubois will begin a two-day visit to London on Tuesday."));
        // wire: arrived the day before, for three days: there now
        assertEquals(List.of("Li Wen | Jakarta | ID | 2025-06-11 | 2025-06-13 | ONGOING | "),
                visits(THURSDAY, null, "BEIJING, June 12 (Xinhua) -- Chinese Premier Li Wen arrived in Jakarta on Wednesday "
                        + "for a three-day official visit to Indonesia."));
        // GOV.UK, day-first date
        assertEquals(List.of("Helen Marsh | - | EG | 2025-06-16 | 2025-06-17 | PLANNED | "),
                visits(THURSDAY, null, "The Foreign Secretary, Helen Marsh, will travel to Egypt on 16 June for a two-day "
                        + "visit."));
        assertEquals(List.of("Omar Haddad | Baghdad | IQ | 2025-06-10 | 2025-06-10 | COMPLETED | "),
                visits(THURSDAY, null, "President Omar Haddad paid a one-day visit to Baghdad on Tuesday."));
        // a stay told in the present began on or before its first day
        assertEquals(List.of("Adel Mansour | - | TR | 2025-06-11 | 2025-06-12 | ONGOING | "),
                visits(THURSDAY, null, "Egyptian President Adel Mansour is on a two-day visit to Turkey starting Wednesday."));
    }

    @Test
    void aStayThatEndsOnADayBeganItsLengthBefore() {
        assertEquals(List.of("Claire Dubois | - | GB | 2025-06-11 | 2025-06-13 | ONGOING | "),
                visits(THURSDAY, null, "Canadian Prime Minister Claire Dubois is on a three-day visit to Britain that ends "
                        + "on Friday."));
        assertEquals(List.of("Claire Dubois | London | GB | 2025-06-10 | 2025-06-11 | COMPLETED | "),
                visits(THURSDAY, null, "LONDON — Canadian Prime Minister Claire Dubois wrapped up a two-day visit to London "
                        + "on Wednesday."));
        // a stated first day and a stated last day
        assertEquals(List.of("Claire Dubois | London | GB | 2025-06-11 | 2025-06-13 | ONGOING | "),
                visits(THURSDAY, null, "Canadian Prime Minister Claire Dubois arrived in London on Wednesday for a three-day "
                        + "visit that ends on Friday."));
    }

    @Test
    void throughOrUntilADayStatesTheEndOnly() {
        assertEquals(List.of("Claire Dubois | London | GB | - | 2025-06-13 | ONGOING | "),
                visits(THURSDAY, null, "Canadian Prime Minister Claire Dubois is in London through Friday."));
        assertEquals(List.of("Claire Dubois | Ankara | TR | - | 2025-06-14 | ONGOING | "),
                visits(THURSDAY, null, "ANKARA (AA) - Canadian Prime Minister Claire Dubois is in Ankara until Saturday."));
    }

    @Test
    void aWholeTripsLengthIsNoLegsLength() {
        assertEquals(List.of("Helen Marsh | - | KE | 2025-06 | - | PLANNED | ", "Helen Marsh | - | UG | 2025-06 | - | PLANNED | "),
                visits(THURSDAY, null, "The Prime Minister, Helen Marsh, will travel to Kenya and Uganda next week for a "
                        + "five-day trip starting Monday."));
    }

    @Test
    void aLengthOfMoreThanTheLegOrADayDuringTheStayGivesNoEnd() {
        // wire: a tour that also takes in another country, a leg of its own (its days not stated: ANNOTATION.md would
        // give it the tour's month, which the leg does not take yet)
        assertEquals(List.of("Mara Quill | Seoul | KR | - | - | PLANNED | ", "Mara Quill | Tokyo | JP | 2025-06-12 | - | ONGOING | "),
                visits(THURSDAY, null, "TOKYO, June 12 (Kyodo) - U.S. Secretary of State Mara Quill arrived in Tokyo on "
                        + "Thursday, kicking off a four-day Asian tour that will also take her to Seoul."));
        // a meeting day during the stay is no first day
        assertEquals(List.of("Mara Quill | - | JP | 2025-06-12 | - | COMPLETED | Taro Okabe"),
                visits(THURSDAY, null, "U.S. Secretary of State Mara Quill, on a three-day visit to Japan, met Prime "
                        + "Minister Taro Okabe on Thursday."));
        // unless the text says it is the first
        assertEquals(List.of("Pieter Vonk | Cairo | EG | 2025-06-12 | 2025-06-13 | ONGOING | "),
                visits(THURSDAY, null, "Foreign Minister Pieter Vonk held talks in Cairo on Thursday, on the first day of a "
                        + "two-day visit."));
    }

    @Test
    void theVisitEndedIsTheOneToThePlaceNamed() {
        assertEquals(List.of("Mara Quill | - | JP | 2025-06-10 | 2025-06-11 | COMPLETED | ",
                        "Mara Quill | Seoul | KR | 2025-06-11 | - | COMPLETED | "),
                visits(THURSDAY, null, "U.S. Secretary of State Mara Quill concluded her two-day visit to Japan on Wednesday "
                        + "and left for Seoul."));
        assertEquals(List.of("Mara Quill | - | JP | 2025-06-10 | 2025-06-12 | COMPLETED | "),
                visits(THURSDAY, null, "U.S. Secretary of State Mara Quill ended a three-day visit to Japan on Thursday."));
    }

    @Test
    void eachPlaceOfASentenceTakesTheDaysWrittenAfterIt() {
        assertEquals(List.of("Luc Moreau | Doha | QA | 2025-06-22 | - | PLANNED | ",
                        "Luc Moreau | Riyadh | SA | 2025-06-20 | - | PLANNED | "),
                visits(THURSDAY, null, "French President Luc Moreau will visit Riyadh on June 20, before travelling to Doha "
                        + "on June 22."));
        // a lone day before the onward leg is the first leg's; a visit's length is that leg's
        assertEquals(List.of("Pieter Vonk | Amman | JO | - | - | PLANNED | ",
                        "Pieter Vonk | Cairo | EG | 2025-06-16 | 2025-06-17 | PLANNED | "),
                visits(THURSDAY, null, "Foreign Minister Pieter Vonk will head to Cairo on Monday for a two-day visit "
                        + "before going on to Amman."));
    }

    @Test
    void anArrivalWithMeetingsStillExpectedIsOngoing() {
        assertEquals(List.of("Luc Moreau | Riyadh | SA | 2025-06-12 | - | ONGOING | "),
                visits(THURSDAY, null, "RIYADH, June 12 (Reuters) - French President Luc Moreau arrived in Riyadh on "
                        + "Thursday on a visit during which he is expected to meet Crown Prince Faisal bin Nasser."));
    }

    @Test
    void aReleaseHeadingsPlaceAndDateDatesItsLead() {
        // Kremlin: "Moscow, 10 June 2025." and "10 June 2025, Minsk." head the text
        assertEquals(List.of("Vladimir Orlov | Minsk | BY | 2025-06-10 | - | COMPLETED | "),
                visits(THURSDAY, null, "Moscow, 10 June 2025. Vladimir Orlov arrived in Minsk on a working visit."));
        assertEquals(List.of("Vladimir Orlov | - | BY | 2025-06-10 | - | COMPLETED | "),
                visits(THURSDAY, null, "10 June 2025, Minsk. Vladimir Orlov arrived in Belarus on a working visit."));
    }

    @Test
    void aMeetingDayToldLaterDatesTheVisit() {
        // a month, then the day of a meeting there
        assertEquals(List.of("Helen Marsh | - | NG | 2025-05-14 | - | COMPLETED | Bola Adeyemi"),
                visits(THURSDAY, null, "The Foreign Secretary, Helen Marsh, visited Nigeria last month. During the visit "
                        + "she met President Bola Adeyemi on May 14."));
        // wire: a week, then the day
        assertEquals(List.of("Mara Quill | Seoul | KR | 2025-06-11 | - | ONGOING | Park Ji-ho"),
                visits(THURSDAY, null, "SEOUL, June 12 (Yonhap) -- U.S. Secretary of State Mara Quill is visiting Seoul this "
                        + "week. On Wednesday she met President Park Ji-ho."));
        // a first day, then a later day of talks there: the days reported, first to last
        assertEquals(List.of("Pieter Vonk | Cairo | EG | 2025-06-10 | 2025-06-11 | COMPLETED | Adel Mansour"),
                visits(THURSDAY, null, "Foreign Minister Pieter Vonk visited Cairo on Tuesday. On Wednesday, Vonk met "
                        + "President Adel Mansour."));
    }

    @Test
    void thePressReportsDayIsNoDayOfTheVisit() {
        assertEquals(List.of("Pieter Vonk | Amman | JO | - | - | COMPLETED | "),
                visits(THURSDAY, null, "Dutch Foreign Minister Pieter Vonk visited Amman, the state news agency reported on "
                        + "Thursday."));
        assertEquals(List.of("Pieter Vonk | Cairo | EG | 2025-06-10 | - | COMPLETED | "),
                visits(THURSDAY, null, "Foreign Minister Pieter Vonk visited Cairo on Tuesday, Egypt's foreign ministry said "
                        + "on Wednesday."));
    }
}
