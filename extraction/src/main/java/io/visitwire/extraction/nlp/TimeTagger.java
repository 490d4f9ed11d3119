package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The cascade's temporal step: SUTime (inside CoreNLP's numeric classifiers, through an NER step with no
 * CRF model) on the stretches of a sentence around its time cues ({@link TimeCues#windows}), not on whole
 * sentences. SUTime's matcher tries every rule at every token it is given, so its cost follows the tokens
 * it reads: on generated wire copy, where three sentences in four hold a date or a duration, the stretches
 * are about half of those sentences' tokens. {@code TimeWindowsEquivalenceIT} checks that the stretches give
 * the same temporal labels and values as whole sentences.
 *
 * <p>Only temporal labels are taken: the step labels every other token O, which would erase the CRF
 * models' labels, so a token it does not find temporal keeps the label it had. A token it leaves keeps
 * the first step's label, a date the CRF models found included ("8-9" after "Dec.").
 */
public final class TimeTagger {

    /** Tokens read on either side of a cue: 3 is the least with which {@code TimeWindowsEquivalenceIT} finds no difference. */
    static final int REACH = 4;

    private final StanfordCoreNLP sutime;

    public TimeTagger() {
        this.sutime = new StanfordCoreNLP(properties(), false);
    }

    /** The single-pass pipeline's NER settings (SUTime's included), with no CRF model and nothing after SUTime. */
    private static Properties properties() {
        Properties p = NlpPipeline.properties();
        p.setProperty("annotators", "ner");
        p.setProperty("ner.model", "");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** Tags the temporal expressions of {@code doc}'s sentences that hold a time cue, reading only around the cues. */
    public void tag(Annotation doc) {
        tag(doc, REACH);
    }

    /**
     * As {@link #tag(Annotation)}, reading {@code reach} tokens either side of each cue; a reach longer than any
     * sentence reads whole sentences, the reference {@code TimeWindowsEquivalenceIT} compares with.
     */
    public void tag(Annotation doc, int reach) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> stretches = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int[] window : TimeCues.windows(tokens, reach)) {
                stretches.add(stretch(text, sentence, window[0], window[1]));
            }
        }
        if (stretches.isEmpty()) {
            return;
        }
        Annotation part = NlpPipeline.subset(doc, stretches);
        List<CoreLabel> tokens = part.get(CoreAnnotations.TokensAnnotation.class);
        List<Labels> before = tokens.stream().map(Labels::of).toList();
        sutime.annotate(part);
        for (int i = 0; i < tokens.size(); i++) {
            if (!TimeCues.isTemporal(tokens.get(i).ner())) {
                before.get(i).restore(tokens.get(i));
            }
        }
    }

    /** The labels of one token that the time step may overwrite, kept to put back where it found no time. */
    private record Labels(String ner, String normalized, String fineGrained, String coarse,
                          Map<String, Double> probabilities) {

        static Labels of(CoreLabel token) {
            return new Labels(token.ner(), token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    token.get(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class),
                    token.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class),
                    token.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class));
        }

        void restore(CoreLabel token) {
            token.setNER(ner);
            token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
            token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, fineGrained);
            token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, coarse);
            token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, probabilities);
        }
    }

    /**
     * Tokens {@code [from, to)} of {@code sentence} as a sentence of their own, sharing the token objects so
     * that SUTime's labels land in the document; text and offsets are set so that its expressions' text is
     * cut from the right place.
     */
    private static CoreMap stretch(String text, CoreMap sentence, int from, int to) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).subList(from, to);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        CoreMap stretch = new ArrayCoreMap();
        stretch.set(CoreAnnotations.TokensAnnotation.class, tokens);
        stretch.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        stretch.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        stretch.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        stretch.set(CoreAnnotations.SentenceIndexAnnotation.class,
                sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (tokenBegin != null) {
            stretch.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
            stretch.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
        }
        return stretch;
    }
}
