package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Entity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organizations and places per ANNOTATION.md on sentences written for this test: a state's government under
 * every name the text gives it is one body, the embassy that publishes a release is not annotated, a body
 * takes the country named with it, a state's formal name is the state, a place inside an event's name is not
 * annotated. Styles: U.S. readouts and embassy releases, GOV.UK, wire news. Each test asserts the whole
 * entity list, {@code name | TYPE | title | country}. Uses the shared CoreNLP pipeline.
 */
class EntityBodiesAndPlacesTest {

    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor();
    private static final String STATE = "https://www.state.gov/x";
    private static final String GOV_UK = "https://www.gov.uk/government/news/x";
    private static final String WIRE = "https://www.example-news.com/world/x";

    private static List<String> entities(String url, String source, String body) {
        Article a = Article.newBuilder().setId("t").setUrl(url).setSource(source).setPublished("2026-03-10")
                .setDateline(null).setTitle("Test article").setBody(body).setReceivedAt(Instant.EPOCH).build();
        return EXTRACTOR.enrich(a).getEntities().stream().map(EntityBodiesAndPlacesTest::line).toList();
    }

    private static String line(Entity e) {
        return e.getName() + " | " + e.getType() + " | " + or(e.getTitle()) + " | " + or(e.getCountry());
    }

    private static String or(CharSequence s) {
        return s == null ? "-" : s.toString();
    }

    @Test
    void everyNameOfAStatesGovernmentIsOneBody() {
        assertEquals(List.of(
                "United States Government | ORGANIZATION | - | US",
                "Kenya | LOCATION | - | KE"),
                entities(STATE, "U.S. Department of State", "The United States Government will provide $5 million to "
                        + "Kenya. The U.S. Government has long supported Kenya."));
        assertEquals(List.of(
                "Government of the Republic of Mozambique | ORGANIZATION | - | MZ",
                "Government of the United States | ORGANIZATION | - | US",
                "Maputo | LOCATION | - | MZ"),
                entities("https://mz.usembassy.gov/x", "U.S. Embassy in Mozambique", "The Government of the Republic "
                        + "of Mozambique and the Government of the United States signed the agreement in Maputo."));
        assertEquals(List.of(
                "Kenyan Government | ORGANIZATION | - | KE"),
                entities(GOV_UK, "GOV.UK", "The Kenyan Government welcomed the funding. The Kenyan government has "
                        + "long called for it."));
    }

    @Test
    void aGovernmentDescribedInLowerCaseIsNoBody() {
        assertEquals(List.of(
                "Kenya | LOCATION | - | KE"),
                entities(WIRE, "Example Wire", "NAIROBI, March 10 (Reuters) - The U.S. government said on Tuesday it "
                        + "would cut aid to Kenya."));
    }

    @Test
    void theEmbassyPublishingTheReleaseIsNotAnnotatedAnotherEmbassyIs() {
        assertEquals(List.of(
                "Ghana Health Service | ORGANIZATION | - | GH",
                "Accra | LOCATION | - | GH"),
                entities("https://gh.usembassy.gov/x", "U.S. Embassy in Ghana", "The U.S. Embassy donated medical "
                        + "supplies to the Ghana Health Service in Accra."));
        assertEquals(List.of(
                "Karen Ellis | PERSON | Secretary | US",
                "U.S. Embassy | ORGANIZATION | - | US",
                "Port Moresby | LOCATION | - | PG"),
                entities(STATE, "U.S. Department of State", "Under Secretary Karen Ellis will dedicate the new U.S. "
                        + "Embassy in Port Moresby."));
        assertEquals(List.of(
                "U.S. Embassy | ORGANIZATION | - | US",
                "Nairobi | LOCATION | - | KE"),
                entities(STATE, "U.S. Department of State", "The U.S. Embassy in Nairobi announced new funding."));
    }

    @Test
    void aBodyTakesTheCountryNamedAfterOrBeforeIt() {
        assertEquals(List.of(
                "Karen Ellis | PERSON | Secretary | US",
                "Ministry of Foreign Affairs of Peru | ORGANIZATION | - | PE",
                "Washington | LOCATION | - | US"),
                entities(STATE, "U.S. Department of State", "Secretary Karen Ellis met officials of the Ministry of "
                        + "Foreign Affairs of Peru in Washington."));
        assertEquals(List.of(
                "Chile | LOCATION | - | CL",
                "Ministry of Defense | ORGANIZATION | - | CL"),
                entities(WIRE, "Example Wire", "LIMA, March 10 (Reuters) - Chile's Ministry of Defense said on "
                        + "Tuesday the exercises would continue."));
    }

    @Test
    void aStatesFormalNameInsideATitleIsTheState() {
        assertEquals(List.of(
                "Socialist Republic of Vietnam | LOCATION | - | VN",
                "Nguyen Van An | PERSON | President of the Socialist Republic of Vietnam | VN",
                "Sonexay Phomvihane | PERSON | Prime Minister of Laos | LA",
                "Hanoi | LOCATION | - | VN"),
                entities(WIRE, "Example Wire", "HANOI, March 10 (Reuters) - President of the Socialist Republic of "
                        + "Vietnam Nguyen Van An received Laotian Prime Minister Sonexay Phomvihane in Hanoi on Tuesday."));
        assertEquals(List.of(
                "Government of the United Republic of Tanzania | ORGANIZATION | - | TZ",
                "Dodoma | LOCATION | - | TZ"),
                entities(STATE, "U.S. Department of State", "The envoy met officials of the Government of the United "
                        + "Republic of Tanzania in Dodoma."));
    }

    @Test
    void aPlaceInsideAnEventsOrTreatysNameIsNoEntity() {
        assertEquals(List.of(
                "Karen Ellis | PERSON | Secretary | US",
                "Lima | LOCATION | - | PE",
                "Paris | LOCATION | - | FR"),
                entities(STATE, "U.S. Department of State", "Secretary Karen Ellis will attend the Summit of the "
                        + "Americas in Lima. She discussed the Treaty of Versailles with students in Paris."));
    }

    @Test
    void aSentencesOpeningTheIsNoPartOfAListedNameAfterIt() {
        assertEquals(List.of(
                "Taiwan | LOCATION | - | TW",
                "People's Liberation Army | ORGANIZATION | - | CN"),
                entities(WIRE, "Example Wire", "TAIPEI, March 10 (Reuters) - Taiwan's defence ministry said Chinese "
                        + "warships were operating near the island. The People's Liberation Army said the drills had ended."));
        assertEquals(List.of(
                "Alan Whitcombe | PERSON | Foreign Secretary | GB",
                "Rajesh Verma | PERSON | External Affairs Minister of India | IN",
                "Foreign, Commonwealth and Development Office | ORGANIZATION | - | GB",
                "The UK | LOCATION | - | GB",
                "India | LOCATION | - | IN"),
                entities(GOV_UK, "GOV.UK", "Foreign Secretary Alan Whitcombe met Indian External Affairs Minister "
                        + "Rajesh Verma at the Foreign, Commonwealth and Development Office. The UK and India agreed to "
                        + "deepen cooperation."));
    }
}
