package io.visitwire.enrich.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP pipeline of the process.
 *
 * <p>Loading costs 15–25 s and ~1 GB of heap, so it happens once per JVM, on first use
 * ({@link #shared()}, initialization-on-demand holder). {@link StanfordCoreNLP#annotate} keeps no
 * per-document state in the annotators, so concurrent calls on the shared instance are safe.
 *
 * <p>Annotator choice (measured, see docs/NLP-NOTES.md):
 * <ul>
 *   <li>{@code tokenize,pos,lemma,ner}: the base; {@code ssplit} is folded into {@code tokenize}
 *       in 4.5.x. NER is ~95 % of the cost, but every downstream rule needs PERSON/ORG/LOCATION.</li>
 *   <li>Fine-grained NER stays on: CITY/COUNTRY/STATE_OR_PROVINCE/NATIONALITY/TITLE are what
 *       the visit, host and title rules key on. It is ~60 % of NER time; the planned speed-up is
 *       regex-free copies of the KBP mapping files (same mentions, ~2x), not turning it off.</li>
 *   <li>Numeric classifiers stay on: SUTime (DATE normalization against {@code DocDateAnnotation})
 *       and MONEY run inside them; without them there are no dates, dues or amounts.</li>
 *   <li>{@code depparse} (+~20 %): enhanced++ dependencies give subject, {@code xcomp} and
 *       {@code obl:with} relations that the visit and commitment rules need; the surface-order
 *       fallbacks are wrong on appositions and coordinated subjects.</li>
 *   <li>No {@code coref}: 2–5x slower and, on this kind of text, worse than name + title
 *       matching (splits "the secretary" from its person, sends "he" to the wrong leader).</li>
 *   <li>No {@code quote}, {@code openie}, {@code kbp}: little gain for visits or commitments at
 *       0.6–1.2 s per article; quote attribution is approximated by the "X said" rule.</li>
 * </ul>
 */
public final class NlpPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);

    private final StanfordCoreNLP pipeline;

    private NlpPipeline(Properties props) {
        long t0 = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        LOG.info("CoreNLP pipeline loaded in {} ms ({})", (System.nanoTime() - t0) / 1_000_000,
                props.getProperty("annotators"));
    }

    /** The process-wide pipeline, loaded on first call. */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    /** The settings of the shared pipeline; exposed so the bench and the notes can quote them. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // Results must not depend on which articles the JVM saw before (reproducible runs).
        p.setProperty("ner.maxAdditionalKnownLCWords", "0");
        p.setProperty("maxAdditionalKnownLCWords", "0");
        return p;
    }

    /**
     * Annotates one text. Relative dates ("yesterday", "next month") resolve against
     * {@code docDate}, so callers pass the article's publication date.
     */
    public Annotation annotate(String text, LocalDate docDate) {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        pipeline.annotate(doc);
        return doc;
    }

    /** Parses {@code text} into the engine-neutral document model the rules work on. */
    public ParsedText parse(String text, LocalDate docDate) {
        return ParsedText.from(text, docDate, annotate(text, docDate));
    }

    private static final class Holder {
        static final NlpPipeline INSTANCE = new NlpPipeline(properties());
    }
}
