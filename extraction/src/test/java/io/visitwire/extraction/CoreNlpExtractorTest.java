package io.visitwire.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Entity;
import io.visitwire.schemas.avro.EntityType;
import io.visitwire.schemas.avro.TemporalExpression;
import io.visitwire.schemas.avro.VisitMention;
import io.visitwire.schemas.avro.VisitStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end rules on short texts written for this test. Uses the shared pipeline, so CoreNLP loads
 * once for the whole test JVM; the articles are enriched once for all assertions.
 */
class CoreNlpExtractorTest {

    private static final CoreNlpExtractor ENRICHER = new CoreNlpExtractor();
    private static EnrichedArticle visit;
    private static EnrichedArticle call;

    @BeforeAll
    static void enrichOnce() {
        visit = ENRICHER.enrich(article("t-visit",
                "LIMA, March 4, 2019 — Foreign Secretary Jane Whitcombe arrived in Lima yesterday and met with "
                        + "Peruvian Foreign Minister Carlos Quispe Mamani. Whitcombe said the two countries would deepen "
                        + "their trade ties. She promised to send additional medical supplies to the region. The ministers "
                        + "discussed the possibility of a joint naval exercise."));
        call = ENRICHER.enrich(article("t-call",
                "President Anna Lindqvist spoke by phone today with Prime Minister Tom Hardwick of Canada. "
                        + "The two leaders discussed trade and a visit to Ottawa."));
    }

    private static Article article(String id, String body) {
        return Article.newBuilder().setId(id).setUrl("https://www.example.gov/news/" + id).setSource("Department of State")
                .setPublished("2019-03-04").setDateline(null).setTitle("Test article").setBody(body)
                .setReceivedAt(Instant.EPOCH).build();
    }

    private static Entity entity(EnrichedArticle a, String name) {
        return a.getEntities().stream().filter(e -> e.getName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + a.getEntities()));
    }

    @Test
    void metadata() {
        assertEquals("en", visit.getLanguage());
        assertEquals(CoreNlpExtractor.ENGINE_VERSION, visit.getEngineVersion());
    }

    @Test
    void surnameMentionsMergeIntoOnePerson() {
        Entity p = entity(visit, "Jane Whitcombe");
        assertEquals(EntityType.PERSON, p.getType());
        assertTrue(p.getMentions().size() >= 2, "mentions " + p.getMentions());
        assertEquals(1, visit.getEntities().stream().filter(e -> e.getName().toString().contains("Whitcombe")).count());
    }

    @Test
    void titleAndCountryFromTheTitlePhrase() {
        Entity host = entity(visit, "Carlos Quispe Mamani");
        assertEquals("PE", host.getCountry());
        assertEquals("Foreign Minister of Peru", host.getTitle()); // a foreign office names its country
        Entity visitor = entity(visit, "Jane Whitcombe");
        assertEquals("Foreign Secretary", visitor.getTitle());
        assertEquals("US", visitor.getCountry()); // publisher's country for an unqualified office
    }

    @Test
    void placesGetIsoCountries() {
        assertEquals("PE", entity(visit, "Lima").getCountry());
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        List<String> values = visit.getDates().stream().map(TemporalExpression::getValue).map(String::valueOf).toList();
        assertTrue(values.contains("2019-03-03"), values.toString());
    }

    @Test
    void arrivalAndMeetingAbroadIsACompletedVisit() {
        assertEquals(1, visit.getVisits().size(), visit.getVisits().toString());
        VisitMention v = visit.getVisits().get(0);
        assertEquals("Jane Whitcombe", v.getVisitor().getName().toString());
        assertEquals("PE", v.getCountry());
        assertEquals("Lima", String.valueOf(v.getPlace()));
        assertEquals(VisitStatus.COMPLETED, v.getStatus());
        assertEquals("2019-03-03", String.valueOf(v.getStart()));
        assertTrue(v.getHosts().stream().anyMatch(h -> h.getName().toString().equals("Carlos Quispe Mamani")));
    }

    @Test
    void phoneCallIsNotAVisit() {
        assertTrue(call.getVisits().isEmpty(), call.getVisits().toString());
    }

    @Test
    void promiseIsACommitmentOfTheResolvedSpeaker() {
        // medical supplies sent are resources: a PLEDGE, though "promised" (ANNOTATION.md)
        Commitment c = visit.getCommitments().stream().filter(x -> x.getKind() == CommitmentKind.PLEDGE).findFirst()
                .orElseThrow(() -> new AssertionError(visit.getCommitments().toString()));
        assertEquals("Jane Whitcombe", c.getCommitter().toString());
        assertTrue(c.getAction().toString().startsWith("send additional medical supplies"), c.getAction().toString());
        assertNotNull(c.getEvidence());
    }

    @Test
    void hedgesAndPossibilitiesAreNotCommitments() {
        assertEquals(1, visit.getCommitments().size(), visit.getCommitments().toString());
        assertTrue(call.getCommitments().isEmpty(), call.getCommitments().toString());
    }
}
