package io.visitwire.schemas;

import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A visit's days: exact when the dates are, the whole month or year when only that is known. The merge, the queries and
 * the article assembler use it alike, so that "visits in 2010" means the days the merge takes a visit to cover.
 */
public record DateRange(LocalDate first, LocalDate last, boolean exact) {

    /** The visit's days; an undated visit is placed at its article's publication date; null when neither is known. */
    public static DateRange of(VisitEvent visit) {
        String startText = visit.getStart() != null ? visit.getStart() : publishedOf(visit);
        if (startText == null) {
            return null;
        }
        DateRange start = parse(startText);
        DateRange end = visit.getEnd() == null ? null : parse(visit.getEnd());
        if (start == null) {
            return null;
        }
        return end == null || end.last.isBefore(start.first) ? start : new DateRange(start.first, end.last, start.exact);
    }

    /** Undated reports are placed at their article's publication date. */
    private static String publishedOf(VisitEvent visit) {
        return visit.getSources().stream().map(SourceRef::getPublished).filter(p -> p != null && p.length() >= 10)
                .map(p -> p.substring(0, 10)).findFirst().orElse(null);
    }

    /** The days of {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (longer text: its first ten characters); null if not a date. */
    public static DateRange parse(String text) {
        try {
            if (text.length() >= 10) {
                LocalDate day = LocalDate.parse(text.substring(0, 10));
                return new DateRange(day, day, true);
            }
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return new DateRange(month.atDay(1), month.atEndOfMonth(), false);
            }
            if (text.length() == 4) {
                Year year = Year.parse(text);
                return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth(), false);
            }
            return null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean overlaps(DateRange other) {
        return !other.first.isAfter(last) && !first.isAfter(other.last);
    }

    /** Days between the two ranges, 0 when they overlap. */
    public long gapInDays(DateRange other) {
        if (!other.first.isAfter(last) && !first.isAfter(other.last)) {
            return 0;
        }
        return last.isBefore(other.first)
                ? ChronoUnit.DAYS.between(last, other.first)
                : ChronoUnit.DAYS.between(other.last, first);
    }
}
