package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP pipeline of the process, run as a cascade: cheap annotators on every sentence,
 * expensive ones only where they can change the output.
 *
 * <p>Loading costs 15–25 s and ~1 GB of heap, so it happens once per JVM, on first use
 * ({@link #shared()}, initialization-on-demand holder). {@link StanfordCoreNLP#annotate} keeps no
 * per-document state in the annotators, so concurrent calls on the shared instance are safe.
 *
 * <h2>The cascade (chosen by measurement on the dev articles, one thread: JFR profiles, {@code AnnotatorCostProbe})</h2>
 * <ol>
 *   <li>Every sentence: {@code tokenize,pos,lemma,ner} with the 3-class and MUC 7-class CRF models and the
 *       numeric classifiers, without SUTime and without CoreNLP's fine-grained step. The default's third
 *       model, CoNLL 4-class, adds only MISC ({@link #CRF_MODELS}): ~5 % of the time, no change in output.</li>
 *   <li>Every sentence: the fine-grained KBP types ({@link FineGrainedTypes}), the same labels as CoreNLP's
 *       step from its literal gazetteer entries, by trie. CoreNLP's step with its regular-expression entries
 *       was about half of all NER time; without them, still a quarter of the engine's profile.</li>
 *   <li>Sentences with a calendar word, a number shaped like a date or a temporal tag ({@link TimeCues}, ~35 %
 *       of tokens): SUTime, through a second NER step with no CRF model; only its temporal labels are taken.
 *       On every sentence SUTime was about as costly as the CRF models.</li>
 *   <li>Sentences with a visit or commitment trigger ({@link SyntaxTriggers}) and their neighbours that name
 *       a person: {@code depparse} (enhanced++). No other rule reads the parse.</li>
 *   <li>Entity mentions are built once, over the merged labels.</li>
 * </ol>
 * The single-pass pipeline the cascade replaced ({@link #singlePass()}: all annotators on every
 * sentence, CoreNLP's own gazetteers) gives the same {@code visitwire eval} results on the dev set at
 * under half the speed; {@code visitwire bench} measures both.
 *
 * <p>Annotator choice (measured, see docs/NLP-NOTES.md):
 * <ul>
 *   <li>{@code tokenize,pos,lemma,ner}: the base; {@code ssplit} is folded into {@code tokenize}
 *       in 4.5.x. NER is ~95 % of the cost, but every downstream rule needs PERSON/ORG/LOCATION.</li>
 *   <li>Fine-grained types stay: CITY/COUNTRY/STATE_OR_PROVINCE/NATIONALITY/TITLE are what the visit,
 *       host and title rules key on; they are made fast ({@link FineGrainedTypes}), not turned off.</li>
 *   <li>Numeric classifiers stay on: SUTime (DATE normalization against {@code DocDateAnnotation})
 *       and MONEY run inside them; without them there are no dates, dues or amounts.</li>
 *   <li>{@code depparse}: enhanced++ dependencies give subject, {@code xcomp} and
 *       {@code obl:with} relations that the visit and commitment rules need; the surface-order
 *       fallbacks are wrong on appositions and coordinated subjects.</li>
 *   <li>No {@code coref}: 2–5x slower and, on this kind of text, worse than name + title
 *       matching (splits "the secretary" from its person, sends "he" to the wrong leader).</li>
 *   <li>No {@code quote}, {@code openie}, {@code kbp}: little gain for visits or commitments at
 *       0.6–1.2 s per article; quote attribution is approximated by the "X said" rule.</li>
 * </ul>
 *
 * <h2>NER model and its CoNLL-2003 accuracy</h2>
 * The tagger is CoreNLP 4.5.10's default English NER less its CoNLL 4-class model: the 3-class (PER/LOC/ORG)
 * and MUC 7-class CRF models, then the KBP fine-grained types (TITLE, COUNTRY, CITY, NATIONALITY...) and
 * SUTime. In the default combination the PER/LOC/ORG labels are the 3-class model's (later models only add
 * labels it lacks), so leaving out the 4-class model loses MISC and nothing else. No public CoNLL-2003 data
 * is available to this build, so the figures are the measured ones of docs/NLP-NOTES.md (CoNLL-2003 English
 * test, gold tokens): the default combination F1 89.8 on PER/LOC/ORG; the 4-class model alone F1 89.1
 * (PER 94.1, LOC 91.2, ORG 85.5, MISC 81.2). The 3-class model is kept over the 4-class model alone (~35 %
 * faster in the cascade's first step) because its PER/LOC/ORG F1 is the higher one and the rules are tuned
 * to it: with the 4-class model alone, dev
 * entity F1 fell from 0.98 to 0.86 and visit F1 from 1.00 to 0.79. {@code ner.maxAdditionalKnownLCWords=0} keeps results independent of the articles a JVM
 * saw before. What CoNLL does not measure - organizations split or missed, names untagged after an
 * office, buildings that are institutions - is repaired after tagging (package {@code entities}) and
 * measured on the dev articles by {@code visitwire eval}.
 */
public final class NlpPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
    /**
     * The default combination without its last model. In CoreNLP's combination a later model only adds
     * labels the earlier ones lack: the MUC model adds DATE, TIME, MONEY and PERCENT (its "Dec. 8-9" dates
     * are kept), the CoNLL 4-class model only MISC, which no rule tells from O. Leaving it out changes no
     * PERSON, ORGANIZATION or LOCATION label.
     */
    private static final String CRF_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

    private final boolean cascade;
    private final StanfordCoreNLP tagger;
    private final FineGrainedTypes fineGrainedTypes;
    private final TimeTagger timeTagger;
    private final StanfordCoreNLP parser;
    private final StanfordCoreNLP mentions;

    private NlpPipeline(boolean cascade) {
        long t0 = System.nanoTime();
        this.cascade = cascade;
        if (cascade) {
            this.tagger = new StanfordCoreNLP(taggerProperties());
            this.fineGrainedTypes = FineGrainedTypes.load();
            this.timeTagger = new TimeTagger();
            this.parser = new StanfordCoreNLP(only("depparse"), false);
            this.mentions = new StanfordCoreNLP(only("entitymentions"), false);
        } else {
            this.tagger = new StanfordCoreNLP(properties());
            this.fineGrainedTypes = null;
            this.timeTagger = null;
            this.parser = null;
            this.mentions = null;
        }
        LOG.info("CoreNLP {} loaded in {} ms", cascade ? "cascade" : "single-pass pipeline",
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The process-wide cascade, loaded on first call. */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    /**
     * Every annotator on every sentence, with CoreNLP's own gazetteers: what the cascade replaced, kept
     * so that {@code visitwire bench} measures both in one run. Loaded on first call.
     */
    public static NlpPipeline singlePass() {
        return SinglePassHolder.INSTANCE;
    }

    /** The settings of the single-pass pipeline (annotators and NER options). */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        // a blank line ends a sentence: "May 24, 2018, St Petersburg" over a release's first paragraph, a heading
        // over its text, are not one sentence with it
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // Results must not depend on which articles the JVM saw before (reproducible runs).
        p.setProperty("ner.maxAdditionalKnownLCWords", "0");
        p.setProperty("maxAdditionalKnownLCWords", "0");
        return p;
    }

    /** The settings of the cascade's first step, run on every sentence. */
    public static Properties taggerProperties() {
        Properties p = properties();
        p.setProperty("annotators", "tokenize,pos,lemma,ner");
        p.setProperty("ner.model", CRF_MODELS);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.applyFineGrained", "false"); // FineGrainedTypes does it, same labels
        return p;
    }

    private static Properties only(String annotator) {
        Properties p = new Properties();
        p.setProperty("annotators", annotator);
        p.setProperty("tokenize.language", "en");
        return p;
    }

    /**
     * Annotates one text. Relative dates ("yesterday", "next month") resolve against
     * {@code docDate}, so callers pass the article's publication date.
     */
    public Annotation annotate(String text, LocalDate docDate) {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        tagger.annotate(doc);
        if (!cascade) {
            return doc;
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        sentences.forEach(s -> fineGrainedTypes.annotate(s.get(CoreAnnotations.TokensAnnotation.class)));
        timeTagger.tag(doc);
        List<CoreMap> triggered = sentences.stream()
                .filter(s -> SyntaxTriggers.present(s.get(CoreAnnotations.TokensAnnotation.class)))
                .toList();
        List<CoreMap> toParse = withNeighbours(sentences, triggered);
        if (!toParse.isEmpty()) {
            parser.annotate(subset(doc, toParse));
        }
        mentions.annotate(doc);
        return doc;
    }

    /**
     * The triggered sentences and, where they name a person, the sentences right before and after them: the
     * rules look there for whom "he" or "the minister" refers to and for the people met ("She also met ...").
     */
    private static List<CoreMap> withNeighbours(List<CoreMap> sentences, List<CoreMap> triggeredList) {
        Set<CoreMap> triggered = Collections.newSetFromMap(new IdentityHashMap<>());
        triggered.addAll(triggeredList);
        List<CoreMap> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            boolean nextToTrigger = i > 0 && triggered.contains(sentences.get(i - 1))
                    || i + 1 < sentences.size() && triggered.contains(sentences.get(i + 1));
            if (triggered.contains(sentence) || nextToTrigger && namesAPerson(sentence)) {
                out.add(sentence);
            }
        }
        return out;
    }

    private static boolean namesAPerson(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).stream().anyMatch(t -> "PERSON".equals(t.ner()));
    }

    /** A document of some of {@code doc}'s sentences, sharing their tokens, so annotators write into {@code doc}. */
    static Annotation subset(Annotation doc, List<CoreMap> sentences) {
        Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        sub.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        return sub;
    }

    /** Parses {@code text} into the engine-neutral document model the rules work on. */
    public ParsedText parse(String text, LocalDate docDate) {
        return ParsedText.from(text, docDate, annotate(text, docDate));
    }

    private static final class Holder {
        static final NlpPipeline INSTANCE = new NlpPipeline(true);
    }

    private static final class SinglePassHolder {
        static final NlpPipeline INSTANCE = new NlpPipeline(false);
    }
}
