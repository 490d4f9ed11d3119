package io.visitwire.extraction.visits.article;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.visits.VisitCandidate;
import io.visitwire.extraction.visits.VisitRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "X will lead a delegation to Africa from January 26-30. ... the delegation will travel to A, B and C": a
 * range given for a whole multi-country trip dates each leg that states no date of its own, to the month
 * when the range lies in one month (ANNOTATION: a trip's range is not split per leg).
 */
public final class TripDates {

    private TripDates() {
    }

    public static List<VisitCandidate> apply(VisitArticle a, List<VisitCandidate> visits) {
        List<VisitCandidate> out = new ArrayList<>(visits);
        List<CanonicalEntity> visitors = out.stream().map(VisitCandidate::visitor).distinct().toList();
        for (CanonicalEntity visitor : visitors) {
            List<VisitCandidate> mine = out.stream().filter(v -> v.visitor() == visitor).toList();
            if (mine.stream().map(VisitCandidate::country).distinct().count() < 2) {
                continue;
            }
            int lastLeg = mine.stream().mapToInt(v -> v.evidence().index()).max().orElse(-1);
            DateMention range = tripRange(a, visitor, lastLeg, mine);
            if (range == null || !range.start().substring(0, 7).equals(range.last().substring(0, 7))) {
                continue;
            }
            String month = range.start().substring(0, 7);
            VisitCandidate first = mine.stream().filter(v -> v.evidence().index() >= range.sentence()).findFirst().orElse(null);
            for (int i = 0; i < out.size(); i++) {
                VisitCandidate v = out.get(i);
                if (v.visitor() == visitor && v.start() == null && first != null && v.status() == first.status()
                        && v.evidence().index() >= range.sentence()
                        && out.stream().noneMatch(o -> o.sameVisit(v) && o.start() != null)) {
                    out.set(i, v.withStart(month).withRule(VisitRule.DATE_TRIP_MONTH));
                }
            }
        }
        return out;
    }

    /**
     * The first day range in a sentence naming the visitor but none of its legs ("a delegation to Africa
     * from January 26-30"), up to the last leg's sentence: a leg's own range dates that leg only.
     */
    private static DateMention tripRange(VisitArticle a, CanonicalEntity visitor, int lastLeg, List<VisitCandidate> legs) {
        for (DateMention d : a.dates) {
            if (d.sentence() > lastLeg) {
                break;
            }
            if (d.start() == null || d.last() == null || d.start().length() != 10 || d.last().length() != 10
                    || Objects.equals(d.start(), d.last()) || d.begin() < a.ctx.datelineEnd()) {
                continue;
            }
            boolean named = a.index.mentionsIn(d.sentence()).stream().anyMatch(m -> m.getValue() == visitor)
                    && legs.stream().noneMatch(v -> v.evidence().index() == d.sentence());
            if (named) {
                return d;
            }
        }
        return null;
    }
}
