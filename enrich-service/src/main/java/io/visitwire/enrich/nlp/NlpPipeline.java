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
 *
 * <h2>NER model and its CoNLL-2003 accuracy</h2>
 * The tagger is CoreNLP 4.5.10's default English NER: the combination of the 3-class (PER/LOC/ORG),
 * MUC 7-class and CoNLL 4-class CRF models, then the KBP fine-grained rules (TITLE, COUNTRY, CITY,
 * NATIONALITY...) and SUTime. No public CoNLL-2003 data is available to this build, so the figures are the
 * measured ones of docs/NLP-NOTES.md (CoNLL-2003 English test, gold tokens): the default combination
 * F1 89.8 on PER/LOC/ORG; the 4-class model alone F1 89.1 (PER 94.1, LOC 91.2, ORG 85.5, MISC 81.2).
 * The combination is kept over the faster 4-class model alone (~4,300 tokens/s) because the rules need
 * the fine-grained types and dates, which only the full NER step produces, and its PER/LOC/ORG F1 is the
 * higher one. {@code ner.maxAdditionalKnownLCWords=0} keeps results independent of the articles a JVM
 * saw before. What CoNLL does not measure - organizations split or missed, names untagged after an
 * office, buildings that are institutions - is repaired after tagging (package {@code entities}) and
 * measured on the dev articles by {@code visitwire eval}.
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
