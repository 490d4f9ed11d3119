package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Entity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People's names and countries on sentences written for this test (invented people), each behaviour in the
 * styles of the unseen sets: wire news with a dateline, U.S. readouts, GOV.UK and Kremlin releases. Every test
 * asserts the whole entity list of the article, one line per entity in order of first mention:
 * {@code name | TYPE | title | country}. Uses the shared CoreNLP pipeline.
 */
class EntityNameShapesTest {

    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor();
    private static final String STATE = "https://www.state.gov/x";
    private static final String WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/x";
    private static final String GOV_UK = "https://www.gov.uk/government/news/x";
    private static final String KREMLIN = "http://en.kremlin.ru/events/president/news/x";
    private static final String WIRE = "https://www.example-news.com/world/x";

    private static List<String> entities(String url, String body) {
        Article a = Article.newBuilder().setId("t").setUrl(url).setSource("Test source").setPublished("2026-03-10")
                .setDateline(null).setTitle("Test article").setBody(body).setReceivedAt(Instant.EPOCH).build();
        return EXTRACTOR.enrich(a).getEntities().stream().map(EntityNameShapesTest::line).toList();
    }

    private static String line(Entity e) {
        return e.getName() + " | " + e.getType() + " | " + or(e.getTitle()) + " | " + or(e.getCountry());
    }

    private static String or(CharSequence s) {
        return s == null ? "-" : s.toString();
    }

