package io.visitwire.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Entity;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.Mention;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitEvent;
import java.util.List;

/**
 * One line of {@code visitwire extract}'s output, in CONTRACT.md's shape: the fields the
 * scorer reads, plus ids, offsets and details that users of the output want.
 */
public final class ContractJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static ObjectNode result(EnrichedArticle article, List<VisitEvent> visits) {
        ObjectNode result = NODES.objectNode();
        result.put("id", article.getArticleId());
        ArrayNode entities = result.putArray("entities");
        article.getEntities().forEach(entity -> entities.add(entity(entity)));
        ArrayNode commitments = result.putArray("commitments");
        article.getCommitments().forEach(commitment -> commitments.add(commitment(commitment)));
        ArrayNode visitNodes = result.putArray("visits");
        visits.forEach(visit -> visitNodes.add(visit(visit)));
        ArrayNode dates = result.putArray("dates");
        article.getDates().forEach(date -> dates.addObject().put("text", date.getText()).put("value", date.getValue())
                .put("start", date.getStart()).put("end", date.getEnd()));
        result.put("language", article.getLanguage());
        result.put("engineVersion", article.getEngineVersion());
        return result;
    }

    /** The line for an input line that could not be read: the same position, saying why. */
    public static ObjectNode error(String id, int lineNumber, String message) {
        ObjectNode result = NODES.objectNode();
        result.put("id", id);
        result.putArray("entities");
        result.putArray("commitments");
        result.putArray("visits");
        result.put("error", "line " + lineNumber + ": " + message);
        return result;
    }

    private static ObjectNode entity(Entity entity) {
        ObjectNode node = NODES.objectNode();
        node.put("id", entity.getId());
        node.put("name", entity.getName());
        node.put("type", entity.getType().name());
        node.put("subtype", entity.getSubtype());
        node.put("country", entity.getCountry());
        node.put("title", entity.getTitle());
        ArrayNode mentions = node.putArray("mentions");
        for (Mention mention : entity.getMentions()) {
            mentions.addObject().put("text", mention.getText()).put("start", mention.getStart()).put("end", mention.getEnd());
        }
        return node;
    }

    private static ObjectNode commitment(Commitment commitment) {
        ObjectNode node = NODES.objectNode();
        node.put("id", commitment.getId());
        node.put("committer", commitment.getCommitter());
        node.put("committerType", commitment.getCommitterType());
        node.put("recipient", commitment.getRecipient());
        node.put("action", commitment.getAction());
        node.put("kind", commitment.getKind().name());
        node.put("due", commitment.getDue());
        if (commitment.getAmount() != null) {
            node.put("amount", commitment.getAmount());
            node.put("currency", commitment.getCurrency());
        }
        node.put("confidence", commitment.getConfidence());
        evidence(node, commitment.getEvidence());
        rules(node, commitment.getRules());
        return node;
    }

    private static ObjectNode visit(VisitEvent visit) {
        ObjectNode node = NODES.objectNode();
        node.put("visitId", visit.getVisitId());
        node.put("visitor", visit.getVisitor().getName());
        node.put("visitorTitle", visit.getVisitor().getTitle());
        node.put("visitorCountry", visit.getVisitor().getCountry());
        node.put("place", visit.getPlace());
        node.put("country", visit.getCountry());
        node.put("start", visit.getStart());
        node.put("end", visit.getEnd());
        ArrayNode hosts = node.putArray("hosts");
        ArrayNode hostDetails = node.putArray("hostDetails");
        for (PersonRef host : visit.getHosts()) {
            hosts.add(host.getName());
            hostDetails.addObject().put("name", host.getName()).put("title", host.getTitle()).put("country", host.getCountry());
        }
        node.put("status", visit.getStatus().name());
        ArrayNode commitmentIds = node.putArray("commitmentIds");
        visit.getCommitmentIds().forEach(commitmentIds::add);
        if (!visit.getEvidence().isEmpty()) {
            evidence(node, visit.getEvidence().get(0));
        }
        rules(node, visit.getRules());
        return node;
    }

    /** The ids of the rules that produced the item, for {@code eval --by-rule}. */
    private static void rules(ObjectNode node, List<String> rules) {
        ArrayNode array = node.putArray("rules");
        rules.forEach(array::add);
    }

    private static void evidence(ObjectNode node, Evidence evidence) {
        node.put("evidence", evidence.getSentence());
        node.putObject("evidenceSpan").put("start", evidence.getStart()).put("end", evidence.getEnd());
    }

    private ContractJson() {
    }
}
