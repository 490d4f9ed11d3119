package io.visitwire.extraction.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SUTime's TIMEX3 values into the contract's date forms (YYYY-MM-DD, YYYY-MM, YYYY or null),
 * resolving what SUTime leaves open against the publication date. Pure functions.
 */
public final class DateValues {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
    private static final Pattern OPEN_YEAR_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2}).*");
    private static final Pattern OPEN_YEAR_MONTH = Pattern.compile("XXXX-(\\d{2})");
    private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMY])");

    private DateValues() {
    }

    /**
     * The contract form of a TIMEX3 value. Times of day collapse to their date ("2012-05-03TMO"),
     * weeks to their month (a week is only known to the month), year-less dates take the year
     * that puts them nearest the publication date, "now" is the publication date, vague past/future
     * references are null.
     */
    public static String normalize(String timex, LocalDate docDate) {
        if (timex == null || timex.isBlank()) {
            return null;
        }
        String v = timex.trim();
        if (v.equals("PRESENT_REF")) {
            return docDate.toString();
        }
        Matcher m = DAY.matcher(v);
        if (m.matches()) {
            return v.substring(0, 10);
        }
        if (MONTH.matcher(v).matches() || YEAR.matcher(v).matches()) {
            return v;
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(DayOfWeek.MONDAY);
            return YearMonth.from(monday.plusDays(3)).toString();
        }
        m = OPEN_YEAR_DAY.matcher(v);
        if (m.matches()) {
            return nearestYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), docDate);
        }
        m = OPEN_YEAR_MONTH.matcher(v);
        if (m.matches()) {
            LocalDate d = LocalDate.parse(nearestYear(Integer.parseInt(m.group(1)), 1, docDate));
            return YearMonth.from(d).toString();
        }
        if (v.length() >= 7 && MONTH.matcher(v.substring(0, 7)).matches()) {
            return v.substring(0, 7); // seasons and quarters ("2010-SU"): the year-month prefix is safe
        }
        if (v.length() >= 4 && YEAR.matcher(v.substring(0, 4)).matches() && !v.startsWith("P")) {
            return v.substring(0, 4);
        }
        return null;
    }

    private static final Pattern WRITTEN_DAY = Pattern.compile(
            "(?i)(" + Months.alternatives(false) + ")[a-z]*\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?");

    private static final Pattern WRITTEN_DAY_FIRST = Pattern.compile(
            "(?i)(\\d{1,2})\\s+(" + Months.alternatives(false) + ")[a-z]*\\.?(?:,?\\s+(\\d{4}))?");

    /**
     * The day a dateline gives ("Oct. 22, 2017", "Dec. 10", "June 7", "3 March 2024"), a year-less one taking the year
     * that puts it nearest the publication date; null when the text is no such date. A story filed on
     * the dateline's day says "yesterday" relative to that day, even when published later.
     */
    public static LocalDate datelineDay(String text, LocalDate published) {
        if (text == null) {
            return null;
        }
        Matcher m = WRITTEN_DAY.matcher(text.trim());
        Matcher dayFirst = WRITTEN_DAY_FIRST.matcher(text.trim());
        int month;
        int day;
        String year;
        if (m.matches()) {
            month = Months.number(m.group(1));
            day = Integer.parseInt(m.group(2));
            year = m.group(3);
        } else if (dayFirst.matches()) {
            month = Months.number(dayFirst.group(2));
            day = Integer.parseInt(dayFirst.group(1));
            year = dayFirst.group(3);
        } else {
            return null;
        }
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day);
            }
            String nearest = nearestYear(month, day, published);
            return nearest == null ? null : LocalDate.parse(nearest);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The day of that month and day nearest to {@code docDate} (within a year either side), or null. */
    static String nearestYear(int month, int day, LocalDate docDate) {
        LocalDate best = null;
        for (int y = docDate.getYear() - 1; y <= docDate.getYear() + 1; y++) {
            try {
                LocalDate d = MonthDay.of(month, day).atYear(y);
                if (best == null || Math.abs(d.toEpochDay() - docDate.toEpochDay())
                        < Math.abs(best.toEpochDay() - docDate.toEpochDay())) {
                    best = d;
                }
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return best == null ? null : best.toString();
    }

    /**
     * The end of a forward duration from the publication date ("within three months" → YYYY-MM,
     * "in ten days" → YYYY-MM-DD); null when {@code timex} is not a simple duration.
     */
    public static String after(String timex, LocalDate docDate) {
        if (timex == null) {
            return null;
        }
        Matcher m = DURATION.matcher(timex.trim());
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "D" -> docDate.plusDays(n).toString();
            case "W" -> docDate.plusWeeks(n).toString();
            case "M" -> YearMonth.from(docDate.plus(Period.ofMonths(n))).toString();
            default -> String.valueOf(docDate.getYear() + n);
        };
    }

    /** A day of the same month as {@code monthValue} (YYYY-MM or YYYY-MM-DD): "Apr. 3-5" → day 5. */
    public static String withDay(String monthValue, int day) {
        if (monthValue == null || monthValue.length() < 7) {
            return null;
        }
        try {
            return YearMonth.parse(monthValue.substring(0, 7)).atDay(day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
