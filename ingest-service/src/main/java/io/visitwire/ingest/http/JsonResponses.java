package io.visitwire.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.visitwire.ingest.Problem;
import io.visitwire.ops.http.ProblemDetails;
import io.visitwire.schemas.RecordJson;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON bodies of the API, written with the project's own mapper rather than the Javalin instance's, which
 * a launcher embedding the routes may have configured differently. Refusals are problem details
 * ({@link ProblemDetails}) whose type is the {@link RejectionReason}, with the API's {@code error} and
 * {@code problems} members.
 */
final class JsonResponses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A batch none of whose lines is an article: each line's own reason is in {@code rejected}. */
    static final String NO_VALID_ARTICLE_TYPE = ProblemDetails.type("no_valid_article");

    /**
     * A refusal: {@code error} is the one-line summary; {@code detail} every problem's message when there are any
     * (the title already says what kind of problem it is), so a client reading only the standard members learns
     * what to fix.
     */
    static ObjectNode problem(int status, RejectionReason reason, String error, List<Problem> problems) {
        return problem(status, reason.problemType(), reason.title(), error, problems);
    }

    /** A batch with no valid line: 400, the lines listed in {@code rejected} by the caller. */
    static ObjectNode noValidArticle(int lines) {
        ObjectNode body = problem(400, NO_VALID_ARTICLE_TYPE, "No valid article", "no valid article in the batch", List.of());
        body.put("detail", (lines == 1 ? "the batch's only line is" : "none of the batch's " + lines + " lines is")
                + " a valid article; 'rejected' lists each line's problems");
        return body;
    }

    private static ObjectNode problem(int status, String type, String title, String error, List<Problem> problems) {
        String detail = problems.isEmpty() ? error : problems.stream().map(Problem::message).collect(Collectors.joining("; "));
        ObjectNode body = ProblemDetails.of(status, type, title, detail);
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

    /** Answers {@code body}: a problem when it has a {@code type}, else plain JSON. */
    static void send(Context ctx, int status, ObjectNode body) {
        try {
            ctx.status(status)
                    .contentType(body.has("type") ? ProblemDetails.CONTENT_TYPE : "application/json")
                    .result(RecordJson.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON response", e);
        }
    }

    static void send(Context ctx, RejectedRequest rejection) {
        send(ctx, rejection.status(), problem(rejection.status(), rejection.reason(), rejection.error(), rejection.problems()));
    }

    private JsonResponses() {
    }
}
