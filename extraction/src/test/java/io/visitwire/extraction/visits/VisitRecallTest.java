package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Visit recall on sentences of our own (invented names), each behaviour in several styles: U.S. readout,
 * GOV.UK and Kremlin releases, wire news with a dateline. Each test asserts the whole visit list an article
 * yields ({@link WholeResult}); published on Friday 15 March 2024, so "Thursday" is 2024-03-14.
 */
class VisitRecallTest {

    private static final String FRIDAY = "2024-03-15";

    private static List<String> visits(String body) {
        return WholeResult.visits(FRIDAY, body);
    }

    private static List<String> wire(String dateline, String body) {
        return WholeResult.visits(FRIDAY, dateline, body);
    }

    @Test
    void presenceWithoutAMotionVerb() {
        // U.S. readout: a relative clause says where the visitor is; the main clause names whom he met
        assertEquals(List.of("Martin Hollis | Nairobi | KE | - | - | ONGOING | Daniel Wekesa"),
                visits("Secretary of State Martin Hollis, who is in Nairobi for talks, met Kenyan President Daniel Wekesa."));
        // GOV.UK: "is on a visit to", the host named in a where-clause
        assertEquals(List.of("Edwin Marsh | - | GH | - | - | ONGOING | Kofi Mensah"),
                visits("The Foreign Secretary, Edwin Marsh, is on a three-day visit to Ghana, where he met President Kofi Mensah."));
        // Kremlin: "was in <city> for talks with <host>"
        assertEquals(List.of("Kenji Arata | Moscow | RU | 2024-03-14 | - | COMPLETED | Ivan Sorokin"),
                visits("Japanese Prime Minister Kenji Arata was in Moscow on Thursday for talks with Russian President Ivan Sorokin."));
        // wire: a country named, no city
        assertEquals(List.of("Rohan Mehta | - | KE | - | - | ONGOING | "),
                wire("NAIROBI, March 15 (Reuters) -",
                        "Indian Foreign Minister Rohan Mehta, who is in Kenya for talks, said the two countries would expand trade."));
    }

    @Test
    void aVisitNounOwnedByItsVisitor() {
        // "X's trip to Y"; a past background visit keeps the month the text gives
        assertEquals(List.of("Ingrid Solberg | - | CA | - | - | COMPLETED | "),
                visits("Norwegian Prime Minister Ingrid Solberg's trip to Canada was a success, officials said."));
        assertEquals(List.of("Klaus Brenner | - | BR | 2024-02 | - | COMPLETED | "),
                visits("During his visit to Brazil last month, German Chancellor Klaus Brenner signed a trade accord."));
        // wire: "his" in a phrase put before the subject is that subject, not the person of the sentence before
        assertEquals(List.of("Tomas Arvelo | Hanoi | VN | - | - | COMPLETED | "),
                wire("HANOI, March 15 (AP) -", "Iranian President Ali Rahimi praised the reforms. "
                        + "During his talks in Hanoi, Chilean Foreign Minister Tomas Arvelo said that trade would grow."));
    }

    @Test
    void theVisitOfAndAVisitByAPerson() {
        assertEquals(List.of("Kofi Mensah | - | GB | - | - | COMPLETED | "),
                visits("The visit of Ghanaian President Kofi Mensah to Britain was a success, officials said."));
        assertEquals(List.of("Klaus Brenner | - | IN | 2024-03 | 2024-03 | PLANNED | "),
                wire("NEW DELHI, March 15 (PTI) -",
                        "A visit by German Chancellor Klaus Brenner to India next week will focus on trade, officials said."));
        // a past background visit: the people met there are its hosts, when it names one country
        assertEquals(List.of("Edwin Marsh | - | GH | 2024-02 | - | COMPLETED | Kofi Mensah"),
                visits("During his visit to Ghana last month, Foreign Secretary Edwin Marsh met President Kofi Mensah."));
        assertEquals(List.of("Edwin Marsh | - | GH | 2024-02 | - | COMPLETED | ",
                        "Edwin Marsh | - | NG | 2024-02 | - | COMPLETED | "),
                visits("During his tour of Ghana and Nigeria last month, Foreign Secretary Edwin Marsh met President Kofi Mensah."));
    }

