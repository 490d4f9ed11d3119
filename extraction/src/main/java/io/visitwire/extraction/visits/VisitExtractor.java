package io.visitwire.extraction.visits;

import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.visits.article.EndsFromDepartures;
import io.visitwire.extraction.visits.article.HostDelegations;
import io.visitwire.extraction.visits.article.HostsFromFollowingSentences;
import io.visitwire.extraction.visits.sentence.Destinations;
import io.visitwire.extraction.visits.sentence.SentenceVisits;
import io.visitwire.extraction.visits.sentence.VisitTriggers;
import java.util.ArrayList;
import java.util.List;

/**
 * Visit mentions of an article: the sentence rules ({@code sentence/}: triggers, visitors,
 * destinations, hosts, dates, status) on each trigger of each sentence, then the article-level passes
 * ({@code article/}: hosts from the sentences that follow, host delegations, ends from departures).
 * Stateless; thread-safe.
 */
public final class VisitExtractor {

    private final VisitTriggers triggers;
    private final SentenceVisits sentenceVisits;
    private final HostsFromFollowingSentences followingHosts;
    private final HostDelegations delegations;

    public VisitExtractor(Gazetteer gazetteer) {
        Destinations destinations = new Destinations(gazetteer);
        this.triggers = new VisitTriggers(destinations);
        this.sentenceVisits = new SentenceVisits(triggers, destinations);
        this.followingHosts = new HostsFromFollowingSentences(destinations);
        this.delegations = new HostDelegations(gazetteer);
    }

    public List<VisitCandidate> extract(ParsedText doc, DocumentContext ctx, EntityIndex index, List<DateMention> dates,
                                        SubjectResolver subjects) {
        VisitArticle a = new VisitArticle(doc, ctx, index, dates, subjects);
        List<VisitCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<VisitCandidate> here = new ArrayList<>();
            for (int trigger : triggers.withPatterns(a, s, triggers.find(s, index))) {
                for (VisitCandidate v : sentenceVisits.at(a, s, trigger)) {
                    if (here.stream().noneMatch(v::sameVisit)) {
                        here.add(v);
                    }
                }
            }
            out.addAll(here);
        }
        out = followingHosts.apply(a, out);
        out = EndsFromDepartures.apply(a, out);
        out = delegations.apply(a, out);
        return out;
    }
}
