package io.visitwire.extraction.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitMention;
import io.visitwire.schemas.avro.VisitStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-article step of visits: an article's mentions become one visit per visitor and country. */
class VisitAssemblerTest {

    private static final Instant NOW = Instant.parse("2024-05-02T08:00:00Z");

    @Test
    void mentionsOfOneVisitInOneArticleBecomeOneVisitWithTheFullestFields() {
        {
            List<VisitEvent> visits = new VisitAssembler().assemble(article(
                    mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED, "Ana Host"),
                    mention("Maria Example", null, "2024-05-02", VisitStatus.ONGOING, "Rui Other")), NOW);

            assertEquals(1, visits.size());
            VisitEvent visit = visits.get(0);
            assertEquals("PT", visit.getCountry());
            assertEquals("Lisbon", visit.getPlace());
            assertEquals("2024-05-01", visit.getStart());
            assertEquals("2024-05-02", visit.getEnd());
            assertEquals(VisitStatus.COMPLETED, visit.getStatus());
            assertEquals(List.of("Ana Host", "Rui Other"), visit.getHosts().stream().map(PersonRef::getName).toList());
            assertEquals("art-1", visit.getSources().get(0).getArticleId());
            assertEquals(List.of("c-1"), visit.getCommitmentIds());
        }
    }

    @Test
    void aVisitCarriesTheRulesOfAllItsMentionsOnceEach() {
        VisitMention arrival = VisitMention.newBuilder(mention("Maria Example", "Lisbon", "2024-05-01",
                VisitStatus.COMPLETED)).setRules(List.of("visit.move-verb", "visit.status.past-tense")).build();
        VisitMention talks = VisitMention.newBuilder(mention("Maria Example", null, "2024-05-02", VisitStatus.ONGOING,
                "Ana Host")).setRules(List.of("visit.met-in-place", "visit.hosts.met-with", "visit.status.past-tense")).build();

        List<VisitEvent> visits = new VisitAssembler().assemble(article(arrival, talks), NOW);

        assertEquals(List.of("visit.move-verb", "visit.status.past-tense", "visit.met-in-place", "visit.hosts.met-with"),
                visits.get(0).getRules());
    }

    @Test
    void twoVisitorsWithOneSurnameInOneArticleAreTwoVisitsUnderTwoKeys() {
        List<VisitEvent> visits = new VisitAssembler().assemble(article(
                mention("Kenji Example", null, null, VisitStatus.COMPLETED),
                mention("Samuel Example", null, null, VisitStatus.COMPLETED),
                mention("Example", "Porto", null, VisitStatus.COMPLETED)), NOW);

        assertEquals(List.of("Kenji Example", "Samuel Example"), visits.stream().map(v -> v.getVisitor().getName()).toList());
        assertEquals("Porto", visits.get(0).getPlace(), "a bare surname joins the first that fits");
        assertNotEquals(visits.get(0).getVisitId(), visits.get(1).getVisitId());
    }

    @Test
    void aMentionOfAnotherTripToTheCountryIsAVisitOfItsOwn() {
        List<VisitEvent> visits = new VisitAssembler().assemble(article(
                mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.ONGOING, "Ana Host"),
                mention("Maria Example", null, "2022-03", VisitStatus.COMPLETED),
                mention("Maria Example", null, "2024-04", VisitStatus.COMPLETED, "Rui Other")), NOW);

        // March 2022 is years away: a background visit of its own; April 2024 touches the trip's days: the same visit
        assertEquals(List.of("Lisbon | 2024-04 | COMPLETED | [Ana Host, Rui Other]", "null | 2022-03 | COMPLETED | []"),
                visits.stream().map(v -> v.getPlace() + " | " + v.getStart() + " | " + v.getStatus() + " | "
                        + v.getHosts().stream().map(PersonRef::getName).toList()).toList());
        assertNotEquals(visits.get(0).getVisitId(), visits.get(1).getVisitId());
    }

    /**
     * "Arrived in Lisbon ... promised to open a consulate ... left for Madrid": the promise belongs to the visit the
     * article was telling when it reported it, not to every visit of the visitor; one reported before any visit
     * belongs to the visit told first.
     */
    @Test
    void eachCommitmentBelongsToTheVisitTheArticleWasTellingWhenItReportedIt() {
        VisitMention lisbon = VisitMention.newBuilder(mention("Maria Example", "Lisbon", "2024-05-01", VisitStatus.COMPLETED))
                .setEvidence(new Evidence("art-1", null, "She arrived in Lisbon.", 0, 22)).build();
        VisitMention madrid = VisitMention.newBuilder(mention("Maria Example", "Madrid", null, VisitStatus.PLANNED))
                .setCountry("ES").setEvidence(new Evidence("art-1", null, "She then left for Madrid.", 200, 225)).build();
        Commitment consulate = commitment("c-consulate", "Maria Example", 100);
        Commitment earlier = commitment("c-earlier", "Maria Example", 0);
        Commitment inMadrid = commitment("c-madrid", "Example", 230);
        Commitment someoneElse = commitment("c-other", "Ana Host", 110);
        EnrichedArticle article = EnrichedArticle.newBuilder(article(lisbon, madrid))
                .setCommitments(List.of(consulate, earlier, inMadrid, someoneElse)).build();

        List<VisitEvent> visits = new VisitAssembler().assemble(article, NOW);

        assertEquals(List.of("Lisbon [c-consulate, c-earlier]", "Madrid [c-madrid]"),
                visits.stream().map(v -> v.getPlace() + " " + v.getCommitmentIds()).toList());
    }

    private static Commitment commitment(String id, String committer, int reportedAt) {
        return Commitment.newBuilder().setId(id).setArticleId("art-1").setCommitter(committer).setAction("open a consulate")
                .setKind(CommitmentKind.PLAN).setEvidence(new Evidence("art-1", null, "She promised.", reportedAt, reportedAt + 13))
                .build();
    }

    private static Evidence evidence() {
        return new Evidence("art-1", null, "She arrived in Lisbon.", 0, 22);
    }

    private static VisitMention mention(String visitor, String place, String start, VisitStatus status, String... hosts) {
        return VisitMention.newBuilder()
                .setVisitor(PersonRef.newBuilder().setName(visitor).setTitle("Foreign Minister").setCountry("NO").build())
                .setPlace(place).setCountry("PT").setStart(start).setEnd(null)
                .setHosts(java.util.Arrays.stream(hosts).map(h -> PersonRef.newBuilder().setName(h).build()).toList())
                .setStatus(status).setEvidence(evidence()).build();
    }

    private static EnrichedArticle article(VisitMention... mentions) {
        return article("art-1", "2024-05-02", mentions);
    }

    private static EnrichedArticle article(String articleId, String published, VisitMention... mentions) {
        Commitment commitment = Commitment.newBuilder().setId("c-1").setArticleId("art-1").setCommitter("Maria Example")
                .setAction("open a consulate").setKind(CommitmentKind.PLAN).setEvidence(evidence()).build();
        return EnrichedArticle.newBuilder().setArticleId(articleId).setTitle("t").setEngineVersion("test")
                .setPublished(published).setCommitments(List.of(commitment)).setVisits(List.of(mentions))
                .setEnrichedAt(NOW).build();
    }
}
