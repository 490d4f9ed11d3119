package io.visitwire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An annotated text in a form independent of CoreNLP's annotation maps, so the extraction rules
 * read plain records and the CoreNLP types stay in this package.
 */
public record ParsedText(String text, LocalDate docDate, List<Sentence> sentences) {

    static ParsedText from(String text, LocalDate docDate, Annotation doc) {
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sents == null) {
            return new ParsedText(text, docDate, out);
        }
        for (int si = 0; si < sents.size(); si++) {
            CoreMap s = sents.get(si);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int firstTokenIndex = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner(),
                        l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                        l.beginPosition(), l.endPosition()));
            }
            List<NerSpan> spans = new ArrayList<>();
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    int ts = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstTokenIndex;
                    int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstTokenIndex;
                    int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    spans.add(new NerSpan(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), si, ts, te, b, e,
                            text.substring(b, e), m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
                }
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                for (SemanticGraphEdge edge : g.edgeIterable()) {
                    deps.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1,
                            edge.getDependent().index() - 1));
                }
                for (var root : g.getRoots()) {
                    deps.add(new Dependency("root", -1, root.index() - 1));
                }
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Sentence(si, begin, end, text.substring(begin, end), List.copyOf(tokens),
                    List.copyOf(spans), List.copyOf(deps)));
        }
        return new ParsedText(text, docDate, List.copyOf(out));
    }
}
