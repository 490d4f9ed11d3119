package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hosts named after the visit sentence: talks no one is said to hold ("Talks with X focused on trade"), "During the
 * visit, she met ...", "He also held talks with ...", "where he was received by ..."; and the people who are never
 * hosts: co-travellers, people spoken to by phone, spokesmen. Sentences of our own with invented names, in several
 * styles; each test asserts the whole visit list ({@link WholeResult}). Published on Tuesday 10 March 2026.
 */
class HostsInVisitStoryTest {

    private static final String TUESDAY = "2026-03-10";

    private static List<String> visits(String body) {
        return WholeResult.visits(TUESDAY, body);
    }

    private static List<String> wire(String dateline, String body) {
        return WholeResult.visits(TUESDAY, dateline, body);
    }

    @Test
    void talksOfNoOneInTheVisitStoryAreTheVisitors() {
        // GOV.UK
        assertEquals(List.of("Eleanor Marsh | - | KE | 2026-03-09 | - | COMPLETED | William Otieno"),
                visits("Foreign Secretary Eleanor Marsh visited Kenya on Monday. Talks with President William Otieno "
                        + "focused on trade."));
        // wire, with an attribution
        assertEquals(List.of("Karim Haddad | Rome | IT | 2026-03-10 | - | COMPLETED | Paola Ricci"),
                wire("ROME, March 10 (ANSA) -", "Foreign Minister Karim Haddad arrived in Rome on Tuesday. Talks with "
                        + "Foreign Minister Paola Ricci lasted two hours, officials said."));
        // Kremlin, passive
        assertEquals(List.of("Karim Nasser | Moscow | RU | 2026-03-09 | - | COMPLETED | Ivan Sokolov"),
                visits("President Karim Nasser of Egypt arrived in Moscow on Monday. Talks with President Ivan Sokolov "
                        + "were held in a narrow format."));
        // U.S. readout: "The meeting with ..."
        assertEquals(List.of("Lena Ortiz | - | GT | 2026-03-09 | - | COMPLETED | Mario Fuentes"),
                visits("Vice President Lena Ortiz visited Guatemala on Monday. The meeting with President Mario Fuentes "
                        + "covered migration."));
    }

    @Test
    void peopleMetInLaterSentences() {
        assertEquals(List.of("Dana Whitfield | - | GH | 2026-03-09 | - | COMPLETED | Ama Boateng; Kofi Mensah"),
                visits("Secretary Dana Whitfield traveled to Ghana on Monday. During the visit, she met President Kofi "
                        + "Mensah and Foreign Minister Ama Boateng."));
        assertEquals(List.of("Dana Whitfield | - | GH | 2026-03-09 | - | COMPLETED | Ama Boateng"),
                visits("Secretary Dana Whitfield traveled to Ghana on Monday. She also held talks with Foreign Minister "
                        + "Ama Boateng."));
        assertEquals(List.of("Dana Whitfield | Accra | GH | 2026-03-09 | - | COMPLETED | Kofi Mensah"),
                visits("Secretary Dana Whitfield traveled to Accra on Monday, where she was received by President Kofi Mensah."));
        assertEquals(List.of("Dana Whitfield | Accra | GH | 2026-03-10 | - | COMPLETED | Kofi Mensah"),
                wire("ACCRA, March 10 (Reuters) -", "U.S. Secretary of State Dana Whitfield arrived in Accra on Tuesday. "
                        + "\"We are glad to be here,\" she told reporters. Whitfield later met President Kofi Mensah."));
        // the guest's own talks after a reception: hosts too
        assertEquals(List.of("Greta Lindqvist | Chequers | GB | 2026-03-09 | - | COMPLETED | Eleanor Marsh; Oliver Grant"),
                visits("Prime Minister Oliver Grant hosted Chancellor Greta Lindqvist of Austria at Chequers on Monday. "
                        + "Lindqvist also held talks with Foreign Secretary Eleanor Marsh."));
        // the visitor named by role
        assertEquals(List.of("Julia Brandt | Moscow | RU | 2026-03-09 | - | COMPLETED | Ivan Sokolov"),
                visits("Foreign Minister Julia Brandt of Germany arrived in Moscow on Monday. The visiting minister met "
                        + "President Ivan Sokolov."));
    }

    @Test
    void neitherPhoneContactsNorSpokesmenNorTalksOfOthersAreHosts() {
        assertEquals(List.of("Dana Whitfield | - | GH | 2026-03-09 | - | COMPLETED | "),
                visits("Secretary Dana Whitfield traveled to Ghana on Monday. Talks with President Samuel Okoro of Nigeria "
                        + "by phone focused on security."));
        assertEquals(List.of("Dana Whitfield | - | GH | 2026-03-09 | - | COMPLETED | "),
                visits("Secretary Dana Whitfield traveled to Ghana on Monday. She also spoke by phone with President "
                        + "Samuel Okoro of Nigeria."));
        assertEquals(List.of("Dana Whitfield | - | GH | 2026-03-09 | - | COMPLETED | "),
                visits("Secretary Dana Whitfield traveled to Ghana on Monday. State Department spokesman Ned Carver said "
                        + "she met officials."));
        // talks someone else held are theirs
        assertEquals(List.of("Eleanor Marsh | - | KE | 2026-03-09 | - | COMPLETED | "),
                visits("Foreign Secretary Eleanor Marsh visited Kenya on Monday. Her deputy Tom Rivers held separate talks "
                        + "with Trade Minister Grace Wambui."));
        // co-travellers: "visited Kenya with X", "traveled to Ghana with X"
        assertEquals(List.of("Eleanor Marsh | - | KE | 2026-03-09 | - | COMPLETED | "),
                visits("Foreign Secretary Eleanor Marsh visited Kenya on Monday with Minister of State Tom Rivers."));
        assertEquals(List.of("Dana Whitfield | - | GH | 2026-03-09 | - | COMPLETED | "),
                wire("ACCRA, March 10 (Reuters) -", "U.S. Secretary of State Dana Whitfield traveled to Ghana on Monday with "
                        + "Deputy Secretary Tom Rivers."));
    }
}
