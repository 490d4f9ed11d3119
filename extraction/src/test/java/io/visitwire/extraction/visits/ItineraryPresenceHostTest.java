package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Visit recall on itineraries, presence without a motion verb and the host's point of view, on sentences of our
 * own (invented names) in several styles: U.S. readout, GOV.UK, Kremlin and EU releases, wire news with a
 * dateline. Each test asserts the whole visit list ({@link WholeResult}); published on Tuesday 10 March 2026,
 * so "Monday" is 2026-03-09, unless a test says otherwise.
 */
class ItineraryPresenceHostTest {

    private static final String TUESDAY = "2026-03-10";

    private static List<String> visits(String body) {
        return WholeResult.visits(TUESDAY, body);
    }

    private static List<String> wire(String dateline, String body) {
        return WholeResult.visits(TUESDAY, dateline, body);
    }

    @Test
    void aListOfCountriesIsOneVisitPerCountry() {
        // U.S. readout: a range for the whole trip gives each leg its month only
        assertEquals(List.of("Dana Whitfield | - | BN | 2026-07 | - | PLANNED | ",
                        "Dana Whitfield | - | ID | 2026-07 | - | PLANNED | ",
                        "Dana Whitfield | - | MY | 2026-07 | - | PLANNED | "),
                WholeResult.visits("2026-07-01", "Secretary of State Dana Whitfield will travel to Indonesia, Brunei and "
                        + "Malaysia from July 8 to 12, the Department of State announced."));
        // GOV.UK: a country name with "and" inside it is one country
        assertEquals(List.of("Eleanor Marsh | - | BA | - | - | PLANNED | ", "Eleanor Marsh | - | BG | - | - | PLANNED | ",
                        "Eleanor Marsh | - | ME | - | - | PLANNED | ", "Eleanor Marsh | - | XK | - | - | PLANNED | "),
                WholeResult.visits("2026-02-20", "Foreign Secretary Eleanor Marsh will visit Montenegro, Bosnia and "
                        + "Herzegovina, Kosovo and Bulgaria from 26 February to 1 March."));
        // wire: a tour begun
        assertEquals(List.of("Kwame Asante | - | ML | 2026-03-09 | - | COMPLETED | ",
                        "Kwame Asante | - | NG | 2026-03-09 | - | COMPLETED | ",
                        "Kwame Asante | - | SN | 2026-03-09 | - | COMPLETED | "),
                wire("DAKAR, March 10 (AFP) -", "Ghanaian President Kwame Asante began a tour of Nigeria, Senegal and Mali on Monday."));
        // Kremlin: official visits to several countries, one whose name is also its adjective
        assertEquals(List.of("Pavel Sedov | - | KH | 2026-02 | - | PLANNED | ", "Pavel Sedov | - | LA | 2026-02 | - | PLANNED | ",
                        "Pavel Sedov | - | MM | 2026-02 | - | PLANNED | "),
                WholeResult.visits("2026-02-20", "Russian Foreign Minister Pavel Sedov will pay official visits to Laos, "
                        + "Cambodia and Myanmar on February 24-27."));
    }

    @Test
    void aTourUnderWayIsOngoingInEachCountry() {
        // "is on a tour of": the visit noun is the predicate, its subject the visitor
        assertEquals(List.of("Arjun Rao | - | KE | - | - | ONGOING | ", "Arjun Rao | - | TZ | - | - | ONGOING | ",
                        "Arjun Rao | - | UG | - | - | ONGOING | "),
                visits("Indian Prime Minister Arjun Rao is on a tour of Kenya, Tanzania and Uganda."));
        assertEquals(List.of("Li Wenqiang | - | FJ | - | - | ONGOING | ", "Li Wenqiang | - | NZ | - | - | ONGOING | "),
                wire("SUVA, March 10 (AAP) -", "Chinese Premier Li Wenqiang, who is on a tour of New Zealand and Fiji, "
                        + "praised the islands' leaders."));
    }

