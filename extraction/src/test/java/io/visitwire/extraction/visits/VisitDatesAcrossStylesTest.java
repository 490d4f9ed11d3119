package io.visitwire.extraction.visits;

import static io.visitwire.extraction.WholeResult.visits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The days of visits as ANNOTATION.md states them: weekdays by tense, weekday and day ranges, month-level
 * values, vague times, and ranges of whole trips, in readout, release and wire styles (invented names).
 */
class VisitDatesAcrossStylesTest {

    @Test
    void weekdaysFollowTheTense() {
        // published on a Friday: "will arrive on Monday" is the coming one
        assertEquals(List.of("Lena Varga | Tokyo | JP | 2024-03-11 | - | PLANNED | "),
                visits("2024-03-08", "Foreign Minister Lena Varga will arrive in Tokyo on Monday for talks."));
        // published on a Wednesday: "met on Monday" is the past one
        assertEquals(List.of("Lena Varga | Tokyo | JP | 2024-03-04 | - | COMPLETED | Taro Okabe"),
                visits("2024-03-06", "Foreign Minister Lena Varga met Prime Minister Taro Okabe in Tokyo on Monday."));
        // a wire story on a Saturday: "on Friday" is the day before, "said on Saturday" is no visit day
        assertEquals(List.of("Lena Varga | Amman | JO | 2024-03-08 | - | COMPLETED | Omar Haddad"),
                visits("2024-03-09", "AMMAN (Reuters) - Foreign Minister Lena Varga held talks with President Omar "
                        + "Haddad in Amman on Friday, the ministry said on Saturday."));
        // published on a Monday: "will meet ... on Friday" is later that week
        assertEquals(List.of("Lena Varga | Amman | JO | 2024-03-08 | - | PLANNED | Omar Haddad"),
                visits("2024-03-04", "Foreign Minister Lena Varga will meet President Omar Haddad in Amman on Friday, "
                        + "her office said."));
    }

    @Test
    void weekdayAndDayRanges() {
        assertEquals(List.of("Lena Varga | Tokyo | JP | 2024-03-11 | 2024-03-13 | PLANNED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga will visit Tokyo from Monday to Wednesday next week."));
        assertEquals(List.of("Lena Varga | Tokyo | JP | 2024-04-13 | 2024-04-15 | PLANNED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga will visit Tokyo on 13-15 April."));
        assertEquals(List.of("Lena Varga | Tokyo | JP | 2024-05-03 | 2024-05-05 | PLANNED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga will visit Tokyo between 3 and 5 May."));
        assertEquals(List.of("Lena Varga | Tokyo | JP | 2024-05-30 | 2024-06-02 | PLANNED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga will travel to Tokyo from May 30 to June 2."));
    }

    @Test
    void monthLevelAndVagueTimes() {
        assertEquals(List.of("Lena Varga | Tokyo | JP | 2024-03 | 2024-03 | COMPLETED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga visited Tokyo this week."));
        assertEquals(List.of("Vladimir Putin | Hanoi | VN | 2024-06 | - | PLANNED | "),
                visits("2024-05-02", "Vladimir Putin will pay a state visit to Vietnam next month. Putin will travel "
                        + "to Hanoi next month, the Kremlin said."));
        assertEquals(List.of("Lena Varga | Tokyo | JP | - | - | PLANNED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga will visit Tokyo later this year."));
        assertEquals(List.of("Lena Varga | Tokyo | JP | - | - | PLANNED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga will travel to Tokyo in the coming days."));
    }

    @Test
    void aWholeTripsRangeIsNotSplitPerLeg() {
        assertEquals(List.of("Lena Varga | Manila | PH | 2024-03 | - | PLANNED | ",
                        "Lena Varga | Seoul | KR | 2024-03 | - | PLANNED | ",
                        "Lena Varga | Tokyo | JP | 2024-03 | - | PLANNED | "),
                visits("2024-03-06", "Foreign Minister Lena Varga will travel to Tokyo, Seoul and Manila from March 10 "
                        + "to 16."));
        assertEquals(List.of("Anton Pell | - | GH | 2024-01 | - | PLANNED | ",
                        "Anton Pell | - | UG | 2024-01 | - | PLANNED | "),
                visits("2024-01-20", "Deputy Secretary of State Anton Pell will lead a delegation to Africa from "
                        + "January 26-30. The delegation will travel to Ghana and Uganda."));
        assertEquals(List.of("Anton Pell | - | GH | - | - | PLANNED | ", "Anton Pell | - | UG | - | - | PLANNED | "),
                visits("2024-01-20", "Deputy Secretary Anton Pell will travel to Ghana and Uganda from January 29 to "
                        + "February 2."));
    }

    @Test
    void eachLegTakesTheDatesWrittenAfterIt() {
        assertEquals(List.of("Anton Pell | - | CN | 2025-01-09 | 2025-01-12 | PLANNED | ",
                        "Anton Pell | - | JP | 2025-01-13 | 2025-01-14 | PLANNED | "),
                visits("2024-12-27", "WASHINGTON, Dec. 27, 2024 - Secretary Anton Pell will travel to China from Jan. 9 "
                        + "to 12, and then to Japan Jan. 13 and 14, officials said."));
    }

    /** ANNOTATION.md fills the end only when an end or a range is stated: one month gives the start only. */
    @Test
    void oneMonthGivesTheStartOnlyAndAWeekItsMonthAtBothEnds() {
        // wire background paragraph, GOV.UK announcement, Kremlin past visit
        assertEquals(List.of("Omar Haddad | Baghdad | IQ | 2024-06 | - | COMPLETED | "),
                visits("2024-09-13", "ANKARA, Sept 13 (Reuters) - Jordanian Foreign Minister Omar Haddad visited Baghdad in June."));
        assertEquals(List.of("Helen Marsh | - | IN | 2024-10 | - | PLANNED | "),
                visits("2024-09-13", "The Foreign Secretary, Helen Marsh, will visit India next month."));
        assertEquals(List.of("Sergei Volkov | Hanoi | VN | 2024-08 | - | COMPLETED | "),
                visits("2024-09-13", "Russian Prime Minister Sergei Volkov visited Hanoi last month."));
        // a week is a stated span, known only to its month
        assertEquals(List.of("Omar Haddad | Baghdad | IQ | 2024-09 | 2024-09 | COMPLETED | "),
                visits("2024-09-13", "Jordanian Foreign Minister Omar Haddad visited Baghdad earlier this week."));
    }
}
