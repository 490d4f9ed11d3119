package io.visitwire.extraction.visits;

import edu.stanford.nlp.semgraph.SemanticGraph;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.visits.rules.SentenceGraphs;
import io.visitwire.extraction.visits.rules.VisitPatterns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the visit rules read of one article (the parse, its context, entities, dates and subjects),
 * plus the guests hosts were said to receive, which a later "X hosted ..." sentence may leave unnamed.
 * One per article and extraction; not shared between threads.
 */
public final class VisitArticle {

    public final ParsedText doc;
    public final DocumentContext ctx;
    public final EntityIndex index;
    public final List<DateMention> dates;
    public final SubjectResolver subjects;
    /** Host to the guest an earlier hosting sentence named. */
    public final Map<CanonicalEntity, CanonicalEntity> guestOf = new HashMap<>();

    private final Map<Integer, SemanticGraph> graphs = new HashMap<>();
    private final Map<List<Object>, List<VisitPatterns.Match>> matches = new HashMap<>();

    public VisitArticle(ParsedText doc, DocumentContext ctx, EntityIndex index, List<DateMention> dates,
                        SubjectResolver subjects) {
        this.doc = doc;
        this.ctx = ctx;
        this.index = index;
        this.dates = dates;
        this.subjects = subjects;
    }

    /** The sentence's parse as a Semgrex graph, built the first time a rule asks. */
    public SemanticGraph graph(Sentence s) {
        return graphs.computeIfAbsent(s.index(), i -> SentenceGraphs.of(s));
    }

    /** The matches of a rule of {@code rules/visits.semgrex} on the sentence, found once per article. */
    public List<VisitPatterns.Match> matches(VisitRule rule, Sentence s) {
        return matches.computeIfAbsent(List.of(rule, s.index()), k -> VisitPatterns.matches(rule, graph(s)));
    }
}
