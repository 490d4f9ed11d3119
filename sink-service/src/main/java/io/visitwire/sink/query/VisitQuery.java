package io.visitwire.sink.query;

import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.schemas.names.NameMatcher;
import io.visitwire.schemas.DateRange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /visits?visitor=&country=&from=&to=&status=&updatedSince=&limit=&cursor=}: every filter given must hold.
 *
 * @param visitor  a person's name, matched as the eval matches visitors (case, diacritics, punctuation and titles
 *                 folded; same surname, and given names that agree where both have one: "okafor", "Minister Okafor"
 *                 and "Ada Okafor" all find Ada N. Okafor)
 * @param country  the visit's country, from an ISO code or an English name
 * @param from     the visit's days reach this period (YYYY, YYYY-MM or YYYY-MM-DD) or later
 * @param to       the visit's days begin in this period or earlier; an undated visit counts as at its article's
 *                 publication date, and one with neither is left out when {@code from} or {@code to} is given
 * @param statuses any of these statuses (comma-separated); empty for all
 * @param updatedSince visits changed at or after this instant ({@code updatedAt}): what a reader polling the API
 *                 has not seen yet
 * @param limit    at most this many visits (1 to 500; default 50)
 * @param cursor   continue after this position (the previous answer's {@code nextCursor})
 */
public record VisitQuery(Optional<String> visitor, Optional<String> country, Optional<DateRange> from,
                         Optional<DateRange> to, Set<VisitStatus> statuses, Optional<Instant> updatedSince, int limit,
                         Optional<Cursor> cursor) {

    public static final Set<String> PARAMETERS = Set.of("visitor", "country", "from", "to", "status", "updatedSince", "limit",
            "cursor");

    /** @throws BadQuery naming every parameter at fault */
    public static VisitQuery parse(Map<String, List<String>> parameters) {
        return parse(parameters, PARAMETERS);
    }

    static VisitQuery parse(Map<String, List<String>> parameters, Set<String> known) {
        QueryParameters given = new QueryParameters(parameters, known);
        Optional<String> visitor = given.text("visitor");
        if (visitor.isPresent() && NameMatcher.normalizePerson(visitor.get()).isEmpty()) {
            given.fail("visitor", "'" + visitor.get() + "' has no letters or digits to match a name by");
        }
        Optional<String> country = given.text("country").flatMap(text -> {
            Optional<String> code = Countries.code(text);
            if (code.isEmpty()) {
                given.fail("country", "'" + text + "' is not a country: give an ISO 3166 code (AZ, AZE) or an English name");
            }
            return code;
        });
        Optional<DateRange> from = given.period("from");
        Optional<DateRange> to = given.period("to");
        if (from.isPresent() && to.isPresent() && to.get().last().isBefore(from.get().first())) {
            given.fail("to", "ends before 'from' begins");
        }
        Set<VisitStatus> statuses = given.symbols("status", VisitStatus.class);
        Optional<Instant> updatedSince = given.instant("updatedSince");
        int limit = given.limit();
        Optional<Cursor> cursor = given.cursor();
        given.check();
        return new VisitQuery(visitor, country, from, to, statuses, updatedSince, limit, cursor);
    }

    public boolean matches(VisitEvent visit) {
        if (visitor.isPresent() && !NameMatcher.personsMatch(visitor.get(), visit.getVisitor().getName())) {
            return false;
        }
        if (country.isPresent() && !country.get().equalsIgnoreCase(visit.getCountry() == null ? "" : visit.getCountry())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(visit.getStatus())) {
            return false;
        }
        if (updatedSince.isPresent() && visit.getUpdatedAt().isBefore(updatedSince.get())) {
            return false;
        }
        if (from.isPresent() || to.isPresent()) {
            DateRange days = DateRange.of(visit);
            if (days == null) {
                return false;
            }
            if (from.isPresent() && days.last().isBefore(from.get().first())) {
                return false;
            }
            return to.isEmpty() || !days.first().isAfter(to.get().last());
        }
        return true;
    }
}