    @Test
    void aCancelledTripIsCancelledInEachCountry() {
        assertEquals(List.of("Alvaro Reyes | - | BN | 2026-03-10 | - | CANCELLED | ",
                        "Alvaro Reyes | - | ID | 2026-03-10 | - | CANCELLED | "),
                visits("President Alvaro Reyes cancelled his trip to Indonesia and Brunei on Tuesday, the White House said."));
        assertEquals(List.of("Alvaro Reyes | - | BN | - | - | CANCELLED | ", "Alvaro Reyes | - | ID | - | - | CANCELLED | "),
                wire("JAKARTA, March 10 (AP) -",
                        "U.S. President Alvaro Reyes has called off his visit to Indonesia and Brunei, officials said."));
        // GOV.UK: postponed, keeping the planned date
        assertEquals(List.of("Eleanor Marsh | - | ET | 2026-03-16 | - | CANCELLED | ",
                        "Eleanor Marsh | - | KE | 2026-03-16 | - | CANCELLED | "),
                visits("Foreign Secretary Eleanor Marsh postponed her visit to Kenya and Ethiopia, scheduled for March 16."));
    }

    @Test
    void whoGoesInsteadMakesTheCancelledTrip() {
        // U.S. readout: the substitute's sentence names no place; the cancelled trip's countries are the substitute's
        assertEquals(List.of("Alvaro Reyes | - | BN | - | - | CANCELLED | ", "Alvaro Reyes | - | ID | - | - | CANCELLED | ",
                        "Dana Whitfield | - | BN | - | - | PLANNED | ", "Dana Whitfield | - | ID | - | - | PLANNED | "),
                visits("President Alvaro Reyes cancelled his trip to Indonesia and Brunei. "
                        + "Secretary of State Dana Whitfield will lead the U.S. delegation instead."));
        // the substitute's sentence names the places itself
        assertEquals(List.of("Alvaro Reyes | - | BN | - | - | CANCELLED | ", "Alvaro Reyes | - | ID | - | - | CANCELLED | ",
                        "Dana Whitfield | - | BN | - | - | PLANNED | ", "Dana Whitfield | - | ID | - | - | PLANNED | "),
                visits("President Alvaro Reyes cancelled his trip to Indonesia and Brunei. "
                        + "Secretary of State Dana Whitfield will lead the delegation to Indonesia and Brunei instead."));
        // wire: "in his place", the dates of the cancelled trip kept
        assertEquals(List.of("Alvaro Reyes | - | BN | 2026-03-16 | - | CANCELLED | ",
                        "Alvaro Reyes | - | ID | 2026-03-16 | - | CANCELLED | ",
                        "Maria Lopez | - | BN | 2026-03-16 | - | PLANNED | ", "Maria Lopez | - | ID | 2026-03-16 | - | PLANNED | "),
                wire("JAKARTA, March 10 (Reuters) -", "U.S. President Alvaro Reyes has postponed his trip to Indonesia and "
                        + "Brunei, planned for March 16. Vice President Maria Lopez will go in his place."));
        // the cancelled traveller going elsewhere instead is his own new trip
        assertEquals(List.of("Alvaro Reyes | - | ID | - | - | CANCELLED | ", "Alvaro Reyes | - | VN | - | - | PLANNED | "),
                visits("President Alvaro Reyes cancelled his trip to Indonesia. He will instead travel to Vietnam."));
    }

