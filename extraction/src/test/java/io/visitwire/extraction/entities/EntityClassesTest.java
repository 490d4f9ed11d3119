package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Entity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity classes of ANNOTATION.md "Entities" on sentences written for this test (invented people), each in
 * the styles the unseen sets use: U.S. readouts, GOV.UK and Kremlin releases, wire news with a dateline
 * ("SEOUL, July 15 (Yonhap) --"). Every test asserts the whole entity list of the article, one line per
 * entity in order of first mention: {@code name | TYPE | title | country}. Uses the shared CoreNLP pipeline.
 */
class EntityClassesTest {

    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor();
    private static final String READOUT = "https://www.defense.gov/News/Releases/x";
    private static final String WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/x";
    private static final String GOV_UK = "https://www.gov.uk/government/news/x";
    private static final String KREMLIN = "http://en.kremlin.ru/events/president/news/x";
    private static final String WIRE = "https://www.example-news.com/world/x";

    private static List<String> entities(String url, String published, String body) {
        Article a = Article.newBuilder().setId("t").setUrl(url).setSource("Test source").setPublished(published)
                .setDateline(null).setTitle("Test article").setBody(body).setReceivedAt(Instant.EPOCH).build();
        return EXTRACTOR.enrich(a).getEntities().stream().map(EntityClassesTest::line).toList();
    }

    private static String line(Entity e) {
        return e.getName() + " | " + e.getType() + " | " + or(e.getTitle()) + " | " + or(e.getCountry());
    }

    private static String or(CharSequence s) {
        return s == null ? "-" : s.toString();
    }

    @Test
    void wireAgenciesInDatelinesAndAttributionsAreNoEntities() {
        assertEquals(List.of(
                "Park Min-joon | PERSON | Minister of Defense of South Korea | KR"),
                entities(WIRE, "2024-07-15", "SEOUL, July 15 (Yonhap) -- South Korean Defense Minister Park Min-joon "
                        + "said Monday the military would strengthen its readiness, according to the ministry. \"The "
                        + "government will respond firmly,\" Park told reporters, adding that the navy and special "
                        + "forces had been put on alert."));
        assertEquals(List.of(
                "Zhao Wenlong | PERSON | Foreign Minister of China | CN",
                "Sok Vannak | PERSON | - | KH",
                "Beijing | LOCATION | - | CN"),
                entities(WIRE, "2024-07-15", "BEIJING, July 15 (Xinhua) -- Chinese Foreign Minister Zhao Wenlong met "
                        + "with his Cambodian counterpart Sok Vannak in Beijing on Monday, Xinhua said. AFP reported "
                        + "that the two sides signed a memorandum."));
        assertEquals(List.of(
                "Tran Van Long | PERSON | leader | VN",
                "Hun Chanthol | PERSON | Prime Minister of Cambodia | KH",
                "Hanoi | LOCATION | - | VN"),
                entities(WIRE, "2024-07-15", "HANOI, July 15 (AFP) - Vietnamese leader Tran Van Long met Cambodian "
                        + "Prime Minister Hun Chanthol in Hanoi, state media said. Tran said the two countries would "
                        + "deepen ties, according to the Vietnam News Agency."));
    }

    @Test
    void anUpperCaseDatelinePlaceIsTheWiresSlugNotAMention() {
        assertEquals(List.of(
                "Ukraine | LOCATION | - | UA",
                "Pokrovka | LOCATION | - | UA",
                "Interior Ministry | ORGANIZATION | - | UA"),
                entities(WIRE, "2024-07-15", "KYIV, July 15 (Reuters) - Ukraine said on Monday that Russian strikes "
                        + "hit Pokrovka and the Sumy Oblast overnight. Ukraine's Interior Ministry said rescuers were "
                        + "working in Pokrovka."));
    }

