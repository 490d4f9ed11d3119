package io.visitwire.schemas;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Entity;
import io.visitwire.schemas.avro.EntityType;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.Mention;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.TemporalExpression;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitMention;
import io.visitwire.schemas.avro.VisitStatus;
import java.time.Instant;
import java.util.List;

/** One fully populated example of each record, written for the tests (this module's and, through its test jar, others'). */
public final class SampleRecords {

    public static final Instant NOW = Instant.parse("2024-03-05T10:15:30Z");

    public static Article article() {
        return Article.newBuilder()
                .setId("a-1").setUrl("https://example.org/news/1").setSource("Example Wire")
                .setPublished("2024-03-05").setDateline("OSLO").setTitle("Minister visits Oslo")
                .setBody("OSLO, March 5, 2024 — The minister arrived in Oslo today.")
                .setReceivedAt(NOW).build();
    }

    public static Evidence evidence() {
        return Evidence.newBuilder().setArticleId("a-1").setUrl("https://example.org/news/1")
                .setSentence("The minister arrived in Oslo today.").setStart(24).setEnd(59).build();
    }

    public static PersonRef visitor() {
        return PersonRef.newBuilder().setName("Jane Example").setTitle("Foreign Minister").setCountry("SE").build();
    }

    public static Commitment commitment() {
        return Commitment.newBuilder().setId("c-1").setArticleId("a-1").setCommitter("Jane Example")
                .setCommitterType("PERSON").setRecipient(null).setAction("open an embassy in Oslo")
                .setKind(CommitmentKind.PLAN).setDue("2024-06").setAmount(5.0e7).setCurrency("USD")
                .setConfidence(0.8).setEvidence(evidence()).setRules(List.of("commitment.will-verb")).build();
    }

    public static VisitMention visitMention() {
        return VisitMention.newBuilder().setVisitor(visitor()).setPlace("Oslo").setCountry("NO")
                .setStart("2024-03-05").setEnd(null).setHosts(List.of(PersonRef.newBuilder().setName("Ola Host").build()))
                .setStatus(VisitStatus.ONGOING).setEvidence(evidence())
                .setRules(List.of("visit.move-verb", "visit.status.progressive")).build();
    }

    public static EnrichedArticle enrichedArticle() {
        return EnrichedArticle.newBuilder().setArticleId("a-1").setUrl("https://example.org/news/1")
                .setSource("Example Wire").setPublished("2024-03-05").setTitle("Minister visits Oslo")
                .setLanguage("en").setEngineVersion("test")
                .setEntities(List.of(Entity.newBuilder().setId("e1").setName("Oslo").setType(EntityType.LOCATION)
                        .setSubtype("CITY").setCountry("NO").setTitle(null)
                        .setMentions(List.of(new Mention("Oslo", 0, 4))).build()))
                .setDates(List.of(new TemporalExpression("today", "2024-03-05", 54, 59)))
                .setCommitments(List.of(commitment())).setVisits(List.of(visitMention()))
                .setEnrichedAt(NOW).build();
    }

    public static VisitEvent visitEvent() {
        return VisitEvent.newBuilder().setVisitId("v-1").setVisitor(visitor()).setPlace("Oslo").setCountry("NO")
                .setStart("2024-03-05").setEnd("2024-03-06").setHosts(List.of())
                .setStatus(VisitStatus.COMPLETED).setTopics(List.of("energy"))
                .setCommitmentIds(List.of("c-1"))
                .setSources(List.of(new SourceRef("a-1", "https://example.org/news/1", "2024-03-05")))
                .setEvidence(List.of(evidence())).setUpdatedAt(NOW)
                .setRules(List.of("visit.move-verb", "visit.status.past-tense")).build();
    }

    private SampleRecords() {
    }
}
