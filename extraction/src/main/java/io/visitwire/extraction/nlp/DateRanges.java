package io.visitwire.extraction.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day ranges and weekdays read from the text itself, where SUTime splits or misreads them: "April 13 to
 * 15", "13-15 April", "between 3 and 5 May", "May 30 to June 2", "from Monday to Wednesday next week",
 * and weekday names resolved by tense ("will arrive on Monday" is the coming Monday, "met on Monday" the
 * past one). Pure functions of the text, the reference day and the tense.
 */
public final class DateRanges {

    /** A range found in a text: character offsets in that text, first and last day (YYYY-MM-DD). */
    public record Range(int begin, int end, String start, String last) {
    }

    /**
     * When the verb a weekday hangs from puts it: on or after the reference day, on or before it, or, for a
     * plan told from a past frame ("was expected to arrive on Monday, officials said"), the coming one unless
     * the day was the reference day or the day before (a story filed the evening before it appeared).
     */
    public enum Tense { PAST, FUTURE, NEAREST }

    private static final String MONTH = "(?:" + Months.alternatives(false) + ")[a-z]*\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String SEP = "\\s*(?:-|–|—|to|until|till|through|thru|and)\\s*";
    /** "June 7 - 10 days after", "May 3 and 5 percent": the second number counts something, it is no day. */
    private static final String NOT_A_COUNT = "(?!\\s*(?:days?|weeks?|months?|years?|hours?|percent|per\\s+cent|%|people|of\\b))";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    /** "May 30 to June 2", "May 30 - June 2, 2024". */
    private static final Pattern MONTH_DAY_MONTH_DAY = Pattern.compile(
            "(?i)\\b(" + MONTH + ")\\s+" + DAY + SEP + "(" + MONTH + ")\\s+" + DAY + "\\b" + YEAR);
    /** "30 May to 2 June", "30 May - 2 June 2024". */
    private static final Pattern DAY_MONTH_DAY_MONTH = Pattern.compile(
            "(?i)\\b" + DAY + "\\s+(" + MONTH + ")" + SEP + DAY + "\\s+(" + MONTH + ")" + YEAR);
    /** "April 13 to 15", "Apr. 13-15, 2024", "between May 3 and 5". */
    private static final Pattern MONTH_DAY_DAY = Pattern.compile(
            "(?i)\\b(" + MONTH + ")\\s+" + DAY + SEP + DAY + "\\b(?![:.]\\d)" + NOT_A_COUNT + YEAR);
    /** "13-15 April", "between 3 and 5 May", "13 to 15 of April 2024". */
    private static final Pattern DAY_DAY_MONTH = Pattern.compile(
            "(?i)\\b" + DAY + SEP + DAY + "\\s+(?:of\\s+)?(" + MONTH + ")" + YEAR);
    /** "from Monday to Wednesday next week", "Monday through Thursday". */
    private static final Pattern WEEKDAY_RANGE = Pattern.compile(
            "(?i)\\b" + WEEKDAY + "\\s*(?:-|–|to|until|till|through|thru)\\s*" + WEEKDAY
                    + "(?:\\s+(?:of\\s+)?(next|this|last|the\\s+following)\\s+week)?\\b");
    /** One weekday, as SUTime's mention reads: "Monday", "on Monday", "last Friday", "next Tuesday". */
    private static final Pattern ONE_WEEKDAY = Pattern.compile(
            "(?i)(?:(?:early|late)\\s+(?:on\\s+)?|(?:in\\s+)?the\\s+(?:early\\s+)?(?:hours|small\\s+hours)\\s+of\\s+)?"
                    + "(?:on\\s+)?(?:this\\s+)?(?:(last|next|this|coming|past)\\s+)?" + WEEKDAY + "\\.?(?:\\s+(?:morning|afternoon|evening|night))?");
    /** "in the coming days", "soon", "later this year": no date the contract can state. */
    private static final Pattern VAGUE = Pattern.compile(
            "(?i).*\\b(coming|upcoming|soon|near future|later this year|later in the year|ahead|recent|recently)\\b.*");

    private DateRanges() {
    }

