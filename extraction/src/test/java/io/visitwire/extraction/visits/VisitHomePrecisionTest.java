package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision of visits for leaders at home: an official whose country no text states, meeting or present in the
 * country the story is filed from, holds office there (visit.host-pov.home-dateline); domestic travel away from
 * the base still counts; calls and hosting are no visits; a presence told leg by leg keeps every leg.
 */
class VisitHomePrecisionTest {

    @Test
    void leaderOfNoStatedCountryMeetingInTheStorysCountryIsNoVisit() {
        assertEquals(List.of(), WholeResult.visits("2026-05-03", "LONDON, May 3 (Reuters) -",
                "LONDON, May 3 (Reuters) - Prime Minister Oliver Grant chaired a cabinet meeting in Downing Street "
                        + "on Tuesday to discuss the energy crisis, his spokesman said."));
        assertEquals(List.of(), WholeResult.visits("2026-05-03", "BERLIN, May 3 (dpa) -",
                "BERLIN, May 3 (dpa) - Chancellor Lena Hoff is in Berlin this week for budget talks with coalition "
                        + "partners, a government spokesman said."));
        assertEquals(List.of(), WholeResult.visits("2026-07-15", "MOSCOW, July 15 (TASS) -",
                "MOSCOW, July 15 (TASS) - President Ivan Sokolov chaired a Security Council meeting at the Kremlin "
                        + "on Monday."));
        assertEquals(List.of(), WholeResult.visits("2026-07-15", "SEOUL, July 15 (Yonhap) --",
                "SEOUL, July 15 (Yonhap) -- President Han Do-yun held a meeting with ruling party leaders in Seoul "
                        + "on Tuesday, his office said."));
    }

    @Test
    void foreignGuestMetByALeaderOfNoStatedCountryIsTheVisitor() {
        assertEquals(List.of("Arun Mehta | Tokyo | JP | 2026-07-14 | - | COMPLETED | Kenji Aoyama"),
                WholeResult.visits("2026-07-15", "TOKYO, July 15 (Kyodo) -",
                        "TOKYO, July 15 (Kyodo) - Prime Minister Kenji Aoyama held talks with Indian Prime Minister "
                                + "Arun Mehta in Tokyo on Tuesday."));
        assertEquals(List.of("Aino Lehtonen | Seoul | KR | 2026-07-14 | - | COMPLETED | Han Do-yun"),
                WholeResult.visits("2026-07-15", "SEOUL, July 15 (Yonhap) --",
                        "SEOUL, July 15 (Yonhap) -- Prime Minister Han Do-yun met visiting Finnish President Aino "
                                + "Lehtonen at his office in Seoul on Tuesday, officials said."));
    }

    @Test
    void domesticTravelAwayFromTheBaseStaysAVisit() {
        assertEquals(List.of("Jean Tremblay | Vancouver | CA | 2026-07-13 | - | COMPLETED | "),
                WholeResult.visits("2026-07-15", "OTTAWA, July 15 (CP) -",
                        "OTTAWA, July 15 (CP) - Prime Minister Jean Tremblay was in Vancouver on Monday to meet "
                                + "provincial leaders."));
        assertEquals(List.of("Claire Dumont | Marseille | FR | 2026-05-28 | - | COMPLETED | "),
                WholeResult.visits("2026-06-02", "PARIS, June 2 (AFP) -",
                        "PARIS, June 2 (AFP) - President Claire Dumont travelled to Marseille on Thursday to open a "
                                + "new port terminal."));
    }

    @Test
    void aForeignVisitorWithAStatedCountryKeepsTheVisit() {
        assertEquals(List.of("Mara Velden | Tokyo | JP | 2026-07-14 | - | COMPLETED | "),
                WholeResult.visits("2026-07-15", "TOKYO, July 15 (Kyodo) -",
                        "TOKYO, July 15 (Kyodo) - U.S. Secretary of State Mara Velden arrived in Tokyo on Tuesday "
                                + "for talks with Japanese officials."));
    }

    @Test
    void phoneCallsAreNoVisits() {
        assertEquals(List.of(), WholeResult.visits("2026-06-02", "WASHINGTON, June 2 (AP) -",
                "WASHINGTON, June 2 (AP) - President Tom Ridley spoke by phone with Prime Minister Kenji Aoyama of "
                        + "Japan on Monday, the White House said."));
        assertEquals(List.of(), WholeResult.visits("2026-07-15",
                "Secretary of State Mara Velden spoke by telephone with Foreign Minister Lars Berg of Norway today. "
                        + "They discussed Arctic security."));
    }

    @Test
    void hostingASummitAtHomeIsNoVisit() {
        assertEquals(List.of(), WholeResult.visits("2026-06-02", "NEW DELHI, June 2 (PTI) -",
                "NEW DELHI, June 2 (PTI) - Prime Minister Arun Mehta hosted a summit of regional leaders in New "
                        + "Delhi on Friday."));
        assertEquals(List.of(), WholeResult.visits("2026-06-02", "LONDON, June 2 (Reuters) -",
                "LONDON, June 2 (Reuters) - Prime Minister Oliver Grant chaired a meeting of European leaders at "
                        + "Lancaster House on Thursday on migration."));
    }

    @Test
    void aPresenceToldLegByLegKeepsEveryLeg() {
        assertEquals(List.of("Mara Velden | Seoul | KR | 2026-03-17 | - | PLANNED | ",
                        "Mara Velden | Tokyo | JP | 2026-03-16 | - | PLANNED | "),
                WholeResult.visits("2026-03-10", "Secretary Mara Velden will travel to Japan and South Korea. "
                        + "She will be in Tokyo on March 16 and in Seoul on March 17."));
        assertEquals(List.of("Ruth Kelly | Jakarta | ID | 2026-07-20 | - | PLANNED | ",
                        "Ruth Kelly | Manila | PH | 2026-07-21 | - | PLANNED | "),
                WholeResult.visits("2026-07-15", "CANBERRA, July 15 (AAP) -",
                        "CANBERRA, July 15 (AAP) - Foreign Minister Ruth Kelly will be in Jakarta on July 20 and in "
                                + "Manila on July 21, her office said."));
        assertEquals(List.of("Tom Hale | Kampala | UG | 2026-06-04 | - | PLANNED | ",
                        "Tom Hale | Nairobi | KE | 2026-06-03 | - | PLANNED | "),
                WholeResult.visits("2026-06-01", "Deputy Secretary of State Tom Hale will travel to Kenya and "
                        + "Uganda. He will be in Nairobi on June 3 and in Kampala on June 4."));
    }

    @Test
    void travelAsANounIsATripNoun() {
        assertEquals(List.of("Ana Silva | - | JP | - | - | CANCELLED | ", "Ana Silva | - | VN | - | - | CANCELLED | "),
                WholeResult.visits("2026-05-03", "Due to the floods, Prime Minister Ana Silva's travel to Japan and "
                        + "Vietnam has been cancelled, her office said."));
        assertEquals(List.of("Tom Hale | - | KE | - | - | PLANNED | "),
                WholeResult.visits("2026-06-01", "WASHINGTON, June 1 (AP) -",
                        "WASHINGTON, June 1 (AP) - U.S. Deputy Secretary of State Tom Hale's travel to Kenya will "
                                + "focus on trade, the State Department said."));
    }
}
