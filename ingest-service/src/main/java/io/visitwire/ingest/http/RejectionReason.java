package io.visitwire.ingest.http;

import java.util.Locale;

/** Why the API refused an article: the {@code reason} label of {@code visitwire_articles_rejected_total}. */
public enum RejectionReason {
    /** Not well-formed JSON (or not UTF-8). */
    MALFORMED_JSON,
    /** Well-formed JSON that is not a valid article: a field missing, mistyped or out of bounds. */
    INVALID_ARTICLE,
    /** The request, or the article as a Kafka record, is larger than allowed. */
    TOO_LARGE,
    /** Missing or wrong Content-Type, or a charset other than UTF-8. */
    UNSUPPORTED_MEDIA_TYPE,
    /** No or wrong bearer token. */
    UNAUTHORIZED,
    /** An empty request, a batch of blank lines, or a body that could not be read. */
    EMPTY_REQUEST,
    /** Kafka did not acknowledge the article in time. */
    BROKER_UNAVAILABLE,
    /** The article could not be encoded: a bug. */
    INTERNAL_ERROR;

    /** The Prometheus label value: {@code malformed_json}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