    @Test
    void legsInSentencesOfTheirOwnAreDatedThere() {
        // GOV.UK: a region announced, then each leg with its day (and its host)
        assertEquals(List.of("Eleanor Marsh | - | ME | 2026-02-27 | - | PLANNED | Luka Petrovic",
                        "Eleanor Marsh | - | XK | 2026-02-28 | - | PLANNED | "),
                WholeResult.visits("2026-02-20", "Foreign Secretary Eleanor Marsh will visit the Western Balkans next week. "
                        + "On 27 February she will be in Montenegro, where she will meet Prime Minister Luka Petrovic. "
                        + "She then travels to Kosovo on 28 February."));
        // wire: "from A she went on to B", no motion verb of the trip lists
        assertEquals(List.of("Layla Haddad | Amman | JO | - | - | COMPLETED | ",
                        "Layla Haddad | Cairo | EG | 2026-03-09 | - | COMPLETED | "),
                wire("AMMAN, March 10 (AFP) -", "Foreign Minister Layla Haddad of Lebanon arrived in Cairo on Monday. "
                        + "From Cairo she went on to Amman."));
        // U.S. readout: a future onward leg
        assertEquals(List.of("Li Wenqiang | Canberra | AU | 2026-03-13 | - | PLANNED | "),
                visits("Chinese Premier Li Wenqiang will go on to Canberra on Friday."));
    }

    @Test
    void presenceWithNoOtherTriggerWord() {
        // a bare presence: no motion verb, no meeting word
        assertEquals(List.of("Kenji Arata | Hanoi | VN | - | - | ONGOING | "),
                visits("Japanese Prime Minister Kenji Arata is in Hanoi."));
        assertEquals(List.of("Kenji Arata | Hanoi | VN | 2026-03-12 | - | PLANNED | "),
                visits("Japanese Prime Minister Kenji Arata will be in Hanoi on Thursday."));
        assertEquals(List.of("Kenji Arata | Hanoi | VN | 2026-03 | 2026-03 | COMPLETED | "),
                visits("Japanese Prime Minister Kenji Arata was in Hanoi last week."));
        // Kremlin: "President of <country> <name>", the presence reported
        assertEquals(List.of("Nurlan Abenov | Moscow | RU | - | - | ONGOING | "),
                visits("The Kremlin press service said President of Kazakhstan Nurlan Abenov is in Moscow on a working visit."));
        // EU: this week gives the month
        assertEquals(List.of("Lena Hoff | - | BR | 2026-03 | 2026-03 | ONGOING | "),
                visits("German Chancellor Lena Hoff is in Brazil this week for trade talks."));
    }

    @Test
    void aPlaceSetOffByCommasAfterThePerson() {
        // wire: "X, in Seoul for talks, said": the presence as of the report; the day she spoke is not the day she came
        assertEquals(List.of("Anna Berg | Seoul | KR | - | - | ONGOING | "),
                wire("SEOUL, March 10 (Yonhap) --",
                        "Swedish Foreign Minister Anna Berg, in Seoul for talks, said on Tuesday that trade would grow."));
        assertEquals(List.of("Anna Berg | Seoul | KR | - | - | ONGOING | "),
                wire("SEOUL, March 10 (Yonhap) --",
                        "Swedish Foreign Minister Anna Berg, in Seoul for talks, told reporters that trade would grow."));
        // at home: no visit; not a place: no visit
        assertEquals(List.of(), wire("SEOUL, March 10 (Yonhap) --",
                "South Korean Foreign Minister Park Ji-hoon, in Seoul for talks, said on Tuesday that trade would grow."));
        assertEquals(List.of(), visits("Secretary of State Dana Whitfield, in a statement, said the alliance was strong."));
    }

