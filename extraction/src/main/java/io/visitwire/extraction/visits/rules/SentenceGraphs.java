package io.visitwire.extraction.visits.rules;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's enhanced++ edges as the {@link SemanticGraph} Semgrex reads. The pipeline keeps each
 * parse as the project's own {@link Dependency} list (the CoreMap is gone once the article is read), so the
 * graph is rebuilt from it: one vertex per token (word, lower-case lemma, tag, NER; 1-based index), one
 * edge per dependency. Built only for sentences a visit rule asks about, once per sentence.
 */
public final class SentenceGraphs {

    private SentenceGraphs() {
    }

    public static SemanticGraph of(Sentence s) {
        SemanticGraph g = new SemanticGraph();
        List<IndexedWord> words = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setLemma(t.lowerLemma());
            l.setTag(t.pos());
            l.setNER(t.ner() == null ? "O" : t.ner());
            l.setIndex(t.index() + 1);
            l.setSentIndex(s.index());
            IndexedWord w = new IndexedWord(l);
            words.add(w);
            g.addVertex(w);
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                g.addRoot(words.get(d.dependent()));
            } else {
                g.addEdge(words.get(d.governor()), words.get(d.dependent()), relation(d.relation()), 1.0, false);
            }
        }
        return g;
    }

    /** "obl:with" stays "obl:with" (short name and specific), as CoreNLP itself writes enhanced++ relations. */
    private static GrammaticalRelation relation(String name) {
        GrammaticalRelation r = UniversalEnglishGrammaticalRelations.valueOf(name);
        return r != null ? r : GrammaticalRelation.valueOf(Language.UniversalEnglish, name);
    }
}
