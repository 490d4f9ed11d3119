package io.visitwire.extraction.visits;

import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitMention;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.schemas.DateRange;
import io.visitwire.schemas.VisitIds;
import io.visitwire.schemas.VisitProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Turns the sentence-level visit mentions of one article into document-level visit events:
 * the mentions of one visitor in one country are one visit, whose fields are the most
 * specific the mentions give.
 */
public final class VisitAssembler {

    /** Mentions of one visitor and country whose days lie further apart than this (a month) are two trips. */
    private static final int SAME_TRIP_GAP_DAYS = 31;

    public List<VisitEvent> assemble(EnrichedArticle article, Instant now) {
        List<List<VisitMention>> visits = new ArrayList<>();
        for (VisitMention mention : article.getVisits()) {
            if (mention.getCountry() == null) {
                continue;
            }
            visits.stream().filter(visit -> sameVisitorAndCountry(visit, mention)).findFirst()
                    .ifPresentOrElse(visit -> visit.add(mention), () -> visits.add(new ArrayList<>(List.of(mention))));
        }
        List<VisitEvent> events = new ArrayList<>();
        for (List<VisitMention> mentions : visits) {
            events.add(assembleOne(article, mentions, now));
        }
        return withCommitments(events, article);
    }

    /**
     * Each of a visitor's commitments belongs to one of their visits: the one the article was telling when it reported
     * the commitment (the visit whose evidence comes last before it), or, reported before any, the visit told first.
     * So "arrived in Baku ... promised to relay the message ... left Baku, bound for London" gives the promise to
     * Baku, not also to the London trip.
     */
    private static List<VisitEvent> withCommitments(List<VisitEvent> events, EnrichedArticle article) {
        List<List<String>> owned = events.stream().map(event -> (List<String>) new ArrayList<String>()).toList();
        for (Commitment commitment : article.getCommitments()) {
            List<Integer> theirs = IntStream.range(0, events.size())
                    .filter(i -> VisitIds.samePerson(commitment.getCommitter(), events.get(i).getVisitor().getName()))
                    .boxed().toList();
            if (theirs.isEmpty()) {
                continue;
            }
            int reportedAt = commitment.getEvidence().getStart();
            int owner = theirs.stream().filter(i -> firstTold(events.get(i)) <= reportedAt)
                    .max(Comparator.comparingInt(i -> lastToldBefore(events.get(i), reportedAt)))
                    .orElseGet(() -> theirs.stream().min(Comparator.comparingInt(i -> firstTold(events.get(i)))).orElseThrow());
            owned.get(owner).add(commitment.getId());
        }
        return IntStream.range(0, events.size())
                .mapToObj(i -> VisitEvent.newBuilder(events.get(i)).setCommitmentIds(owned.get(i)).build()).toList();
    }

    private static int firstTold(VisitEvent event) {
        return event.getEvidence().stream().mapToInt(Evidence::getStart).min().orElse(Integer.MAX_VALUE);
    }

    private static int lastToldBefore(VisitEvent event, int offset) {
        return event.getEvidence().stream().mapToInt(Evidence::getStart).filter(start -> start <= offset).max()
                .orElse(Integer.MIN_VALUE);
    }

    /**
     * Compared with the fullest name the visit has so far, so "Adeyemi" joins one Adeyemi, not two; and a mention dated
     * well apart from every dated mention of the visit is another trip ("arrived in Seoul on Wednesday ... last visited
     * South Korea in March 2024": ANNOTATION.md's background visits are visits of their own).
     */
    private static boolean sameVisitorAndCountry(List<VisitMention> visit, VisitMention mention) {
        PersonRef visitor = mostComplete(visit.stream().map(VisitMention::getVisitor).toList());
        return visit.get(0).getCountry().equals(mention.getCountry())
                && VisitIds.samePerson(visitor.getName(), mention.getVisitor().getName())
                && !anotherTrip(visit, mention);
    }

    private static boolean anotherTrip(List<VisitMention> visit, VisitMention mention) {
        DateRange days = daysOf(mention);
        List<DateRange> known = visit.stream().map(VisitAssembler::daysOf).filter(Objects::nonNull).toList();
        return days != null && !known.isEmpty() && known.stream().allMatch(k -> k.gapInDays(days) > SAME_TRIP_GAP_DAYS);
    }

    private static DateRange daysOf(VisitMention mention) {
        DateRange start = mention.getStart() == null ? null : DateRange.parse(mention.getStart());
        DateRange end = mention.getEnd() == null ? null : DateRange.parse(mention.getEnd());
        return start == null || end == null || end.last().isBefore(start.first()) ? start
                : new DateRange(start.first(), end.last(), start.exact());
    }