    @Test
    void theHostsPointOfView() {
        // GOV.UK
        assertEquals(List.of("Lena Hoff | Downing Street | GB | 2026-03-10 | - | COMPLETED | Oliver Grant"),
                visits("Prime Minister Oliver Grant welcomed Chancellor Lena Hoff of Germany to Downing Street today."));
        // EU: the host named after a title with "of"
        assertEquals(List.of("Arjun Rao | Brussels | BE | 2026-03-09 | - | COMPLETED | Pedro Alves"),
                visits("President of the European Council Pedro Alves welcomed Prime Minister Arjun Rao of India to Brussels on Monday."));
        // French release: hosted at the Elysee
        assertEquals(List.of("Daniel Wekesa | the Elysee Palace | FR | 2026-03-10 | - | COMPLETED | Claire Dubois"),
                visits("French President Claire Dubois hosted Kenyan President Daniel Wekesa at the Elysee Palace on Tuesday."));
        // Kremlin: talks in the Kremlin, and the passive
        assertEquals(List.of("Batbold Ganzorig | the Kremlin | RU | - | - | COMPLETED | Igor Sokolov"),
                visits("President of Russia Igor Sokolov held talks with President of Mongolia Batbold Ganzorig in the Kremlin."));
        assertEquals(List.of("Aziz Karimov | the Kremlin | RU | 2026-03-09 | - | COMPLETED | Igor Sokolov"),
                visits("Uzbek Prime Minister Aziz Karimov was received at the Kremlin by Russian President Igor Sokolov on Monday."));
        // Kremlin: joint subjects of talks at the host's capital; GOV.UK: the passive of welcomed
        assertEquals(List.of("Batbold Ganzorig | Moscow | RU | 2026-03-09 | - | COMPLETED | Igor Sokolov"),
                visits("Russian President Igor Sokolov and Mongolian President Batbold Ganzorig held talks in Moscow on Monday."));
        assertEquals(List.of("Lena Hoff | Downing Street | GB | 2026-03-09 | - | COMPLETED | Oliver Grant"),
                visits("Chancellor Lena Hoff of Germany was welcomed to Downing Street by Prime Minister Oliver Grant on Monday."));
        // GOV.UK: the host named as the subject of the clause a "welcoming" phrase opens
        assertEquals(List.of("Lena Hoff | Downing Street | GB | - | - | COMPLETED | Oliver Grant"),
                visits("Welcoming Chancellor Lena Hoff of Germany to Downing Street, Prime Minister Oliver Grant said "
                        + "the two countries were close allies."));
        // wire: the guest's visit stated in a relative clause; the reception names the host
        assertEquals(List.of("Tran Van Long | - | RU | - | - | ONGOING | Igor Sokolov"),
                wire("MOSCOW, March 10 (TASS) -", "Russian President Igor Sokolov received Vietnamese President "
                        + "Tran Van Long, who is on a state visit to Russia."));
    }

    @Test
    void noVisitorNoVisit() {
        // a host's own events, calls, statements, and people or things at home
        assertEquals(List.of(), visits("Prime Minister Oliver Grant will host a summit of Nordic leaders next year."));
        assertEquals(List.of(), visits("German Chancellor Lena Hoff hosted a summit of Nordic leaders in Berlin."));
        assertEquals(List.of(), visits("French President Claire Dubois will host the climate conference in Paris in June."));
        assertEquals(List.of(), visits("Prime Minister Oliver Grant held talks by phone with Chancellor Lena Hoff of Germany."));
        assertEquals(List.of(), visits("German Chancellor Lena Hoff held a video call with Prime Minister Arjun Rao of India."));
        assertEquals(List.of(), wire("MOSCOW, March 10 (TASS) -",
                "President Igor Sokolov had a telephone conversation with President of Mongolia Batbold Ganzorig."));
        assertEquals(List.of(), visits("British Prime Minister Oliver Grant welcomed the agreement reached in Geneva."));
        assertEquals(List.of(), visits("German Chancellor Lena Hoff is in Berlin this week."));
        assertEquals(List.of(), visits("The problem is in Europe, the minister said."));
        assertEquals(List.of(), visits("Most of the refugees are in Poland, Foreign Minister Jan Kowal said."));
        assertEquals(List.of(), visits("Chinese Premier Li Wenqiang went on to say that trade would grow."));
        assertEquals(List.of(), visits("President Alvaro Reyes will not attend the summit in Jakarta."));
        // compatriots holding talks at home; a people's adjective is no country
        assertEquals(List.of(), visits("Russian President Igor Sokolov and Russian Prime Minister Oleg Markov held talks in Moscow."));
        assertEquals(List.of(), visits("Myanmar officials said the talks went well."));
    }
}
