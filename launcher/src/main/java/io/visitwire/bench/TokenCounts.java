package io.visitwire.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's own token counts (English tokenizer, title + body, as the engine reads them), the
 * unit of every tokens/s figure. Tokenizing is ~1 % of the NLP cost and is done once, untimed.
 */
public final class TokenCounts {

    private final StanfordCoreNLP tokenizer;
    private final Map<String, Integer> counts = new HashMap<>();

    public TokenCounts() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        props.setProperty("tokenize.language", "en");
        this.tokenizer = new StanfordCoreNLP(props);
    }

    public synchronized int of(SyntheticArticle article) {
        return counts.computeIfAbsent(article.id(), id -> count(article.title()) + count(article.body()));
    }

    public long total(List<SyntheticArticle> articles) {
        return articles.stream().mapToLong(this::of).sum();
    }

    private int count(String text) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
