package io.visitwire.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds hand-written gold articles and predictions in CONTRACT.md's shape. */
final class Extraction {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode body = NODES.objectNode();
    private ObjectNode last;

    Extraction() {
        body.putArray("entities");
        body.putArray("commitments");
        body.putArray("visits");
    }

    Extraction entity(String name, String type, String country) {
        return entity(name, type, country, null);
    }

    Extraction entity(String name, String type, String country, String title) {
        ((ArrayNode) body.get("entities")).addObject()
                .put("name", name).put("type", type).put("country", country).put("title", title);
        return this;
    }

    Extraction visit(String visitor, String place, String country, String start, String end, String status,
                     String... hosts) {
        ObjectNode visit = ((ArrayNode) body.get("visits")).addObject()
                .put("visitor", visitor).put("visitorCountry", "US").put("place", place).put("country", country)
                .put("start", start).put("end", end).put("status", status)
                .put("evidence", visitor + " visited " + (place == null ? country : place) + ".");
        ArrayNode hostNames = visit.putArray("hosts");
        for (String host : hosts) {
            hostNames.add(host);
        }
        last = visit;
        return this;
    }

    Extraction commitment(String committer, String recipient, String action, String kind, String due, String evidence) {
        last = ((ArrayNode) body.get("commitments")).addObject()
                .put("committer", committer).put("recipient", recipient).put("action", action)
                .put("kind", kind).put("due", due).put("evidence", evidence);
        return this;
    }

    /** The ids of the rules that produced the visit or commitment added last. */
    Extraction rules(String... ids) {
        ArrayNode rules = last.putArray("rules");
        for (String id : ids) {
            rules.add(id);
        }
        return this;
    }

    /** A dev-file line: the article with its annotation under {@code gold}. */
    ObjectNode asGold(String id) {
        ObjectNode article = NODES.objectNode().put("id", id).put("title", id).put("body", "…");
        article.set("gold", body.deepCopy());
        return article;
    }

    /** A result line of {@code visitwire extract}. */
    ObjectNode asPrediction(String id) {
        ObjectNode result = body.deepCopy();
        return NODES.objectNode().put("id", id).setAll(result);
    }
}
