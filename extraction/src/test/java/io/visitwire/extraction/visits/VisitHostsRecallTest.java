package io.visitwire.extraction.visits;

import static io.visitwire.extraction.WholeResult.visits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hosts (ANNOTATION.md: the named people the visitor met or was received by at that place) named in the forms
 * wire news and government releases use beyond "met with X": gapped second meetings, joint appearances and
 * signings, the meeting as a noun, the host speaking to the visitor, people met after a background paragraph;
 * and the people who are not hosts. Invented names throughout, in wire, GOV.UK, Kremlin and U.S. readout styles.
 */
class VisitHostsRecallTest {

    @Test
    void aSecondPersonMetInAGappedClause() {
        assertEquals(List.of("Lucia Ferri | Amman | JO | 2024-06-03 | 2024-06-05 | COMPLETED | Ayman Qasem; Omar Haddad"),
                visits("2024-06-06", "AMMAN, June 6 (Reuters) - Italian Foreign Minister Lucia Ferri met President Omar "
                        + "Haddad in Amman on June 3 and Prime Minister Ayman Qasem on June 5, the ministry said."));
        assertEquals(List.of("Helen Marsh | Ankara | TR | 2024-03-04 | - | COMPLETED | Kemal Aydin; Selin Kaya"),
                visits("2024-03-06", "Prime Minister Helen Marsh visited Ankara on 4 March, where she held talks with "
                        + "President Kemal Aydin and then met Foreign Minister Selin Kaya."));
        assertEquals(List.of("Helen Marsh | Jakarta | ID | 2024-03-04 | - | COMPLETED | Arif Wibowo; Budi Hartono; Dewi Santoso"),
                visits("2024-03-06", "Foreign Secretary Helen Marsh visited Jakarta on 4 March. She met President Arif "
                        + "Wibowo, Foreign Minister Dewi Santoso and Defence Minister Budi Hartono."));
    }

