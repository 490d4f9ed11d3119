package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's default English NER ({@value #ANNOTATORS}, default ner options: 3 CRF models, numeric
 * classifiers, SUTime, fine-grained KBP regexner), the reference of the speed guard "enrichment ÷ default
 * NER": {@code visitwire bench}'s raw section and the {@code bench-jmh} module both measure it through this
 * class. The engine never uses it. Loading costs ~1 GB of heap and 10-20 s.
 */
public final class DefaultEnglishNer {

    public static final String ANNOTATORS = "tokenize,pos,lemma,ner";

    private final StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());

    /** CoreNLP's defaults for English NER; only the language is said, nothing else is tuned. */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("tokenize.language", "en");
        return props;
    }

    /** Annotates an article's body, then its title, with its publication date as document date, as the engine reads them. */
    public List<Annotation> annotate(String title, String body, LocalDate published) {
        List<Annotation> docs = new ArrayList<>(2);
        for (String text : List.of(body, title)) {
            Annotation doc = new Annotation(text);
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            pipeline.annotate(doc);
            docs.add(doc);
        }
        return docs;
    }
}
