package io.visitwire.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.visitwire.ingest.Problem;
import io.visitwire.schemas.RecordJson;
import java.util.List;

/**
 * The JSON bodies of the API, written with the project's own mapper rather than the Javalin instance's, which
 * a launcher embedding the routes may have configured differently.
 */
final class JsonResponses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ObjectNode error(String error, List<Problem> problems) {
        ObjectNode body = NODES.objectNode();
        body.put("error", error);
        body.set("problems", problems(problems));
        return body;
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = NODES.arrayNode();
        for (Problem problem : problems) {
            ObjectNode item = array.addObject();
            item.put("field", problem.field());
            item.put("message", problem.message());
        }
        return array;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static void send(Context ctx, int status, ObjectNode body) {
        try {
            ctx.status(status).contentType("application/json").result(RecordJson.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON response", e);
        }
    }

    static void send(Context ctx, RejectedRequest rejection) {
        send(ctx, rejection.status(), error(rejection.error(), rejection.problems()));
    }

    private JsonResponses() {
    }
}