    private VisitEvent assembleOne(EnrichedArticle article, List<VisitMention> mentions, Instant now) {
        PersonRef visitor = mostComplete(mentions.stream().map(VisitMention::getVisitor).toList());
        String country = mentions.get(0).getCountry();
        List<VisitMention> dated = dayBeatsItsMonth(mentions);
        String start = earliest(dated.stream().map(VisitMention::getStart).toList());
        String end = endOf(dated, start);
        VisitStatus status = mentions.stream().map(VisitMention::getStatus)
                .max(Comparator.comparingInt(VisitProgress::of)).orElse(VisitStatus.UNKNOWN);
        return VisitEvent.newBuilder()
                .setVisitId(VisitIds.of(visitor.getName(), country, start, article.getArticleId()))
                .setVisitor(visitor)
                .setPlace(placeOf(mentions))
                .setCountry(country)
                .setStart(start)
                .setEnd(end)
                .setHosts(distinctHosts(mentions))
                .setStatus(status)
                .setTopics(List.of())
                .setCommitmentIds(List.of())
                .setSources(List.of(new SourceRef(article.getArticleId(), article.getUrl(), article.getPublished())))
                .setEvidence(mentions.stream().map(VisitMention::getEvidence).distinct().toList())
                .setUpdatedAt(now)
                .setRules(mentions.stream().flatMap(m -> m.getRules().stream()).distinct().toList())
                .build();
    }

    private static PersonRef mostComplete(List<PersonRef> people) {
        PersonRef best = people.get(0);
        for (PersonRef person : people) {
            if (completeness(person) > completeness(best)) {
                best = person;
            }
        }
        return best;
    }

    private static int completeness(PersonRef person) {
        return person.getName().length() + (person.getTitle() != null ? 100 : 0) + (person.getCountry() != null ? 100 : 0);
    }

    private static List<PersonRef> distinctHosts(List<VisitMention> mentions) {
        Map<String, PersonRef> hosts = new LinkedHashMap<>();
        for (VisitMention mention : mentions) {
            for (PersonRef host : mention.getHosts()) {
                hosts.merge(VisitIds.surnameKey(host.getName()), host,
                        (known, other) -> completeness(other) > completeness(known) ? other : known);
            }
        }
        return new ArrayList<>(hosts.values());
    }

    /**
     * The end only where the mentions tell one: a stated end (a range, a month, a departure), or the
     * last of several reported days ("arrived Monday ... met on Tuesday"). A single reported day is
     * where the visit started, not proof that it ended then.
     */
    private static String endOf(List<VisitMention> mentions, String start) {
        String end = latest(mentions.stream().map(VisitMention::getEnd).toList());
        List<String> days = mentions.stream().map(VisitMention::getStart).filter(Objects::nonNull).distinct().toList();
        String lastStart = latest(days);
        if (end == null) {
            return days.size() > 1 ? lastStart : null;
        }
        String last = lastStart != null && lastStart.compareTo(end) > 0 && lastStart.length() == end.length() ? lastStart : end;
        return start != null && last.compareTo(start) < 0 ? null : last;
    }

    /** Where the visitor met people beats where the visit was first placed (several sites in one country). */
    private static String placeOf(List<VisitMention> mentions) {
        return mentions.stream().filter(m -> m.getPlace() != null && !m.getHosts().isEmpty()).map(VisitMention::getPlace)
                .findFirst()
                .orElse(mentions.stream().map(VisitMention::getPlace).filter(Objects::nonNull).findFirst().orElse(null));
    }

    /**
     * "will travel to Kenya and Uganda this week. She will be in Nairobi on June 13": a mention known only to the
     * month (a month, a week) says less than one that gives a day of that month, so its dates do not count
     * beside that day's (as text, "2025-06" sorts before every day of June and would win the start).
     */
    private static List<VisitMention> dayBeatsItsMonth(List<VisitMention> mentions) {
        java.util.Set<String> monthsWithADay = new java.util.HashSet<>();
        for (VisitMention m : mentions) {
            for (String d : java.util.Arrays.asList(m.getStart(), m.getEnd())) {
                if (d != null && d.length() == 10) {
                    monthsWithADay.add(d.substring(0, 7));
                }
            }
        }
        if (monthsWithADay.isEmpty()) {
            return mentions;
        }
        List<VisitMention> out = new ArrayList<>();
        for (VisitMention m : mentions) {
            boolean vague = (m.getStart() == null || m.getStart().length() == 7 && monthsWithADay.contains(m.getStart()))
                    && (m.getEnd() == null || m.getEnd().length() == 7 && monthsWithADay.contains(m.getEnd()));
            out.add(vague && (m.getStart() != null || m.getEnd() != null)
                    ? VisitMention.newBuilder(m).setStart(null).setEnd(null).build() : m);
        }
        return out;
    }

    /** ISO dates and months compare correctly as text; a full date beats its month (see dayBeatsItsMonth). */
    private static String earliest(List<String> dates) {
        return dates.stream().filter(Objects::nonNull).min(Comparator.<String>naturalOrder()).orElse(null);
    }

    private static String latest(List<String> dates) {
        return dates.stream().filter(Objects::nonNull).max(Comparator.<String>naturalOrder()).orElse(null);
    }

}
