package io.visitwire.sink.query;

/**
 * The stores cannot answer right now (503 with {@code Retry-After}): the Streams app is starting, rebalancing or
 * restoring, a partition has no running owner, or the instance owning one did not answer. Never answered with a
 * partial or empty list instead.
 */
public final class NotQueryable extends RuntimeException {

    public NotQueryable(String message) {
        super(message);
    }

    public NotQueryable(String message, Throwable cause) {
        super(message, cause);
    }
}
