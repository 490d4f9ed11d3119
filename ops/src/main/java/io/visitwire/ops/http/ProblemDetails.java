package io.visitwire.ops.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The error bodies of every visitwire HTTP server: RFC 9457 problem details, {@code application/problem+json},
 * with {@code type}, {@code title}, {@code status} and {@code detail}. Two extension members keep what clients read
 * before: {@code error} (a one-line summary) and {@code problems} (what was wrong with which field; empty when no
 * field is at fault).
 *
 * <p>The HTTP layer's refusals (unknown path, wrong method, malformed HTTP) are {@link #ABOUT_BLANK}: the status
 * says it all. The API's own refusals have a type of their own, {@link #TYPE_PREFIX} + a name.
 */
public final class ProblemDetails {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** RFC 9457 §4.2.1: no meaning beyond the status code, whose phrase is then the title. */
    public static final String ABOUT_BLANK = "about:blank";
    /** visitwire's problem types are identifiers to compare, not links to follow: tag URIs (RFC 4151). */
    public static final String TYPE_PREFIX = "tag:visitwire,2025:problem:";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemDetails() {
    }

    /** The type URI of one of visitwire's own problems, e.g. {@code unsupported_media_type}. */
    public static String type(String name) {
        return TYPE_PREFIX + name;
    }

    /** A problem with {@code error} set to {@code detail} and no {@code problems}; callers may replace both. */
    public static ObjectNode of(int status, String type, String title, String detail) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("error", detail);
        body.putArray("problems");
        return body;
    }

    /** An {@link #ABOUT_BLANK} problem: the title is the status's reason phrase. */
    public static ObjectNode ofStatus(int status, String detail) {
        return of(status, ABOUT_BLANK, reasonPhrase(status), detail);
    }

    public static String reasonPhrase(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? (status >= 500 ? "Server Error" : "Client Error") : known.getMessage();
    }

    public static byte[] bytes(ObjectNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem body", e);
        }
    }

    /** Answers with {@code body}, its {@code status} member as the response status. */
    public static void send(Context ctx, ObjectNode body) {
        ctx.status(body.get("status").asInt()).contentType(CONTENT_TYPE).result(bytes(body));
    }
}
