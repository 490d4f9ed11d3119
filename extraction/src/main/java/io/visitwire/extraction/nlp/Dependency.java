package io.visitwire.extraction.nlp;

/** An enhanced++ dependency edge between two tokens of one sentence (0-based indices; governor -1 = root). */
public record Dependency(String relation, int governor, int dependent) {
}
