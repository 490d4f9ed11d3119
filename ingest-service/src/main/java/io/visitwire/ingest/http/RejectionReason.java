package io.visitwire.ingest.http;

import io.visitwire.ops.http.ProblemDetails;
import java.util.Locale;

/**
 * Why the API refused an article: the {@code reason} label of {@code visitwire_articles_rejected_total}, and the
 * name of the problem type of the answer ({@link ProblemDetails#type}), so the two tell the same story.
 */
public enum RejectionReason {
    /** Not well-formed JSON (or not UTF-8). */
    MALFORMED_JSON("Malformed JSON"),
    /** Well-formed JSON that is not a valid article: a field missing, mistyped or out of bounds. */
    INVALID_ARTICLE("Invalid article"),
    /** The request, the article's body, or the article as a Kafka record, is larger than allowed. */
    TOO_LARGE("Too large"),
    /** Missing or wrong Content-Type, or a charset other than UTF-8. */
    UNSUPPORTED_MEDIA_TYPE("Unsupported media type"),
    /** No or wrong bearer token. */
    UNAUTHORIZED("Unauthorized"),
    /** An empty request, a batch of blank lines, or a body that could not be read (cut short, or too slow). */
    EMPTY_REQUEST("Empty or unreadable request"),
    /** Kafka did not acknowledge the article in time. */
    BROKER_UNAVAILABLE("Kafka unavailable"),
    /** The article could not be encoded: a bug. */
    INTERNAL_ERROR("Internal error");

    private final String title;

    RejectionReason(String title) {
        this.title = title;
    }

    /** The Prometheus label value: {@code malformed_json}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The problem type's title: the same for every refusal of this kind. */
    public String title() {
        return title;
    }

    public String problemType() {
        return ProblemDetails.type(label());
    }
}