    @Test
    void placesThatNameAnEventOrAgreementAndOperationsAreNoEntities() {
        assertEquals(List.of(
                "Alan Brooks | PERSON | President | US",
                "G20 | ORGANIZATION | - | -",
                "Rio de Janeiro | LOCATION | - | BR",
                "Dieter Vogel | PERSON | Chancellor of Germany | DE",
                "Germany | LOCATION | - | DE"),
                entities(WHITE_HOUSE, "2024-03-12", "President Alan Brooks will attend the G20 summit in Rio de "
                        + "Janeiro and speak at the Munich Security Conference next month. He will also discuss the "
                        + "Paris Agreement and Operation Atlantic Shield with Chancellor Dieter Vogel of Germany."));
        assertEquals(List.of(
                "Dieter Vogel | PERSON | Chancellor of Germany | DE",
                "NATO | ORGANIZATION | - | -",
                "Vilnius | LOCATION | - | LT"),
                entities(WIRE, "2024-07-15", "BERLIN, July 15 (Reuters) - German Chancellor Dieter Vogel said on "
                        + "Monday that the NATO summit in Vilnius and the Minsk agreements would be discussed, Reuters "
                        + "reported. Vogel received the Nobel Peace Prize in 2020."));
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Kazakhstan | LOCATION | - | KZ",
                "Nurlan Abenov | PERSON | President of Kazakhstan | KZ",
                "SCO | ORGANIZATION | - | -",
                "Astana | LOCATION | - | KZ"),
                entities(KREMLIN, "2024-03-12", "Vladimir Sokolov held talks with President of Kazakhstan Nurlan "
                        + "Abenov on the sidelines of the SCO summit in Astana. The leaders discussed the "
                        + "implementation of the Treaty on Eternal Friendship and the Eurasian Economic Forum."));
    }

    @Test
    void bodiesNamedOnlyInsideATitleAreNoEntities() {
        assertEquals(List.of(
                "Marcus Delaney | PERSON | Secretary of Health and Human Services | US",
                "Robert Haldane | PERSON | Chairman of the Joint Chiefs of Staff | US",
                "Ines Kovac | PERSON | Minister of Health of Croatia | HR",
                "Croatia | LOCATION | - | HR",
                "Zagreb | LOCATION | - | HR"),
                entities(READOUT, "2024-03-12", "Secretary of Health and Human Services Marcus Delaney and Chairman "
                        + "of the Joint Chiefs of Staff Gen. Robert Haldane met with Minister of Health Ines Kovac of "
                        + "Croatia in Zagreb."));
        assertEquals(List.of(
                "Hanna van der Berg | PERSON | President of the European Commission | -",
                "Robert Haldane | PERSON | Chairman of the Joint Chiefs of Staff | -",
                "Brussels | LOCATION | - | BE",
                "Europe | LOCATION | - | -"),
                entities(WIRE, "2024-07-15", "BRUSSELS, July 15 (AFP) - The President of the European Commission "
                        + "Hanna van der Berg met Chairman of the Joint Chiefs of Staff Gen. Robert Haldane in Brussels "
                        + "on Monday. Van der Berg said Europe would do more."));
    }

    @Test
    void aGovUkMinisterIsTheUkGovernmentsAndABodyInAnotherTitleIsNoEntity() {
        assertEquals(List.of(
                "Middle East | LOCATION | - | -",
                "Edward Lockwood | PERSON | Minister of State for the Middle East | GB",
                "Omar Haddad | PERSON | Director of the Egyptian Customs Authority | EG",
                "Cairo | LOCATION | - | EG"),
                entities(GOV_UK, "2024-03-12", "The Minister of State for the Middle East, Edward Lockwood, met the "
                        + "Director of the Egyptian Customs Authority, Omar Haddad, in Cairo. Lockwood said the talks "
                        + "were useful."));
    }

    @Test
    void honorificsAreTitlesNotNames() {
        assertEquals(List.of(
                "Laura Pennington | PERSON | Secretary of Defense | US",
                "Faisal bin Nasser | PERSON | Minister of Defense of Saudi Arabia | SA",
                "the Pentagon | LOCATION | - | US"),
                entities(READOUT, "2024-03-12", "Secretary of Defense Laura Pennington met with Saudi Minister of "
                        + "Defense Prince Faisal bin Nasser at the Pentagon today. Pennington and bin Nasser discussed "
                        + "regional security."));
        assertEquals(List.of(
                "Alan Brooks | PERSON | President | US",
                "Hamad bin Rashid Al Qasimi | PERSON | President of the United Arab Emirates | AE",
                "United Arab Emirates | LOCATION | - | AE"),
                entities(WHITE_HOUSE, "2024-03-12", "President Alan Brooks spoke today with President Sheikh Hamad "
                        + "bin Rashid Al Qasimi of the United Arab Emirates. The President thanked Sheikh Hamad for "
                        + "his partnership."));
        assertEquals(List.of(
                "Salman bin Khalid Al Sabah | PERSON | Crown Prince of Kuwait | KW",
                "Kuwait | LOCATION | - | KW",
                "Downing Street | LOCATION | - | GB"),
                entities(GOV_UK, "2024-03-12", "The Prime Minister met His Royal Highness Crown Prince Salman bin "
                        + "Khalid Al Sabah of Kuwait in Downing Street today. The Prime Minister and the Crown Prince "
                        + "discussed energy security."));
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Qatar | LOCATION | - | QA",
                "Tamim bin Jassim Al Mahmoud | PERSON | Emir of Qatar | QA",
                "the Kremlin | LOCATION | - | RU"),
                entities(KREMLIN, "2024-03-12", "Vladimir Sokolov met with Emir of Qatar Sheikh Tamim bin Jassim Al "
                        + "Mahmoud in the Kremlin. Sokolov thanked the Emir for the invitation."));
    }

    @Test
    void namesOutsideAngloPatternsKeepTheirFullFormAndLaterMentionsJoinIt() {
        assertEquals(List.of(
                "Lee Joon-ho | PERSON | President of South Korea | KR",
                "Tran Van Long | PERSON | President of Vietnam | VN",
                "Seoul | LOCATION | - | KR"),
                entities(WIRE, "2024-07-15", "SEOUL, July 15 (Yonhap) -- South Korean President Lee Joon-ho and "
                        + "Vietnamese President Tran Van Long held summit talks in Seoul on Monday. Lee said the two "
                        + "nations would expand cooperation, and Tran agreed."));
        assertEquals(List.of(
                "Mehmet Kadir Yildiz | PERSON | President of Turkey | TR",
                "Ana Paula Moreira da Costa | PERSON | President of Brazil | BR",
                "Ankara | LOCATION | - | TR",
                "Turkey | LOCATION | - | TR",
                "Brazil | LOCATION | - | BR",
                "Brasilia | LOCATION | - | BR"),
                entities(WIRE, "2024-07-15", "ANKARA, July 15 (Reuters) - Turkish President Mehmet Kadir Yildiz met "
                        + "Brazilian President Ana Paula Moreira da Costa in Ankara on Monday. Yildiz said Turkey and "
                        + "Brazil would boost trade. Moreira da Costa invited Yildiz to Brasilia."));
        assertEquals(List.of(
                "Abdul Karim al-Jabouri | PERSON | Prime Minister of Iraq | IQ",
                "Hanna van der Berg | PERSON | European Commission President | -",
                "Baghdad | LOCATION | - | IQ",
                "Iraq | LOCATION | - | IQ"),
                entities(WIRE, "2024-07-15", "BAGHDAD, July 15 (AP) - Iraqi Prime Minister Abdul Karim al-Jabouri met "
                        + "European Commission President Hanna van der Berg in Baghdad. Al-Jabouri said Iraq welcomed "
                        + "investment, while van der Berg pledged support."));
    }

    @Test
    void territoriesKeepTheirCodesAndRegionsHaveNone() {
        assertEquals(List.of(
                "HONG KONG | LOCATION | - | HK",
                "Guam | LOCATION | - | GU",
                "Puerto Rico | LOCATION | - | PR",
                "Manila | LOCATION | - | PH",
                "Asia-Pacific | LOCATION | - | -",
                "Southeast Asia | LOCATION | - | -",
                "the European Union | ORGANIZATION | - | -",
                "Philippine Coast Guard | ORGANIZATION | - | PH",
                "ASEAN | ORGANIZATION | - | -"),
                entities(WIRE, "2024-07-15", "HONG KONG, July 15 (Reuters) - Officials from Guam, Puerto Rico and Hong "
                        + "Kong met in Manila with delegates from the Asia-Pacific, Southeast Asia and the European "
                        + "Union. American and Japanese diplomats attended, as did officials from the Philippine Coast "
                        + "Guard and the ASEAN Secretariat."));
    }

    @Test
    void administrativeUnitsAndUnlistedPlacesTakeTheCountryTheyLieIn() {
        assertEquals(List.of(
                "Karen Ellis | PERSON | Deputy Secretary of State | US",
                "Osaka | LOCATION | - | JP",
                "Okinawa Prefecture | LOCATION | - | JP",
                "Middle East | LOCATION | - | -",
                "Central Asia | LOCATION | - | -",
                "the Japan Self-Defense Forces | ORGANIZATION | - | JP",
                "Ministry of Foreign Affairs | ORGANIZATION | - | JP"),
                entities("https://www.state.gov/x", "2024-03-12", "Deputy Secretary of State Karen Ellis traveled to "
                        + "Osaka and Okinawa Prefecture, then visited the Middle East and Central Asia. She met with "
                        + "officials of the Japan Self-Defense Forces and the Japanese Ministry of Foreign Affairs."));
        assertEquals(List.of(
                "Karen Ellis | PERSON | Ambassador | US",
                "Ghana | LOCATION | - | GH",
                "Techiman | LOCATION | - | GH",
                "Bono East Region | LOCATION | - | GH",
                "Nkwanta Camp | LOCATION | - | GH",
                "United States | LOCATION | - | US"),
                entities("https://gh.usembassy.gov/x", "2024-03-12", "Ambassador Karen Ellis visited Ghana this week. In "
                        + "Ghana she opened a clinic in Techiman and a school in the Bono East Region, and met health "
                        + "workers at Nkwanta Camp. Ghana thanked the United States."));
    }

    @Test
    void aNationalBodyNamedAloneBelongsToTheDatelinesCountry() {
        assertEquals(List.of(
                "Kenji Morimoto | PERSON | Foreign Minister of Japan | JP",
                "Washington | LOCATION | - | US",
                "Daniel Crowe | PERSON | Secretary of State of the United States | US",
                "Foreign Ministry | ORGANIZATION | - | JP"),
                entities(WIRE, "2024-07-15", "TOKYO, July 15 (Kyodo) -- Japanese Foreign Minister Kenji Morimoto will "
                        + "visit Washington next week to meet U.S. Secretary of State Daniel Crowe, the Foreign Ministry "
                        + "said on Monday."));
    }

    @Test
    void genericLowerCaseBodiesAreNoEntities() {
        assertEquals(List.of(
                "Laura Pennington | PERSON | Secretary of Defense | US",
                "Tomas Varga | PERSON | Minister of Defense of Hungary | HU",
                "Hungary | LOCATION | - | HU",
                "the Pentagon | LOCATION | - | US",
                "government of Hungary | ORGANIZATION | - | HU"),
                entities(READOUT, "2024-03-12", "Secretary of Defense Laura Pennington met with Minister of Defense "
                        + "Tomas Varga of Hungary at the Pentagon today. Pennington thanked the government of Hungary "
                        + "for its support and praised the ministry for its work with special forces. She said the "
                        + "embassy would host a reception."));
        assertEquals(List.of(
                "Alan Whitcombe | PERSON | Foreign Secretary | GB",
                "Joseph Kamau | PERSON | Foreign Minister of Kenya | KE",
                "London | LOCATION | - | GB"),
                entities(GOV_UK, "2024-03-12", "The Foreign Secretary, Alan Whitcombe, met the Kenyan Foreign Minister, "
                        + "Joseph Kamau, in London today. The two ministers agreed that the government would work with "
                        + "the parliament and the armed forces on reform."));
    }

    @Test
    void theStorysWritersAndEditorsAreNoEntities() {
        assertEquals(List.of(
                "Daniel Crowe | PERSON | Secretary of State of the United States | US",
                "Jakarta | LOCATION | - | ID",
                "Siti Rahmawati | PERSON | Foreign Minister of Indonesia | ID",
                "the State Department | ORGANIZATION | - | US"),
                entities(WIRE, "2024-07-15", "WASHINGTON (Reuters) - U.S. Secretary of State Daniel Crowe will travel "
                        + "to Jakarta next week for talks with Indonesian Foreign Minister Siti Rahmawati, the State "
                        + "Department said on Monday. (Reporting by Jane Holloway; Editing by Mark Pemberton and Lucy "
                        + "Tran)"));
        assertEquals(List.of(
                "Manila | LOCATION | - | PH",
                "Rodrigo Santos Bautista | PERSON | President of the Philippines | PH",
                "Hiroshi Tanabe | PERSON | Prime Minister of Japan | JP",
                "Philippine Coast Guard | ORGANIZATION | - | PH",
                "Japan | LOCATION | - | JP",
                "South China Sea | LOCATION | - | -"),
                entities(WIRE, "2024-07-15", "By Peter Lindqvist. MANILA, July 15 (Reuters) - Philippine President "
                        + "Rodrigo Santos Bautista met Japanese Prime Minister Hiroshi Tanabe in Manila on Monday. "
                        + "Bautista said the Philippine Coast Guard would hold drills with Japan's coast guard in the "
                        + "South China Sea."));
    }

    @Test
    void aCityBeforeASiteWordNamesTheSite() {
        assertEquals(List.of(
                "Arjun Mehta | PERSON | Prime Minister | IN",
                "Mohammed bin Fahd Al Saud | PERSON | Crown Prince of Saudi Arabia | SA",
                "Hyderabad House | LOCATION | - | IN"),
                entities(WIRE, "2024-07-15", "NEW DELHI, July 15 (PTI) - Prime Minister Arjun Mehta on Monday received "
                        + "Saudi Crown Prince Mohammed bin Fahd Al Saud at Hyderabad House. Mehta and the Crown Prince "
                        + "discussed the Abraham Accords."));
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Minsk | LOCATION | - | BY",
                "Belarus | LOCATION | - | BY",
                "Andrei Lukin | PERSON | President of Belarus | BY",
                "Minsk Palace | LOCATION | - | BY"),
                entities(KREMLIN, "2024-03-12", "Vladimir Sokolov arrived in Minsk, where he met President of Belarus "
                        + "Andrei Lukin at the Minsk Palace."));
    }

    @Test
    void aCountryWrittenOnlyAsAnAbbreviationKeepsItsWrittenName() {
        assertEquals(List.of(
                "Richard Hale | PERSON | Prime Minister | GB",
                "Marek Zielinski | PERSON | President of Poland | PL",
                "Poland | LOCATION | - | PL",
                "NATO | ORGANIZATION | - | -",
                "UK | LOCATION | - | GB"),
                entities(GOV_UK, "2024-03-12", "Prime Minister Richard Hale spoke to President Marek Zielinski of "
                        + "Poland this afternoon. The Prime Minister welcomed Poland's leadership in NATO and said the "
                        + "UK would work with Poland."));
    }

    @Test
    void aTwoLetterFamilyNameWrittenAloneIsTheSamePerson() {
        assertEquals(List.of(
                "Li Wenhua | PERSON | Premier of China | CN",
                "Germany | LOCATION | - | DE",
                "France | LOCATION | - | FR",
                "Dieter Vogel | PERSON | Chancellor of Germany | DE",
                "Berlin | LOCATION | - | DE"),
                entities(WIRE, "2024-07-15", "BEIJING, July 15 (AFP) - Chinese Premier Li Wenhua will visit Germany and "
                        + "France next week, the foreign ministry said. Li will meet German Chancellor Dieter Vogel in "
                        + "Berlin."));
    }

    @Test
    void theCapitalizedGovernmentOfAReleaseIsThatStatesBody() {
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Sergei Orlov | PERSON | Minister of Defence | RU",
                "Government | ORGANIZATION | - | RU",
                "Ministry of Defence | ORGANIZATION | - | RU"),
                entities(KREMLIN, "2024-03-12", "Vladimir Sokolov had a meeting with Minister of Defence Sergei Orlov. "
                        + "The Minister reported on the situation. The Government will allocate funds, and the Ministry "
                        + "of Defence will oversee the work."));
    }

    @Test
    void aNameTheTaggerGluedToTheBodyOfItsTitleIsThePerson() {
        assertEquals(List.of(
                "Vietnam | LOCATION | - | VN",
                "Nguyen Van Binh | PERSON | General Secretary of the Communist Party of Vietnam | VN",
                "Somsak Vongsa | PERSON | President of Laos | LA",
                "Hanoi | LOCATION | - | VN"),
                entities(WIRE, "2024-07-15", "HANOI, July 15 (Reuters) - General Secretary of the Communist Party of "
                        + "Vietnam Nguyen Van Binh received visiting Lao President Somsak Vongsa in Hanoi on Monday, "
                        + "Vietnam's state media reported. Binh said the two parties would deepen ties."));
    }

    @Test
    void aPartyNamedWithoutItsCountryBelongsToTheCountryTheStoryIsFrom() {
        assertEquals(List.of(
                "Hiroshi Tanabe | PERSON | Prime Minister of Japan | JP",
                "Liberal Progressive Party | ORGANIZATION | - | JP",
                "Washington | LOCATION | - | US"),
                entities(WIRE, "2024-07-15", "TOKYO, July 15 (Kyodo) -- Japanese Prime Minister Hiroshi Tanabe's ruling "
                        + "Liberal Progressive Party won a majority on Sunday, and Tanabe said he would visit Washington "
                        + "in September."));
    }

    @Test
    void aHyphenatedSecretaryGeneralKeepsGeneral() {
        assertEquals(List.of(
                "Japan | LOCATION | - | JP",
                "Hiroshi Tanabe | PERSON | Prime Minister of Japan | JP",
                "South Korea | LOCATION | - | KR",
                "Lee Joon-ho | PERSON | President of South Korea | KR",
                "Carlos Mendes | PERSON | U.N. Secretary-General | -",
                "U.N. | ORGANIZATION | - | -"),
                entities(WIRE, "2024-07-15", "TOKYO, July 15 (Kyodo) -- Japan's Prime Minister Hiroshi Tanabe and South "
                        + "Korea's President Lee Joon-ho agreed on Monday to resume shuttle diplomacy. U.N. "
                        + "Secretary-General Carlos Mendes welcomed the move, which the U.N. had urged."));
    }
}
