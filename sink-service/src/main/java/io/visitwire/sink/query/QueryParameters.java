package io.visitwire.sink.query;

import io.visitwire.schemas.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A request's query parameters, read one by one; every fault is collected, so that one 400 names them all. An empty
 * value is no value (an HTML form sends its empty fields); a parameter given twice, or one the query does not know
 * (a typo would otherwise widen the answer silently), is refused.
 */
final class QueryParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Map<String, List<String>> values;
    private final List<BadQuery.Problem> problems = new ArrayList<>();

    QueryParameters(Map<String, List<String>> values, Set<String> known) {
        this.values = values;
        for (String name : new TreeSet<>(values.keySet())) {
            if (!known.contains(name)) {
                problems.add(new BadQuery.Problem(name, "unknown parameter; this query takes " + String.join(", ", new TreeSet<>(known))));
            } else if (values.get(name).size() > 1) {
                problems.add(new BadQuery.Problem(name, "given " + values.get(name).size() + " times; give it once"));
            }
        }
    }

    Optional<String> text(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty() || given.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(given.get(0).strip());
    }

    int limit() {
        Optional<String> text = text("limit");
        if (text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.get());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail("limit", "'" + text.get() + "' is not a whole number from 1 to " + MAX_LIMIT);
        return DEFAULT_LIMIT;
    }

    Optional<Cursor> cursor() {
        Optional<String> text = text("cursor");
        try {
            return text.map(Cursor::parse);
        } catch (IllegalArgumentException e) {
            fail("cursor", e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as the days it covers. */
    Optional<DateRange> period(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DateRange period = DATE.matcher(text.get()).matches() ? DateRange.parse(text.get()) : null;
        if (period == null) {
            fail(name, "'" + text.get() + "' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return Optional.ofNullable(period);
    }

    /** An ISO-8601 instant ({@code 2025-03-01T12:00:00Z}, any offset) or a day, as its first instant in UTC. */
    Optional<Instant> instant(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(LocalDate.parse(text.get()).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADay) {
                fail(name, "'" + text.get() + "' is not a time: give an ISO-8601 instant (2025-03-01T12:00:00Z) or a day (2025-03-01)");
                return Optional.empty();
            }
        }
    }

    /** One or more of the enum's names, comma-separated, in any case. */
    <E extends Enum<E>> Set<E> symbols(String name, Class<E> type) {
        Optional<String> text = text(name);
        Set<E> chosen = EnumSet.noneOf(type);
        if (text.isEmpty()) {
            return chosen;
        }
        for (String part : text.get().split(",")) {
            try {
                chosen.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> names = EnumSet.allOf(type).stream().map(Enum::name).toList();
                fail(name, "'" + part.strip() + "' is not one of " + String.join(", ", names) + " (comma-separated for several)");
            }
        }
        return chosen;
    }

    void fail(String name, String message) {
        problems.add(new BadQuery.Problem(name, message));
    }

    /** @throws BadQuery naming every fault found */
    void check() {
        if (!problems.isEmpty()) {
            throw new BadQuery(problems);
        }
    }
}