    /** The day ranges of {@code text}, in text order, none overlapping another. */
    public static List<Range> dayRanges(String text, LocalDate reference) {
        List<Range> out = new ArrayList<>();
        Matcher m = MONTH_DAY_MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, m, month(m.group(1)), m.group(2), month(m.group(3)), m.group(4), m.group(5), reference);
        }
        m = DAY_MONTH_DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, m, month(m.group(2)), m.group(1), month(m.group(4)), m.group(3), m.group(5), reference);
        }
        m = MONTH_DAY_DAY.matcher(text);
        while (m.find()) {
            add(out, m, month(m.group(1)), m.group(2), month(m.group(1)), m.group(3), m.group(4), reference);
        }
        m = DAY_DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, m, month(m.group(3)), m.group(1), month(m.group(3)), m.group(2), m.group(4), reference);
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /**
     * "from Monday to Wednesday [next week]" in {@code text}: the days of this (or the next, or the last)
     * week; with no week named, this week's days when they hold the reference day, else the first day is the
     * weekday's nearest occurrence in the tense's direction.
     */
    public static List<Range> weekdayRanges(String text, LocalDate reference, Tense tense) {
        List<Range> out = new ArrayList<>();
        Matcher m = WEEKDAY_RANGE.matcher(text);
        while (m.find()) {
            DayOfWeek from = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            DayOfWeek to = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String week = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            LocalDate first;
            LocalDate thisWeek = reference.with(DayOfWeek.MONDAY).with(from);
            if (week == null && !thisWeek.isAfter(reference)
                    && !thisWeek.with(TemporalAdjusters.nextOrSame(to)).isBefore(reference)) {
                first = thisWeek; // "is visiting from Wednesday to Saturday", written on the Friday: this week's
            } else if (week == null) {
                first = weekday(from, reference, tense, null);
            } else {
                LocalDate monday = reference.with(DayOfWeek.MONDAY);
                monday = week.equals("this") ? monday : week.equals("last") ? monday.minusWeeks(1) : monday.plusWeeks(1);
                first = monday.with(from);
            }
            LocalDate last = first.with(TemporalAdjusters.nextOrSame(to));
            out.add(new Range(m.start(), m.end(), first.toString(), last.toString()));
        }
        return out;
    }

    /**
     * The day a one-weekday mention ("on Monday", "last Friday") stands for, or null when the text is no
     * such mention: "last" the latest one before the reference day, "next" the first one after it; a bare
     * weekday the latest on or before the reference day in the past tense, the first on or after it in
     * the future, the nearer of the two for a plan told from a past frame.
     */
    public static String weekday(String mention, LocalDate reference, Tense tense) {
        Matcher m = ONE_WEEKDAY.matcher(mention.trim());
        if (!m.matches()) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        return weekday(day, reference, tense, modifier).toString();
    }

    private static LocalDate weekday(DayOfWeek day, LocalDate reference, Tense tense, String modifier) {
        if ("last".equals(modifier) || "past".equals(modifier)) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        if ("next".equals(modifier) || "coming".equals(modifier)) {
            return reference.with(TemporalAdjusters.next(day));
        }
        LocalDate before = reference.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = reference.with(TemporalAdjusters.nextOrSame(day));
        if (tense == Tense.NEAREST) {
            return reference.toEpochDay() - before.toEpochDay() <= 1 ? before : after;
        }
        return tense == Tense.PAST ? before : after;
    }

    /** "at the weekend", "this weekend", "over the weekend", "last weekend", "next weekend". */
    private static final Pattern WEEKEND = Pattern.compile("(?i)(?:(?:at|over|during|on)\\s+)?(?:the|this|last|next|past|coming)\\s+weekend");

    /**
     * The Saturday and Sunday a weekend mention stands for, or null when the text is no such mention: "last"
     * the latest weekend ended before the reference day, "next" the first one after it; "the weekend", "this
     * weekend" the one ended last in the past tense (the weekend the reference day is in, when it is), the
     * coming one (or the current one) in the future.
     */
    public static Range weekend(String mention, LocalDate reference, Tense tense) {
        Matcher m = WEEKEND.matcher(mention.trim());
        if (!m.matches()) {
            return null;
        }
        String text = mention.toLowerCase(Locale.ROOT);
        LocalDate saturday;
        boolean inWeekend = reference.getDayOfWeek() == DayOfWeek.SATURDAY || reference.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate current = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (text.contains("last") || text.contains("past")) {
            saturday = inWeekend ? current.minusWeeks(1) : current;
        } else if (text.contains("next") || text.contains("coming")) {
            saturday = reference.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else if (inWeekend) {
            saturday = current;
        } else {
            saturday = tense == Tense.PAST ? current : reference.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        return new Range(0, mention.length(), saturday.toString(), saturday.plusDays(1).toString());
    }

    /** Whether a date's text names no statable time: "in the coming days", "soon", "later this year". */
    public static boolean vague(String text) {
        return VAGUE.matcher(text).matches();
    }

    private static int month(String word) {
        return Months.number(word.substring(0, 3));
    }

    private static void add(List<Range> out, Matcher m, int month1, String day1, int month2, String day2, String year,
                            LocalDate reference) {
        if (out.stream().anyMatch(r -> r.begin() < m.end() && m.start() < r.end())) {
            return;
        }
        int d1 = Integer.parseInt(day1);
        int d2 = Integer.parseInt(day2);
        try {
            LocalDate first = year != null ? LocalDate.of(Integer.parseInt(year), month1, d1) : LocalDate.parse(DateValues.nearestYear(month1, d1, reference));
            LocalDate last = LocalDate.of(first.getYear(), month2, d2);
            if (last.isBefore(first)) {
                if (month2 == month1) {
                    return; // "15-13 April" is no range
                }
                last = last.plusYears(1); // "Dec. 30 to Jan. 2"
            }
            if (year != null && month2 < month1) {
                first = first.minusYears(1); // the year belongs to the range's end
                last = LocalDate.of(first.getYear() + 1, month2, d2);
            }
            out.add(new Range(m.start(), m.end(), first.toString(), last.toString()));
        } catch (java.time.DateTimeException | NullPointerException e) {
            // not a calendar date ("Feb. 30-31"): not a range
        }
    }
}
