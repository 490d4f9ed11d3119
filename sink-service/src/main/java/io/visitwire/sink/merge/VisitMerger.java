package io.visitwire.sink.merge;

import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.schemas.DateRange;
import io.visitwire.schemas.VisitIds;
import io.visitwire.schemas.VisitProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides whether a new report describes a visit already known (same visitor, same country,
 * overlapping or adjacent dates, or a planned visit later reported as it happened) and, if so,
 * refines that visit with it: sources and the rules that read them accumulate, exact dates beat
 * approximate ones, the status only moves forward. The merged visit keeps the key it was first published under.
 */
public final class VisitMerger {

    /** Two reports of days this close describe one visit (arrival one day, talks the next); a month or year must overlap. */
    static final int ADJACENT_DAYS = 3;
    /** A plan ("next week", "next month") is approximate: its real dates may fall this far off. */
    static final int PLAN_TOLERANCE_DAYS = 31;

    /** The visit to publish and the visits to remember for this visitor and country. */
    public record Result(VisitEvent visit, List<VisitEvent> known) {
    }

    public Result merge(List<VisitEvent> known, VisitEvent report) {
        List<VisitEvent> updated = new ArrayList<>(known);
        for (int i = 0; i < updated.size(); i++) {
            if (sameVisit(updated.get(i), report)) {
                VisitEvent merged = refine(updated.get(i), report);
                updated.set(i, merged);
                return new Result(merged, updated);
            }
        }
        updated.add(report);
        return new Result(report, updated);
    }

    static boolean sameVisit(VisitEvent known, VisitEvent report) {
        if (known.getVisitId().equals(report.getVisitId())) {
            return true; // the same article again, or its update: its key names one visit
        }
        if (!VisitIds.samePerson(known.getVisitor().getName(), report.getVisitor().getName())
                || !known.getCountry().equals(report.getCountry())) {
            return false;
        }
        DateRange a = DateRange.of(known);
        DateRange b = DateRange.of(report);
        if (a == null || b == null) {
            return false;
        }
        boolean eitherPlanned = known.getStatus() == VisitStatus.PLANNED || report.getStatus() == VisitStatus.PLANNED;
        long tolerance = eitherPlanned ? PLAN_TOLERANCE_DAYS : a.exact() && b.exact() ? ADJACENT_DAYS : 0;
        return a.gapInDays(b) <= tolerance;
    }

    static VisitEvent refine(VisitEvent known, VisitEvent report) {
        boolean reportIsNewerState = VisitProgress.of(report.getStatus()) >= VisitProgress.of(known.getStatus());
        String start = moreExact(known.getStart(), report.getStart(), reportIsNewerState);
        String end = moreExact(known.getEnd(), report.getEnd(), reportIsNewerState);
        return VisitEvent.newBuilder(known)
                .setVisitor(moreComplete(known.getVisitor(), report.getVisitor()))
                .setPlace(known.getPlace() != null ? known.getPlace() : report.getPlace())
                .setStart(start)
                .setEnd(end)
                .setHosts(union(known.getHosts(), report.getHosts(), host -> VisitIds.surnameKey(host.getName())))
                .setStatus(reportIsNewerState ? report.getStatus() : known.getStatus())
                .setTopics(union(known.getTopics(), report.getTopics(), Function.identity()))
                .setCommitmentIds(union(known.getCommitmentIds(), report.getCommitmentIds(), Function.identity()))
                .setSources(union(known.getSources(), report.getSources(), SourceRef::getArticleId))
                .setEvidence(union(known.getEvidence(), report.getEvidence(),
                        evidence -> evidence.getArticleId() + "@" + evidence.getStart()))
                .setUpdatedAt(report.getUpdatedAt())
                .setRules(union(known.getRules(), report.getRules(), Function.identity()))
                .build();
    }

    /** A day beats a month beats nothing; between equals, the report of the later state wins. */
    private static String moreExact(String known, String report, boolean preferReport) {
        int knownPrecision = known == null ? 0 : known.length();
        int reportPrecision = report == null ? 0 : report.length();
        if (reportPrecision != knownPrecision) {
            return reportPrecision > knownPrecision ? report : known;
        }
        return preferReport && report != null ? report : known;
    }

    private static PersonRef moreComplete(PersonRef a, PersonRef b) {
        return score(b) > score(a) ? b : a;
    }

    private static int score(PersonRef person) {
        return person.getName().length() + (person.getTitle() != null ? 100 : 0) + (person.getCountry() != null ? 100 : 0);
    }

    private static <T> List<T> union(List<T> first, List<T> second, Function<T, String> identity) {
        Map<String, T> byIdentity = new LinkedHashMap<>();
        first.forEach(item -> byIdentity.putIfAbsent(identity.apply(item), item));
        second.forEach(item -> byIdentity.putIfAbsent(identity.apply(item), item));
        return new ArrayList<>(byIdentity.values());
    }
}