    @Test
    void arrivalsAndLandings() {
        // arrived on the publication day for a three-day visit: still there (ONGOING)
        assertEquals(List.of("Nguyen Van Thanh | Seoul | KR | 2024-03-15 | 2024-03-17 | ONGOING | "),
                wire("SEOUL, March 15 (Yonhap) --",
                        "Vietnamese Prime Minister Nguyen Van Thanh arrived in Seoul on Friday for a three-day official visit."));
        assertEquals(List.of("Lloyd Carrow | Manila | PH | 2024-03-14 | - | COMPLETED | "),
                visits("Defense Secretary Lloyd Carrow landed in Manila on Thursday."));
        // "returned to Tokyo" is the Japanese visitor at home; the talks in Seoul are the visit
        assertEquals(List.of("Kenji Arata | Seoul | KR | 2024-03-14 | - | COMPLETED | "),
                visits("Japanese Prime Minister Kenji Arata returned to Tokyo on Thursday after talks in Seoul."));
    }

    @Test
    void theHostsPointOfView() {
        // GOV.UK: welcomed to Downing Street
        assertEquals(List.of("Klaus Brenner | Downing Street | GB | 2024-03-14 | - | COMPLETED | Oliver Grant"),
                visits("British Prime Minister Oliver Grant welcomed Chancellor Klaus Brenner of Germany to Downing Street on Thursday."));
        // Kremlin: talks with the guest in the Kremlin; the guest's "of Iran" is not where they met
        assertEquals(List.of("Ali Rahimi | the Kremlin | RU | 2024-03-14 | - | COMPLETED | Ivan Sorokin"),
                visits("Russian President Ivan Sorokin held talks with President Ali Rahimi of Iran in the Kremlin on Thursday."));
        assertEquals(List.of("Ali Rahimi | the Kremlin | RU | 2024-03-14 | - | COMPLETED | Ivan Sorokin"),
                visits("Russian President Ivan Sorokin received President Ali Rahimi of Iran in the Kremlin on Thursday."));
        // U.S. readout: a foreign leader received in Washington visits the United States
        assertEquals(List.of("Kenji Arata | the White House | US | 2024-03-14 | - | COMPLETED | Jane Holloway"),
                visits("U.S. President Jane Holloway welcomed Japanese Prime Minister Kenji Arata to the White House on Thursday."));
        // wire: the passive, and "met visiting X"
        assertEquals(List.of("Tomas Arvelo | Beijing | CN | 2024-03-14 | - | COMPLETED | Xi Wenhao"),
                wire("BEIJING, March 15 (Xinhua) --",
                        "Chilean Foreign Minister Tomas Arvelo was received by Chinese President Xi Wenhao in Beijing on Thursday."));
        assertEquals(List.of("Paulo Vieira | Beijing | CN | 2024-03-14 | - | COMPLETED | Xi Wenhao"),
                wire("BEIJING, March 15 (Xinhua) --",
                        "Chinese President Xi Wenhao met visiting Brazilian President Paulo Vieira in Beijing on Thursday."));
    }

    @Test
    void aHostsSideWithNoPlaceTakesTheDatelineCity() {
        // wire: "met visiting X", the story filed from the host's capital
        assertEquals(List.of("Paulo Vieira | Beijing | CN | 2024-03-14 | - | COMPLETED | Xi Wenhao"),
                wire("BEIJING, March 15 (Xinhua) --",
                        "Chinese President Xi Wenhao met visiting Brazilian President Paulo Vieira on Thursday."));
        assertEquals(List.of("Marek Nowak | London | GB | 2024-03-14 | - | COMPLETED | Oliver Grant"),
                wire("LONDON, March 15 (Reuters) -", "British Prime Minister Oliver Grant hosted Polish President Marek Nowak on Thursday."));
        // no dateline: the host's country, no city
        assertEquals(List.of("Marek Nowak | - | GB | 2024-03-14 | - | COMPLETED | Oliver Grant"),
                visits("British Prime Minister Oliver Grant hosted Polish President Marek Nowak on Thursday."));
    }

