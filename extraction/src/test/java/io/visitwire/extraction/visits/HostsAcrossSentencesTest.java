package io.visitwire.extraction.visits;

import static io.visitwire.extraction.WholeResult.visits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people a visitor met, named after the visit sentence or in the clause a visit noun hangs from, in the
 * styles of U.S. readouts, GOV.UK and Kremlin releases and wire news (invented names throughout).
 */
class HostsAcrossSentencesTest {

    @Test
    void peopleMetInTheFollowingSentences() {
        assertEquals(List.of("Anton Pell | Nairobi | KE | 2024-03-04 | - | COMPLETED | Grace Wanjiru; Samuel Kiprono"),
                visits("2024-03-06", "Secretary of State Anton Pell traveled to Nairobi, Kenya, on Monday. During the "
                        + "visit, he met with President Samuel Kiprono and Foreign Minister Grace Wanjiru to discuss "
                        + "regional security."));
        assertEquals(List.of("Helen Marsh | Jakarta | ID | 2024-03-04 | - | COMPLETED | Arif Wibowo; Dewi Santoso"),
                visits("2024-03-06", "Foreign Secretary Helen Marsh visited Jakarta on 4 March. She held talks with "
                        + "Foreign Minister Dewi Santoso on maritime cooperation. She also met President Arif Wibowo."));
        assertEquals(List.of("Kenji Sato | Hanoi | VN | 2024-03-05 | 2024-03-07 | COMPLETED | Le Van Hung; Nguyen Thi Mai"),
                visits("2024-03-06", "HANOI, March 5 (Reuters) - Japanese Foreign Minister Kenji Sato arrived in Vietnam "
                        + "on Tuesday for a three-day visit. While in Hanoi, Sato met his Vietnamese counterpart Nguyen "
                        + "Thi Mai and Prime Minister Le Van Hung, the ministry said."));
    }

    @Test
    void receivedByTheHost() {
        // a two-day visit begun the day before publication is under way: ONGOING
        assertEquals(List.of("Vladimir Putin | Hanoi | VN | 2024-03-05 | 2024-03-06 | ONGOING | Tran Van Long"),
                visits("2024-03-06", "Vladimir Putin arrived in Hanoi on a two-day state visit on Tuesday. He was "
                        + "received by President Tran Van Long at the Presidential Palace."));
        assertEquals(List.of("Maria Lund | Ottawa | CA | 2024-03-04 | - | COMPLETED | Paul Tremblay"),
                visits("2024-03-05", "OTTAWA (AP) - Swedish Foreign Minister Maria Lund arrived in Ottawa on Monday. "
                        + "She was welcomed by Prime Minister Paul Tremblay on Parliament Hill."));
    }

    @Test
    void theVisitorsCoSubjectsOfAJointAct() {
        assertEquals(List.of("Anton Pell | Nairobi | KE | 2024-03-04 | - | COMPLETED | Grace Wanjiru"),
                visits("2024-03-06", "Secretary of State Anton Pell arrived in Nairobi on Monday. Pell and Foreign "
                        + "Minister Grace Wanjiru signed a memorandum on health cooperation."));
        assertEquals(List.of("Helen Marsh | Jakarta | ID | 2024-03-04 | - | COMPLETED | Dewi Santoso"),
                visits("2024-03-06", "The Foreign Secretary, Helen Marsh, visited Jakarta on 4 March. She and Foreign "
                        + "Minister Dewi Santoso discussed maritime security and climate finance."));
    }

    @Test
    void aVisitNounsHostsFromTheClauseItHangsFrom() {
        assertEquals(List.of("Helen Marsh | - | BR | - | - | COMPLETED | Carlos Pereira"),
                visits("2024-03-06", "During her visit to Brazil, Foreign Secretary Helen Marsh met with Foreign "
                        + "Minister Carlos Pereira."));
        assertEquals(List.of("Kenji Sato | Hanoi | VN | 2024-03-05 | - | COMPLETED | Le Van Hung"),
                visits("2024-03-06", "Japanese Foreign Minister Kenji Sato arrived in Hanoi on Tuesday for talks with "
                        + "Prime Minister Le Van Hung."));
        assertEquals(List.of("Anton Pell | Nairobi | KE | 2024-03-04 | - | COMPLETED | Samuel Kiprono"),
                visits("2024-03-06", "Secretary of State Anton Pell arrived in Nairobi on Monday. Officials said the "
                        + "agenda would focus on trade. Later, Pell held talks with Kenyan President Samuel Kiprono at "
                        + "State House."));
    }

    @Test
    void eachLegGetsThePeopleMetThere() {
        assertEquals(List.of("Anton Pell | Addis Ababa | ET | 2024-03 | 2024-03 | PLANNED | Dawit Bekele",
                        "Anton Pell | Nairobi | KE | 2024-03 | 2024-03 | PLANNED | Samuel Kiprono"),
                visits("2024-03-06", "Secretary of State Anton Pell will travel to Kenya and Ethiopia next week. In "
                        + "Nairobi, he will meet President Samuel Kiprono. In Addis Ababa, he will hold talks with Prime "
                        + "Minister Dawit Bekele."));
        assertEquals(List.of("Anton Pell | - | ET | 2024-03 | 2024-03 | PLANNED | Dawit Bekele",
                        "Anton Pell | - | KE | 2024-03 | 2024-03 | PLANNED | Samuel Kiprono"),
                visits("2024-03-06", "Secretary of State Anton Pell will travel to Kenya and Ethiopia next week. He "
                        + "will meet Kenyan President Samuel Kiprono and Ethiopian Prime Minister Dawit Bekele."));
    }

    @Test
    void fellowTravellersAndCompatriotsAreNotHosts() {
        assertEquals(List.of("Anton Pell | Nairobi | KE | 2024-03-04 | - | COMPLETED | Samuel Kiprono"),
                visits("2024-03-06", "U.S. Secretary of State Anton Pell traveled to Nairobi on Monday with Senator "
                        + "Mark Doyle. He was accompanied by Deputy Secretary Ruth Ames. He met with U.S. Ambassador "
                        + "Linda Ford and Kenyan President Samuel Kiprono."));
    }

    @Test
    void hostsStopWhereTheTextMovesOn() {
        assertEquals(List.of("Anton Pell | Addis Ababa | ET | 2024-03-05 | - | COMPLETED | Dawit Bekele",
                        "Anton Pell | Nairobi | KE | 2024-03-04 | - | COMPLETED | Samuel Kiprono"),
                visits("2024-03-06", "Secretary of State Anton Pell visited Nairobi on Monday, where he met President "
                        + "Samuel Kiprono. On Tuesday he flew to Addis Ababa. There he met Prime Minister Dawit Bekele."));
    }
}
