package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own token count of a text (English tokenizer alone), the unit of every tokens/s figure of
 * {@code visitwire bench} and {@code bench-jmh}. Tokenizing is ~1 % of the NLP cost; loads in well under a second.
 */
public final class TokenCounter {

    private final StanfordCoreNLP tokenizer;

    public TokenCounter() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        props.setProperty("tokenize.language", "en");
        this.tokenizer = new StanfordCoreNLP(props);
    }

    /** Tokens of an article as the engine reads it: title plus body. */
    public int count(String title, String body) {
        return count(title) + count(body);
    }

    public int count(String text) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
