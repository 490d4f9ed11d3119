package io.visitwire.bench;

import io.visitwire.extraction.nlp.TokenCounter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's own token counts (English tokenizer, title + body, as the engine reads them: {@link TokenCounter}),
 * the unit of every tokens/s figure. Tokenizing is ~1 % of the NLP cost and is done once, untimed.
 */
public final class TokenCounts {

    private final TokenCounter tokenizer = new TokenCounter();
    private final Map<String, Integer> counts = new HashMap<>();

    public synchronized int of(SyntheticArticle article) {
        return counts.computeIfAbsent(article.id(), id -> tokenizer.count(article.title(), article.body()));
    }

    public long total(List<SyntheticArticle> articles) {
        return articles.stream().mapToLong(this::of).sum();
    }
}
