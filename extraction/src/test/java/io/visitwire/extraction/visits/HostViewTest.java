package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The host's point of view: who is the guest when the text is written from the host's side, with or without a
 * dateline, and when a dateline story's own counterpart is the host. Sentences of our own with invented names, in
 * several styles; each test asserts the whole visit list ({@link WholeResult}). The test article's source names no
 * country. Published on Tuesday 10 March 2026, so "Monday" is 2026-03-09.
 */
class HostViewTest {

    private static final String TUESDAY = "2026-03-10";

    private static List<String> visits(String body) {
        return WholeResult.visits(TUESDAY, body);
    }

    private static List<String> wire(String dateline, String body) {
        return WholeResult.visits(TUESDAY, dateline, body);
    }

    @Test
    void withNoDatelineTheForeignerMetAtTheSeatIsTheGuest() {
        // Kremlin: the official of no stated country meeting one "of Egypt" in the Kremlin hosts him
        assertEquals(List.of("Karim Nasser | the Kremlin | RU | - | - | COMPLETED | Ivan Sokolov"),
                visits("President Ivan Sokolov held talks in the Kremlin with President Karim Nasser of Egypt."));
        assertEquals(List.of("Laszlo Kovacs | the Kremlin | RU | - | - | COMPLETED | Ivan Sokolov"),
                visits("President Ivan Sokolov held talks in the Kremlin with Prime Minister of Hungary Laszlo Kovacs."));
        assertEquals(List.of("Abdullah Faisal | the Kremlin | RU | - | - | COMPLETED | Ivan Sokolov"),
                visits("President Ivan Sokolov met with King Abdullah Faisal of Jordan in the Kremlin."));
        // GOV.UK: Downing Street, London
        assertEquals(List.of("Greta Lindqvist | Downing Street | GB | 2026-03-10 | - | COMPLETED | Oliver Grant"),
                visits("Prime Minister Oliver Grant met Chancellor Greta Lindqvist of Austria in Downing Street today."));
        assertEquals(List.of("Anders Holm | London | GB | 2026-03-09 | - | COMPLETED | Oliver Grant"),
                visits("Prime Minister Oliver Grant held talks with Prime Minister Anders Holm of Denmark in London on Monday."));
        // the capital
        assertEquals(List.of("Karim Nasser | Moscow | RU | 2026-03-09 | - | COMPLETED | Ivan Sokolov"),
                visits("President Ivan Sokolov held talks with President Karim Nasser of Egypt in Moscow on Monday."));
    }

    @Test
    void aReceptionMakesTheReceivedTheGuest() {
        // Kremlin: "received X of Germany in Moscow", "X was received by Y in the Kremlin"
        assertEquals(List.of("Julia Brandt | Moscow | RU | 2026-03-09 | - | COMPLETED | Vladimir Orlov"),
                visits("Vladimir Orlov received Foreign Minister Julia Brandt of Germany in Moscow on Monday."));
        assertEquals(List.of("Julia Brandt | the Kremlin | RU | 2026-03-09 | - | COMPLETED | Ivan Sokolov"),
                visits("Foreign Minister Julia Brandt of Germany was received by President Ivan Sokolov in the Kremlin on Monday."));
        // GOV.UK: "hosted X at Chequers", "welcomed X to Downing Street"
        assertEquals(List.of("Greta Lindqvist | Chequers | GB | 2026-03-09 | - | COMPLETED | Oliver Grant"),
                visits("Prime Minister Oliver Grant hosted Chancellor Greta Lindqvist of Austria at Chequers on Monday."));
        assertEquals(List.of("Amara Diallo | Downing Street | GB | 2026-03-09 | - | COMPLETED | Oliver Grant"),
                visits("Prime Minister Oliver Grant welcomed President Amara Diallo of Senegal to Downing Street on Monday."));
        // EU: a president of an international body receiving in Brussels
        assertEquals(List.of("Edi Kola | Brussels | BE | 2026-03-09 | - | COMPLETED | Marta Vidal"),
                visits("President of the European Commission Marta Vidal received Prime Minister Edi Kola of Albania in "
                        + "Brussels on Monday."));
    }

    @Test
    void aGuestsRelativeClauseTellsTheGuestsVisitWithTheOneMeetingThem() {
        // Kremlin: reception, talks, meeting
        assertEquals(List.of("Karim Nasser | - | RU | - | - | ONGOING | Ivan Sokolov"),
                visits("President Ivan Sokolov welcomed President Karim Nasser of Egypt, who is on a state visit to Russia."));
        assertEquals(List.of("Karim Nasser | Moscow | RU | - | - | COMPLETED | Ivan Sokolov"),
                visits("President Ivan Sokolov had talks with President Karim Nasser of Egypt, who arrived in Moscow on "
                        + "an official visit."));
        assertEquals(List.of("Karim Nasser | - | RU | - | - | ONGOING | Ivan Sokolov"),
                visits("President Ivan Sokolov met President Karim Nasser of Egypt, who is in Russia on a state visit."));
        // GOV.UK
        assertEquals(List.of("Greta Lindqvist | - | GB | - | - | ONGOING | Oliver Grant"),
                visits("Prime Minister Oliver Grant held talks with Chancellor Greta Lindqvist of Austria, who is on a "
                        + "two-day visit to Britain."));
    }

