package io.visitwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extract output's provenance: every visit and commitment names the rules that produced it. */
class ContractJsonTest {

    private static final Instant NOW = Instant.parse("2024-05-02T08:00:00Z");
    private static final Evidence EVIDENCE = new Evidence("a-1", null, "She arrived in Lisbon.", 0, 22);

    @Test
    void visitsAndCommitmentsCarryTheirRuleIds() {
        Commitment commitment = Commitment.newBuilder().setId("c-1").setArticleId("a-1").setCommitter("Maria Example")
                .setAction("open a consulate").setKind(CommitmentKind.PLAN).setEvidence(EVIDENCE)
                .setRules(List.of("commitment.will-verb", "commitment.committer.subject")).build();
        Commitment older = Commitment.newBuilder(commitment).setId("c-2").setRules(List.of()).build();
        VisitEvent visit = VisitEvent.newBuilder().setVisitId("v-1")
                .setVisitor(PersonRef.newBuilder().setName("Maria Example").build()).setCountry("PT")
                .setStatus(VisitStatus.COMPLETED).setEvidence(List.of(EVIDENCE)).setUpdatedAt(NOW)
                .setRules(List.of("visit.move-verb", "visit.status.past-tense")).build();
        EnrichedArticle article = EnrichedArticle.newBuilder().setArticleId("a-1").setTitle("t").setEngineVersion("test")
                .setCommitments(List.of(commitment, older)).setEnrichedAt(NOW).build();

        JsonNode json = ContractJson.result(article, List.of(visit));

        assertEquals("[\"visit.move-verb\",\"visit.status.past-tense\"]", json.at("/visits/0/rules").toString());
        assertEquals("[\"commitment.will-verb\",\"commitment.committer.subject\"]",
                json.at("/commitments/0/rules").toString());
        assertEquals("[]", json.at("/commitments/1/rules").toString(), "an item without rules still has the field");
    }
}