    /** Appearing or signing together with a named person at the place is meeting that person there. */
    @Test
    void aJointAppearanceOrSigningIsAMeeting() {
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "HANOI, March 5 (AP) - Japanese Prime Minister Taro Mori arrived in Hanoi on "
                        + "Tuesday. Mori told a joint news conference with President Pham Van Linh that the two "
                        + "countries would deepen ties."));
        assertEquals(List.of("Helen Marsh | Jakarta | ID | 2024-03-04 | - | COMPLETED | Dewi Santoso"),
                visits("2024-03-06", "Foreign Secretary Helen Marsh visited Jakarta on 4 March. Speaking at a joint "
                        + "press conference with her counterpart Dewi Santoso, Marsh said the partnership was strong."));
        assertEquals(List.of("Anton Pell | Nairobi | KE | 2024-03-04 | - | COMPLETED | Grace Wanjiru"),
                visits("2024-03-06", "Secretary Anton Pell arrived in Nairobi on Monday. He signed an agreement with "
                        + "Foreign Minister Grace Wanjiru on health cooperation."));
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday. President Pham Van Linh and the visiting "
                        + "prime minister signed five agreements."));
    }

    @Test
    void theMeetingAsANoun() {
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | 2024-03-07 | ONGOING | Nguyen Van Binh"),
                visits("2024-03-06", "HANOI, March 5 (AP) - Japanese Prime Minister Taro Mori arrived in Hanoi on "
                        + "Tuesday for a three-day visit. Mori's talks with Prime Minister Nguyen Van Binh focused on trade."));
        assertEquals(List.of("Vladimir Orlov | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "President Vladimir Orlov arrived in Hanoi on Tuesday on a state visit. President "
                        + "Pham Van Linh's meeting with the visiting president lasted three hours."));
        assertEquals(List.of("Vladimir Orlov | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "President Vladimir Orlov arrived in Hanoi on Tuesday on a state visit. A meeting "
                        + "between Orlov and President Pham Van Linh lasted three hours."));
    }

    @Test
    void theHostSpeakingToTheVisitor() {
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday. President Pham Van Linh, who received Mori "
                        + "at the palace, said the visit opened a new chapter."));
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday. President Pham Van Linh told Mori that "
                        + "Vietnam valued Japan's support."));
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday. A spokesman said the visit would strengthen "
                        + "ties. President Pham Van Linh thanked Mori for Japan's support."));
    }

    @Test
    void hostsNamedAfterABackgroundParagraph() {
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | 2024-03-07 | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "HANOI, March 5 (AP) - Japanese Prime Minister Taro Mori arrived in Hanoi on "
                        + "Tuesday for a three-day visit. The two countries have had ties since 1973. Trade reached $50 "
                        + "billion last year. Japan is Vietnam's largest donor. Tokyo has funded ports and railways. In "
                        + "Hanoi, Mori also met President Pham Van Linh."));
        // a background sentence on other countries does not end the story of this leg
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | Nguyen Van Binh"),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday for talks. Japan has funded projects in "
                        + "Laos, Cambodia and Thailand. Mori's talks with Prime Minister Nguyen Van Binh focused on trade."));
    }

    /** U.S. readout: "Under Secretary X will also meet with ..." after a "While in <city>" sentence sets the leg. */
    @Test
    void theLegTheTextIsOnAfterWhileIn() {
        assertEquals(List.of("Maria Cole | Lima | PE | 2024-03 | 2024-03 | PLANNED | Jorge Salas",
                        "Maria Cole | Quito | EC | 2024-03 | 2024-03 | PLANNED | "),
                visits("2024-03-06", "Under Secretary of State Maria Cole will travel to Lima, Peru, and Quito, Ecuador, "
                        + "next week. While in Lima, Under Secretary Cole will open a trade fair. The fair draws "
                        + "exhibitors from Chile, Bolivia and Colombia. Under Secretary Cole will also meet with President "
                        + "Jorge Salas to discuss regional trade."));
    }

    /** Kremlin/TASS style: the host's own planned trip elsewhere ends the story of this leg. */
    @Test
    void anotherVisitElsewhereEndsTheLeg() {
        assertEquals(List.of("Pham Van Linh | Moscow | RU | 2024-05 | - | PLANNED | ",
                        "Vladimir Orlov | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "MOSCOW, March 6 (TASS) - Vladimir Orlov arrived in Hanoi on Tuesday. Orlov held "
                        + "talks with President Pham Van Linh. Later, Linh said he would visit Moscow in May. Orlov also "
                        + "met Prime Minister Nguyen Van Binh."));
    }

    /** Kremlin style: "had talks", "had a meeting" with the host. */
    @Test
    void hadTalksWith() {
        assertEquals(List.of("Vladimir Orlov | Hanoi | VN | 2024-03-05 | - | COMPLETED | Pham Van Linh"),
                visits("2024-03-06", "Vladimir Orlov arrived in Hanoi on Tuesday on an official visit. He had talks "
                        + "with President Pham Van Linh."));
        assertEquals(List.of("Vladimir Orlov | Hanoi | VN | 2024-03-05 | - | COMPLETED | Nguyen Van Binh"),
                visits("2024-03-06", "Vladimir Orlov arrived in Hanoi on Tuesday. Orlov had a meeting with Prime "
                        + "Minister Nguyen Van Binh at the Government Office."));
    }

    @Test
    void theJointActATripIsFor() {
        assertEquals(List.of("Lena Hoff | Seoul | KR | 2024-03 | 2024-03 | PLANNED | Park Ji-hoon"),
                visits("2024-03-06", "Minister Lena Hoff will travel to Seoul next week to co-chair the annual "
                        + "strategic dialogue with her counterpart Foreign Minister Park Ji-hoon."));
    }

    @Test
    void notHosts() {
        // co-travellers
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | "),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday, accompanied by Trade Minister Ken Ito. He "
                        + "was joined by his deputy Aiko Suzuki."));
        // a spokesman quoted, a host speaking to reporters, a call
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | "),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday. \"We welcome this visit,\" said Le Minh, a "
                        + "spokesman for the foreign ministry."));
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | "),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday. President Pham Van Linh told reporters that "
                        + "the visit was historic. Linh's meeting with reporters lasted an hour."));
        assertEquals(List.of("Taro Mori | Hanoi | VN | 2024-03-05 | - | COMPLETED | "),
                visits("2024-03-06", "Taro Mori arrived in Hanoi on Tuesday. Later, President Pham Van Linh told Mori in "
                        + "a phone call that he regretted missing the visit."));
        // the person met on the other leg
        assertEquals(List.of("Anton Pell | Addis Ababa | ET | 2024-03-05 | - | COMPLETED | Dawit Bekele",
                        "Anton Pell | Nairobi | KE | 2024-03-04 | - | COMPLETED | "),
                visits("2024-03-06", "Secretary Anton Pell visited Nairobi on Monday and Addis Ababa on Tuesday. In Addis "
                        + "Ababa, Pell's talks with Prime Minister Dawit Bekele focused on security."));
    }
}