    @Test
    void aDatelinesOwnCounterpartMakesTheOtherOfficialTheVisitor() {
        // wire: the counterpart is "of Japan" in Tokyo; the official of no stated country is the visitor
        assertEquals(List.of("Mara Velden | Tokyo | JP | 2026-03-10 | - | COMPLETED | Kenji Sato"),
                wire("TOKYO (Kyodo) -", "Secretary Mara Velden met Foreign Minister Kenji Sato of Japan in Tokyo on Tuesday."));
        assertEquals(List.of("Anna Kowalska | Seoul | KR | 2026-03-10 | - | COMPLETED | Park Min-jun"),
                wire("SEOUL, March 10 (Yonhap) --", "Foreign Minister Anna Kowalska met Foreign Minister Park Min-jun of "
                        + "South Korea in Seoul on Tuesday."));
        assertEquals(List.of("Amina Yusuf | Beijing | CN | 2026-03-10 | - | COMPLETED | Zhao Lei"),
                wire("BEIJING, March 10 (Xinhua) --", "Foreign Minister Amina Yusuf held talks with Chinese Foreign "
                        + "Minister Zhao Lei in Beijing on Tuesday."));
        // a foreign guest met there leaves the home official the host
        assertEquals(List.of("Luis Pardo | Tokyo | JP | 2026-03-10 | - | COMPLETED | Ken Mori"),
                wire("TOKYO (Kyodo) -", "Prime Minister Ken Mori met Foreign Minister Luis Pardo of Chile in Tokyo on Tuesday."));
        // and meeting no one, the official is at home
        assertEquals(List.of(), wire("LONDON (Reuters) -", "Prime Minister Oliver Grant chaired a meeting in Downing Street on Tuesday."));
    }

    @Test
    void aVisitingSubjectIsTheVisitorWhereTheStoryIsFiled() {
        // wire: "Visiting X held talks with Y", no place but the dateline's
        assertEquals(List.of("Mara Velden | Tokyo | JP | 2026-03-10 | - | COMPLETED | Kenji Sato"),
                wire("TOKYO, March 10 (Kyodo) -", "Visiting Secretary Mara Velden held talks with Japanese Foreign "
                        + "Minister Kenji Sato on Tuesday."));
        assertEquals(List.of("Li Wenqiang | Hanoi | VN | 2026-03-10 | - | COMPLETED | Tran Van Long"),
                wire("HANOI, March 10 (VNA) -", "Visiting Chinese Premier Li Wenqiang met Vietnamese Prime Minister "
                        + "Tran Van Long on Tuesday."));
        // the host's side of the same sentence
        assertEquals(List.of("Li Wenqiang | Hanoi | VN | 2026-03-10 | - | COMPLETED | Tran Van Long"),
                wire("HANOI, March 10 (VNA) -", "Prime Minister Tran Van Long met visiting Chinese Premier Li Wenqiang "
                        + "on Tuesday."));
        // a place named wins over the dateline; with neither, no visit
        assertEquals(List.of("Li Wenqiang | Hanoi | VN | 2026-03-10 | - | COMPLETED | Tran Van Long"),
                visits("Visiting Chinese Premier Li Wenqiang met Prime Minister Tran Van Long in Hanoi on Tuesday."));
        assertEquals(List.of(), visits("Visiting Chinese Premier Li Wenqiang met Prime Minister Tran Van Long on Tuesday."));
    }

    @Test
    void aTitleWithItsCountryStandsForItsHolder() {
        // Kremlin: "The President of France is in Russia", never the Russian president named first
        assertEquals(List.of("Pierre Lemaire | - | RU | - | - | ONGOING | "),
                visits("President of Russia Ivan Sokolov spoke with President of France Pierre Lemaire last week. The "
                        + "President of France is in Russia on an official visit."));
        // wire: "The Egyptian president is in Russia", never the Russian president named last
        assertEquals(List.of("Karim Nasser | - | RU | - | - | ONGOING | "),
                visits("President Karim Nasser of Egypt met President Ivan Sokolov on Monday. The Egyptian president is in "
                        + "Russia on a three-day visit."));
        // GOV.UK: "The German minister met ..."
        assertEquals(List.of("Julia Brandt | Moscow | RU | 2026-03-09 | - | COMPLETED | Sergei Volkov"),
                visits("Foreign Minister Julia Brandt of Germany arrived in Moscow on Monday. The German minister met "
                        + "Foreign Minister Sergei Volkov."));
    }
}