    @Test
    void guestsAndPresencesInOtherForms() {
        // GOV.UK: host and guest both named by apposition to their office
        assertEquals(List.of("Kofi Mensah | Downing Street | GB | 2024-03-14 | - | COMPLETED | Oliver Grant"),
                visits("The Prime Minister, Oliver Grant, welcomed the President of Ghana, Kofi Mensah, to Downing Street on Thursday."));
        // Kremlin: a future reception
        assertEquals(List.of("Ali Rahimi | Moscow | RU | 2024-04 | - | PLANNED | Ivan Sorokin"),
                visits("Russian President Ivan Sorokin will host Iranian President Ali Rahimi in Moscow next month."));
        // U.S. readout: a future presence
        assertEquals(List.of("Kenji Arata | Washington | US | 2024-03-18 | - | PLANNED | Jane Holloway"),
                visits("Japanese Prime Minister Kenji Arata will be in Washington on Monday for talks with U.S. President Jane Holloway."));
    }

    @Test
    void anInternationalOfficialMeetingAHostAtHome() {
        // EU/GOV.UK: joint subjects met in the host's seat; the official of an international body is the visitor
        assertEquals(List.of("Pedro Alves | Downing Street | GB | 2024-03-15 | - | COMPLETED | Oliver Grant"),
                visits("The Prime Minister of the United Kingdom Oliver Grant and the President of the European Council "
                        + "Pedro Alves met in Downing Street this afternoon."));
        // a compatriot with an office of no stated country is no visitor
        assertEquals(List.of(), visits("U.S. Secretary of State Martin Hollis and Deputy Secretary Ann Ridley met in Washington on Thursday."));
    }

    @Test
    void itinerariesAreOneVisitPerCountry() {
        // U.S. readout: a list of countries
        assertEquals(List.of("Martin Hollis | - | ID | 2024-03 | 2024-03 | PLANNED | ",
                        "Martin Hollis | - | TH | 2024-03 | 2024-03 | PLANNED | ",
                        "Martin Hollis | - | VN | 2024-03 | 2024-03 | PLANNED | "),
                visits("Secretary of State Martin Hollis will travel to Vietnam, Thailand and Indonesia next week."));
        // GOV.UK: "from A he will go on to B"
        assertEquals(List.of("Edwin Marsh | - | EG | 2024-03-18 | - | PLANNED | ", "Edwin Marsh | - | JO | - | - | PLANNED | "),
                visits("The Foreign Secretary, Edwin Marsh, will visit Egypt on Monday. From Cairo he will go on to Jordan."));
        // wire: a leg in its own sentence, its host named there
        assertEquals(List.of("Mehmet Kaya | - | EG | 2024-03 | 2024-03 | PLANNED | ",
                        "Mehmet Kaya | - | LB | 2024-03 | 2024-03 | PLANNED | ",
                        "Mehmet Kaya | Amman | JO | 2024-03 | 2024-03 | PLANNED | Hamid Saleh"),
                wire("CAIRO, March 15 (AFP) -", "Turkish Foreign Minister Mehmet Kaya will visit Egypt, Jordan and Lebanon next week. "
                        + "In Amman, he will meet King Hamid Saleh."));
    }

    @Test
    void aTourOfSeveralCountriesWithAMeetingInOne() {
        // GOV.UK: the tour names the countries, the meeting the city and the host of one of them
        assertEquals(List.of("Edwin Marsh | - | NG | 2024-03-14 | - | COMPLETED | ",
                        "Edwin Marsh | Accra | GH | 2024-03-14 | - | COMPLETED | Kofi Mensah"),
                visits("Foreign Secretary Edwin Marsh, on a tour of Ghana and Nigeria, met President Kofi Mensah in Accra on Thursday."));
        // wire: a region toured, one country met in
        assertEquals(List.of("Kenji Arata | Paris | FR | 2024-03-14 | - | COMPLETED | Luc Moreau"),
                wire("PARIS, March 15 (AFP) -",
                        "Japanese Prime Minister Kenji Arata, on a tour of Europe, met French President Luc Moreau in Paris on Thursday."));
    }

    @Test
    void visitorsNamedByRoleOrSurnameLater() {
        assertEquals(List.of("Li Wenqiang | Canberra | AU | 2024-03-20 | - | PLANNED | Sarah Connolly"),
                visits("Chinese Premier Li Wenqiang will visit Australia next week. "
                        + "The premier will meet Prime Minister Sarah Connolly in Canberra on March 20."));
        // one visit to Japan: its place is the city he arrived in, the later meeting adds the host and the end
        assertEquals(List.of("Tomas Arvelo | Tokyo | JP | 2024-03-14 | 2024-03-15 | COMPLETED | Haruto Sakamoto"),
                visits("Foreign Minister Tomas Arvelo of Chile arrived in Tokyo on Thursday. "
                        + "Arvelo met Prime Minister Haruto Sakamoto in Osaka on Friday."));
    }

