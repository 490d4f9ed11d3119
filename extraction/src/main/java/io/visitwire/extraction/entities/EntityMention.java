package io.visitwire.extraction.entities;

/** One occurrence of a canonical entity: sentence, token range (end exclusive) and body offsets. */
public record EntityMention(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text) {
}
