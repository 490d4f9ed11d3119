package io.visitwire.extraction.nlp;

/**
 * A date expression: text, body offsets, sentence, and the normalized first and last day
 * ({@code start} = {@code end} for a single date; either may be null when unresolved).
 */
public record DateMention(String text, int begin, int end, int sentence, String start, String last) {
}