    @Test
    void aPlaceNameThatIsPartOfAPersonsNameIsThePerson() {
        assertEquals(List.of(
                "Ana Lima | PERSON | U.N. Secretary-General | -"),
                entities(WIRE, "GENEVA, March 10 (AFP) - U.N. Secretary-General Ana Lima said on Tuesday that the "
                        + "talks would resume. Lima told reporters the ceasefire was holding."));
        assertEquals(List.of(
                "Daniel Crowe | PERSON | Secretary of State | US",
                "Paulo Santiago | PERSON | Foreign Minister of the Philippines | PH",
                "Philippines | LOCATION | - | PH",
                "Washington | LOCATION | - | US"),
                entities(STATE, "Secretary of State Daniel Crowe met with Foreign Minister Paulo Santiago of the "
                        + "Philippines in Washington. Santiago thanked Secretary Crowe for the support."));
        assertEquals(List.of(
                "Florence | PERSON | - | -",
                "London | LOCATION | - | GB"),
                entities(GOV_UK, "The Foreign Secretary met Mr. Florence, the head of the chamber of commerce, in "
                        + "London on Monday."));
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Seychelles | LOCATION | - | SC",
                "Maria Victoria | PERSON | Ambassador of Seychelles | SC"),
                entities(KREMLIN, "Vladimir Sokolov had a meeting with Ambassador of Seychelles Maria Victoria. "
                        + "Victoria presented her credentials."));
    }

    @Test
    void aPlaceNamedLikeAPersonAfterAPrepositionStaysThePlace() {
        assertEquals(List.of(
                "Paulo Santiago | PERSON | Foreign Minister of the Philippines | PH",
                "Santiago | LOCATION | - | CL",
                "Lima | LOCATION | - | PE"),
                entities(WIRE, "MANILA, March 10 (Reuters) - Philippine Foreign Minister Paulo Santiago will travel "
                        + "to Santiago and Lima next week."));
    }

    @Test
    void aCountrysPossessiveBeforeANameGivesThePersonsCountry() {
        assertEquals(List.of(
                "South Korea | LOCATION | - | KR",
                "Kim Dae-sung | PERSON | - | KR",
                "Japan | LOCATION | - | JP",
                "Kenji Mori | PERSON | - | JP",
                "Seoul | LOCATION | - | KR"),
                entities(WIRE, "SEOUL, March 10 (Yonhap) -- South Korea's Kim Dae-sung and Japan's Kenji Mori met in "
                        + "Seoul on Tuesday."));
        assertEquals(List.of(
                "Alan Brooks | PERSON | President | US",
                "Uganda | LOCATION | - | UG",
                "Yoweri Okello | PERSON | - | UG"),
                entities(WHITE_HOUSE, "President Alan Brooks spoke with Uganda's Yoweri Okello about trade."));
        assertEquals(List.of(
                "Brazil | LOCATION | - | BR",
                "Paulo Andrade | PERSON | - | BR",
                "London | LOCATION | - | GB"),
                entities(GOV_UK, "The Foreign Secretary met Brazil's Paulo Andrade in London."));
    }

    @Test
    void anOfficeWithACountryAndNoNameGivesTheCountryOfThePersonNamedBefore() {
        assertEquals(List.of(
                "Mehmet Aksoy | PERSON | - | -",
                "Saeed al-Nuaimi | PERSON | minister of the United Arab Emirates | AE",
                "Ankara | LOCATION | - | TR"),
                entities(WIRE, "ANKARA, March 10 (Reuters) - Mehmet Aksoy met Saeed al-Nuaimi in Ankara on Tuesday. "
                        + "The Emirati minister said the two countries would sign a trade deal."));
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Nurlan Abenov | PERSON | President of Kazakhstan | KZ",
                "Moscow | LOCATION | - | RU",
                "Kazakhstan | LOCATION | - | KZ"),
                entities(KREMLIN, "Vladimir Sokolov held talks with Nurlan Abenov, who arrived in Moscow on an "
                        + "official visit. The President of Kazakhstan thanked his counterpart for the invitation."));
        assertEquals(List.of(
                "Daniel Mwangi | PERSON | - | -",
                "Yoweri Okello | PERSON | president of Uganda | UG",
                "Uganda | LOCATION | - | UG"),
                entities(WIRE, "NAIROBI, March 10 (AFP) - Daniel Mwangi hosted Yoweri Okello on Tuesday. Uganda's "
                        + "president told reporters that trade had doubled."));
    }

    @Test
    void anOfficeMetAsAnObjectIsNotThePersonNamedBefore() {
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Astana | LOCATION | - | KZ",
                "Kazakhstan | LOCATION | - | KZ"),
                entities(KREMLIN, "Vladimir Sokolov arrived in Astana. He met the President of Kazakhstan on Tuesday."));
    }

    @Test
    void anOfficeAloneInAReleaseIsThePrincipalNamedWithoutOne() {
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | President | RU",
                "Government | ORGANIZATION | - | RU"),
                entities(KREMLIN, "Vladimir Sokolov met with the region's governor on Monday. The President "
                        + "instructed the Government to provide payments to the region."));
        // on GOV.UK a president is always another country's: the office alone refers to no one named before
        assertEquals(List.of(
                "Marek Kovac | PERSON | President of Slovenia | SI",
                "Slovenia | LOCATION | - | SI",
                "Downing Street | LOCATION | - | GB"),
                entities(GOV_UK, "The Prime Minister met President Marek Kovac of Slovenia in Downing Street. The "
                        + "President thanked the Prime Minister for the invitation."));
    }

    @Test
    void anApppositionAfterAnHonorificGivesTheOffice() {
        assertEquals(List.of(
                "Khalid bin Rashid Al Mansouri | PERSON | President of the United Arab Emirates | AE",
                "United Arab Emirates | LOCATION | - | AE",
                "London | LOCATION | - | GB"),
                entities(GOV_UK, "The Prime Minister met Sheikh Khalid bin Rashid Al Mansouri, the President of the "
                        + "United Arab Emirates, in London."));
        assertEquals(List.of(
                "Tamim bin Hamad | PERSON | Emir of Qatar | QA",
                "Qatar | LOCATION | - | QA",
                "Ali Rezaei | PERSON | Foreign Minister of Iran | IR",
                "Doha | LOCATION | - | QA"),
                entities(WIRE, "DOHA, March 10 (Reuters) - Sheikh Tamim bin Hamad, the Emir of Qatar, received "
                        + "Iranian Foreign Minister Ali Rezaei in Doha."));
    }

    @Test
    void namesOutsideAngloPatternsKeepTheirFullFormAndCountry() {
        assertEquals(List.of(
                "Ahmet Kemal Özdemir | PERSON | President of Turkey | TR",
                "Gábor Szalai | PERSON | Prime Minister of Hungary | HU",
                "Ankara | LOCATION | - | TR"),
                entities(WIRE, "ANKARA, March 10 (Reuters) - Turkish President Ahmet Kemal Özdemir met Hungarian "
                        + "Prime Minister Gábor Szalai in Ankara. Özdemir said the two countries would expand trade."));
        assertEquals(List.of(
                "João Carlos Ferreira da Costa | PERSON | President of Brazil | BR",
                "Martín Alejandro Ruiz | PERSON | President of Argentina | AR",
                "Brasilia | LOCATION | - | BR"),
                entities(WIRE, "BRASILIA, March 10 (Reuters) - Brazilian President João Carlos Ferreira da Costa met "
                        + "Argentine President Martín Alejandro Ruiz in Brasilia. Ferreira da Costa said trade would grow."));
        assertEquals(List.of(
                "Helga von der Berg | PERSON | European Commission President | -",
                "Pieter van den Broek | PERSON | Prime Minister of the Netherlands | NL",
                "Brussels | LOCATION | - | BE"),
                entities(WIRE, "BRUSSELS, March 10 (AFP) - European Commission President Helga von der Berg met Dutch "
                        + "Prime Minister Pieter van den Broek in Brussels. Von der Berg said the bloc was united."));
        assertEquals(List.of(
                "Abdel Karim al-Masri | PERSON | President of Egypt | EG",
                "Ayman al-Khatib | PERSON | Foreign Minister of Jordan | JO",
                "Cairo | LOCATION | - | EG"),
                entities(WIRE, "CAIRO, March 10 (AP) - Egyptian President Abdel Karim al-Masri received Jordanian "
                        + "Foreign Minister Ayman al-Khatib in Cairo. Al-Masri said the two countries would coordinate."));
        assertEquals(List.of(
                "Faisal bin Salman | PERSON | Minister of Defense of Saudi Arabia | SA",
                "Mark Dalton | PERSON | envoy | US",
                "Riyadh | LOCATION | - | SA"),
                entities(WIRE, "RIYADH, March 10 (Reuters) - Saudi Defense Minister Prince Faisal bin Salman met U.S. "
                        + "envoy Mark Dalton in Riyadh on Tuesday. Faisal bin Salman said the kingdom valued the partnership."));
    }

    @Test
    void anOfficeTheTaggerGluedToANameIsTheOfficeAndThePlaceItServes() {
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | - | -",
                "Tver Region | LOCATION | - | RU",
                "Igor Belov | PERSON | Governor of the Tver Region | RU"),
                entities(KREMLIN, "Vladimir Sokolov met with Governor of the Tver Region Igor Belov. The Governor "
                        + "reported on the harvest in the region."));
        assertEquals(List.of(
                "Kharkiv | LOCATION | - | UA",
                "Oleh Petrenko | PERSON | Mayor of Kharkiv | UA"),
                entities(WIRE, "KYIV, March 10 (Reuters) - Mayor of Kharkiv Oleh Petrenko said two people were killed "
                        + "in the overnight strike."));
    }

    @Test
    void aWiresLeaderNamedByNationalityIsThePersonNamedBefore() {
        assertEquals(List.of(
                "Vladimir Sokolov | PERSON | President of Russia | RU",
                "Kassym-Jomart Baimukhanov | PERSON | leader | KZ",
                "the Kremlin | LOCATION | - | RU",
                "the Kremlin | ORGANIZATION | - | RU"),
                entities(WIRE, "MOSCOW, March 10 (Reuters) - Russian President Vladimir Sokolov held talks with "
                        + "Kassym-Jomart Baimukhanov in the Kremlin on Tuesday, the Kremlin said. The Kazakh leader said "
                        + "the two countries would expand trade, according to the foreign ministry."));
    }

    @Test
    void aLaterMentionWithoutTheArticleOrWithPlainLettersIsTheSamePerson() {
        assertEquals(List.of(
                "Abdel Karim al-Masri | PERSON | President of Egypt | EG",
                "Omar Hassan | PERSON | army chief | SD",
                "Cairo | LOCATION | - | EG",
                "Egypt | LOCATION | - | EG"),
                entities(WIRE, "CAIRO, March 10 (Reuters) - Egyptian President Abdel Karim al-Masri met Sudanese army "
                        + "chief Omar Hassan in Cairo. Masri said Egypt would support a ceasefire."));
        assertEquals(List.of(
                "Mehmet Kadir Yıldırım | PERSON | President of Turkey | TR",
                "Erik Lindholm | PERSON | Prime Minister of Sweden | SE",
                "Turkey | LOCATION | - | TR"),
                entities(WIRE, "ANKARA, March 10 (Reuters) - Turkish President Mehmet Kadir Yıldırım spoke with Swedish "
                        + "Prime Minister Erik Lindholm. Yildirim said Turkey wanted progress."));
        assertEquals(List.of(
                "Tomasz Łukowski | PERSON | Minister of Defence of Poland | PL",
                "Warsaw | LOCATION | - | PL"),
                entities(GOV_UK, "The Defence Secretary met Polish Minister of Defence Tomasz Łukowski in Warsaw. "
                        + "Lukowski welcomed the deployment."));
    }

    @Test
    void aBodyRightBeforeALowerCaseOfficeIsPartOfTheTitle() {
        assertEquals(List.of(
                "Helga von der Berg | PERSON | - | -",
                "Taras Kovalenko | PERSON | Prime Minister of Ukraine | UA"),
                entities(WIRE, "BRUSSELS, March 10 (Reuters) - Helga von der Berg, the European Commission president, "
                        + "said on Tuesday the bloc would respond. Von der Berg spoke after meeting Ukrainian Prime "
                        + "Minister Taras Kovalenko."));
        assertEquals(List.of(
                "Dmitry Volkov | PERSON | Kremlin spokesman | RU",
                "Ukraine | LOCATION | - | UA"),
                entities(WIRE, "MOSCOW, March 10 (Reuters) - Kremlin spokesman Dmitry Volkov said on Tuesday that talks "
                        + "with Ukraine would continue."));
    }
}