    @Test
    void laterLegsOfAVisitorNamedByRoleSurnameOrDelegation() {
        assertEquals(List.of("Tomas Arvelo | Seoul | KR | 2024-03-17 | - | PLANNED | ",
                        "Tomas Arvelo | Tokyo | JP | 2024-03-14 | - | COMPLETED | "),
                visits("Chilean Foreign Minister Tomas Arvelo arrived in Tokyo on Thursday. "
                        + "The visiting minister will travel to Seoul on Sunday."));
        assertEquals(List.of("Martin Hollis | Seoul | KR | 2024-03-17 | - | PLANNED | ",
                        "Martin Hollis | Tokyo | JP | 2024-03-14 | - | COMPLETED | Kenji Arata"),
                visits("Secretary of State Martin Hollis met Japanese Prime Minister Kenji Arata in Tokyo on Thursday. "
                        + "The Secretary will travel to Seoul on Sunday."));
        assertEquals(List.of("Zhou Lan | Canberra | AU | 2024-03-14 | - | COMPLETED | ",
                        "Zhou Lan | Wellington | NZ | 2024-03-17 | - | PLANNED | "),
                wire("CANBERRA, March 15 (AAP) -", "A delegation led by Chinese Vice Premier Zhou Lan arrived in Canberra on Thursday. "
                        + "The delegation will go on to Wellington on Sunday."));
        assertEquals(List.of("Arjun Rao | Seoul | KR | 2024-03-17 | - | PLANNED | ",
                        "Arjun Rao | Tokyo | JP | 2024-03-14 | - | COMPLETED | Kenji Arata"),
                visits("Indian Prime Minister Arjun Rao met Japanese Prime Minister Kenji Arata in Tokyo on Thursday. "
                        + "Rao will fly to Seoul on Sunday."));
    }

    @Test
    void cancelledAndPostponedVisits() {
        assertEquals(List.of("Klaus Brenner | - | IN | 2024-03-20 | - | CANCELLED | "),
                visits("German Chancellor Klaus Brenner postponed his visit to India, planned for March 20."));
        assertEquals(List.of("Klaus Brenner | - | IN | - | - | CANCELLED | "),
                visits("The German chancellor, Klaus Brenner, has scrapped a planned visit to India."));
        // the destination parsed on the verb: "cancelled his trip to India"
        assertEquals(List.of("Klaus Brenner | - | IN | - | - | CANCELLED | "),
                visits("Chancellor Klaus Brenner of Germany cancelled his trip to India, officials said."));
        assertEquals(List.of("Erik Lind | - | TR | - | - | CANCELLED | "),
                wire("ANKARA, March 15 (AFP) -", "Swedish Foreign Minister Erik Lind has called off his trip to Turkey, his office said."));
    }

    @Test
    void deniedAndRefusedVisitsAreNone() {
        assertEquals(List.of(), visits("French President Luc Moreau will not visit Algeria this month, his spokesman said."));
        assertEquals(List.of(), wire("LIMA, March 15 (Reuters) -",
                "Chilean Foreign Minister Tomas Arvelo won't travel to Peru next week, officials said on Friday."));
        assertEquals(List.of(), visits("Japanese Prime Minister Kenji Arata declined to visit Taiwan, officials said."));
        assertEquals(List.of(), visits("The Foreign Secretary, Edwin Marsh, has never been to Kabul."));
    }

    @Test
    void callsInvitationsPossibilitiesAndPlacelessMeetingsAreNotVisits() {
        assertEquals(List.of(), visits("U.S. President Jane Holloway spoke by phone with President Paulo Vieira of Brazil on Thursday."));
        assertEquals(List.of(), visits("Prime Minister Oliver Grant invited President Kofi Mensah of Ghana to visit London."));
        assertEquals(List.of(), wire("SEOUL, March 15 (Yonhap) -",
                "Japanese Prime Minister Kenji Arata may visit Seoul later this year, officials said on Friday."));
        // the country a person met serves is not where they met
        assertEquals(List.of(), visits("Secretary Alicia Turner met Foreign Minister Tomas Arvelo of Chile on Thursday."));
        // the visitor's own capital
        assertEquals(List.of(), visits("Russian President Ivan Sorokin held talks in Moscow with his security council on Thursday."));
    }
}
