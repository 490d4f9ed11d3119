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
import io.visitwire.extraction.visits.article.Substitutes;
import io.visitwire.extraction.visits.article.TripDates;
import io.visitwire.extraction.visits.sentence.Destinations;
import io.visitwire.extraction.visits.sentence.SentenceVisits;
import io.visitwire.extraction.visits.sentence.VisitTriggers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Visit mentions of an article: the sentence rules ({@code sentence/}: triggers, visitors,
 * destinations, hosts, dates, status) on each trigger of each sentence, then the article-level passes
 * ({@code article/}: hosts from the sentences that follow, host delegations, ends from departures, a whole trip's dates).
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

    /** A reading from the host's side ("X received Y"), whose host is the visit's whatever other words say of it. */
    private static boolean received(VisitCandidate v) {
        return v.rules().contains(VisitRule.HOST_RECEIVED) || v.rules().contains(VisitRule.HOST_MET_VISITING);
    }

    /** A later trigger's reading of the same visit that names a city where the first named none, or more hosts. */
    private static boolean fuller(VisitCandidate later, VisitCandidate first) {
        if (first.place() == null && later.place() != null) {
            return later.hosts().size() >= first.hosts().size();
        }
        return later.place() != null && later.place().equals(first.place()) && later.hosts().size() > first.hosts().size();
    }

    public List<VisitCandidate> extract(ParsedText doc, DocumentContext ctx, EntityIndex index, List<DateMention> dates,
                                        SubjectResolver subjects) {
        VisitArticle a = new VisitArticle(doc, ctx, index, dates, subjects);
        List<VisitCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<VisitCandidate> here = new ArrayList<>();
            for (int trigger : triggers.withPatterns(a, s, triggers.find(s, index))) {
                for (VisitCandidate v : sentenceVisits.at(a, s, trigger)) {
                    int same = -1;
                    for (int i = 0; i < here.size(); i++) {
                        if (here.get(i).sameVisit(v)) {
                            same = i;
                        }
                    }
                    if (same < 0) {
                        here.add(v);
                    } else if (Objects.equals(v.place(), here.get(same).place()) && received(v)
                            && v.hosts().size() > here.get(same).hosts().size()) {
                        // "X received Y, who is on a visit to Russia": the reception adds the host to the visit
                        List<VisitRule> rules = new ArrayList<>(here.get(same).rules());
                        rules.addAll(v.rules());
                        VisitCandidate first = here.get(same);
                        here.set(same, new VisitCandidate(first.visitor(), first.visitorCountry(), first.place(),
                                first.country(), first.start() != null ? first.start() : v.start(),
                                first.end() != null ? first.end() : v.end(), v.hosts(), first.status(), first.evidence(), rules));
                    } else if (fuller(v, here.get(same))) {
                        // "X, on a tour of Ghana and Nigeria, met Y in Accra": the trigger that names the city
                        // and the people met tells more of the Ghana leg than the tour does
                        List<VisitRule> rules = new ArrayList<>(here.get(same).rules());
                        rules.addAll(v.rules());
                        here.set(same, new VisitCandidate(v.visitor(), v.visitorCountry(), v.place(), v.country(), v.start(),
                                v.end(), v.hosts(), v.status(), v.evidence(), rules));
                    }
                }
            }
            out.addAll(here);
        }
        out = followingHosts.apply(a, out);
        out = EndsFromDepartures.apply(a, out);
        out = delegations.apply(a, out);
        out = Substitutes.apply(a, out);
        out = TripDates.apply(a, out);
        return out;
    }
}
