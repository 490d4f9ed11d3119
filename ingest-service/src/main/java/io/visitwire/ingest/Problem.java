package io.visitwire.ingest;

/**
 * One reason an article was refused.
 *
 * @param field   the JSON field at fault, or {@code null} when the problem concerns the whole document
 *                (malformed JSON, not an object)
 * @param message what is wrong, for a human; never contains the field's value beyond a short excerpt
 */
public record Problem(String field, String message) {

    public static Problem ofDocument(String message) {
        return new Problem(null, message);
    }
}
