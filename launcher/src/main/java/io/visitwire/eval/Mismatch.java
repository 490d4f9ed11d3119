package io.visitwire.eval;

/**
 * A matched item whose attribute differs from gold, e.g. a visit found with the wrong
 * start date. {@code field} is an {@link Attribute} label or "visit.hosts".
 */
public record Mismatch(String field, String item, String gold, String predicted) {
}
