package io.visitwire.extraction.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a {@link DocumentContext} from article metadata: the reference date for relative dates (the
 * dateline's day when the body opens with one, else the publication date, else today), the
 * publisher's country from {@code gazetteer/publishers.tsv}, and the dateline at the start of the body
 * ("PARIS, May 3, 2012 —", "Apr. 2 -"). Immutable; thread-safe.
 */
public final class ArticleContexts {

    private static final String MONTH_DAY = "(?:" + Months.alternatives(true) + ")[a-z]*\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?";
    private static final String DAY_MONTH = "\\d{1,2}\\s+(?:" + Months.alternatives(true) + ")[a-z]*\\.?(?:,?\\s+\\d{4})?";
    private static final String DATE = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s+)?(" + MONTH_DAY + "|" + DAY_MONTH + ")";
    /** "KYIV", "NEW DELHI", "ABOARD A MILITARY AIRCRAFT", "ST. PETERSBURG": a place in capitals. */
    private static final String CAPS_PLACE = "[A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]*){0,4}";
    /** "Washington", "Buenos Aires": a place in mixed case, a dateline only with a date after it. */
    private static final String PLACE = "(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)[A-Z][a-z.'’-]+(?:\\s+[A-Z][a-z.'’-]+){0,2}";
    /** ", Ukraine", ", D.C.", ", Saudi Arabia", ", GHANA". */
    private static final String REGION = "(?:,\\s+[A-Z][A-Za-z.'’-]*(?:\\s+[A-Z][A-Za-z.'’-]*){0,2})?";
    /** "(Reuters)", "(Yonhap)", "(AP)": the agency filing the story. */
    private static final String AGENCY = "(?:\\s*\\([A-Z][A-Za-z .&'’-]{1,40}\\))?";
    /** The dash that ends a dateline: a long dash, or hyphens with space before them ("U.S.-China" is no dateline). */
    private static final String SEP = "(?:\\s*[—–]+\\s*|\\s+--?\\s+|\\s*--\\s*)";
    /** "September 3, 2026", "3 September 2026": a full date, as a release's page heads its text. */
    private static final String DATE_WITH_YEAR = "((?:" + Months.alternatives(true) + ")[a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4}"
            + "|\\d{1,2}\\s+(?:" + Months.alternatives(true) + ")[a-z]*\\.?\\s+\\d{4})";

    /**
     * A news dateline opening the body: "SEOUL, July 15 (Yonhap) --", "MOSCOW (Reuters) -", "KYIV, Ukraine —",
     * "Washington, 3 March 2024 —", "Dec. 10 -", "Friday, May 17, 2019 –" (a place after such a date, "– Maputo –",
     * stays in the story: it is a place the text names), "September 3, 2026, Hanoi." and "Moscow, 5 March 2025." (a
     * release's heading, ended by a full stop). Groups 1, 3, 7 and 8: the place; 2, 4, 5, 6 and 9: the date.
     */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:"
            + "(" + CAPS_PLACE + REGION + ")(?:,\\s+" + DATE + ")?" + AGENCY + SEP
            + "|(" + PLACE + REGION + "),\\s+" + DATE + AGENCY + SEP
            + "|" + DATE + AGENCY + SEP
            + "|" + DATE_WITH_YEAR + ",\\s+(" + PLACE + REGION + ")\\.\\s"
            + "|(" + PLACE + REGION + "),\\s+" + DATE_WITH_YEAR + "\\.\\s"
            + ")");

    /** What may follow the article's own dateline field before the story starts: ", GHANA—", ", DC - ". */
    private static final Pattern FIELD_DATELINE_END = Pattern.compile("(?:,\\s+[A-Z][A-Za-z.'’-]*(?:\\s+[A-Z][A-Za-z.'’-]*){0,2})?" + SEP);

    private final List<Map.Entry<Pattern, String>> publishers = new ArrayList<>();

    public ArticleContexts() {
        try (InputStream in = ArticleContexts.class.getResourceAsStream("/gazetteer/publishers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource /gazetteer/publishers.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                publishers.add(Map.entry(Pattern.compile(cols[0], Pattern.CASE_INSENSITIVE), cols[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DocumentContext of(String published, String url, String source, String dateline, String body) {
        LocalDate docDate = publicationDate(published);
        String home = publisherCountry(url, source);
        int end = 0;
        String place = null;
        LocalDate day = null;
        Matcher m = DATELINE.matcher(body);
        if (m.find()) {
            end = m.end();
            place = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(7) != null ? m.group(7)
                    : m.group(8);
            String date = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4)
                    : m.group(5) != null ? m.group(5) : m.group(6) != null ? m.group(6) : m.group(9);
            // relative dates ("yesterday", "next month") count from the day the story was filed
            LocalDate filed = DateValues.datelineDay(date, docDate);
            if (filed != null) {
                docDate = filed;
                day = filed;
            }
        } else if (dateline != null && !dateline.isBlank()
                && body.toLowerCase(Locale.ROOT).startsWith(dateline.toLowerCase(Locale.ROOT))) {
            end = dateline.length();
            Matcher sep = FIELD_DATELINE_END.matcher(body).region(end, body.length());
            if (sep.lookingAt()) {
                end = sep.end();
            }
            place = dateline;
        }
        if (place == null && dateline != null && !dateline.isBlank()) {
            place = dateline;
        }
        return new DocumentContext(docDate, home, end, place, day);
    }

    /**
     * The body as the parser should read it: a dateline that ends in a dash ("MOSCOW, May 2 - Putin agreed")
     * made a sentence of its own, so that its place and date are not read as the story's subject. The dash
     * becomes a full stop (offsets stay those of the body).
     */
    public static String forParsing(String body, DocumentContext ctx) {
        int end = ctx.datelineEnd();
        if (end <= 0 || end > body.length()) {
            return body;
        }
        int dash = -1;
        for (int i = end - 1; i >= 0 && (Character.isWhitespace(body.charAt(i)) || isDash(body.charAt(i))); i--) {
            if (isDash(body.charAt(i))) {
                dash = i;
            }
        }
        if (dash < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body);
        for (int i = dash; i < end && !Character.isWhitespace(body.charAt(i)); i++) {
            sb.setCharAt(i, i == dash ? '.' : ' ');
        }
        if (end < body.length() && !Character.isWhitespace(body.charAt(end)) && end - 1 > dash) {
            sb.setCharAt(end - 1, ' ');
        }
        return sb.toString();
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–';
    }

    /** ISO date or date-time; anything else means "today" (the article is news as it arrives). */
    public static LocalDate publicationDate(String published) {
        if (published != null && published.length() >= 10) {
            try {
                return LocalDate.parse(published.substring(0, 10));
            } catch (DateTimeParseException e) {
                // fall through to today
            }
        }
        return LocalDate.now();
    }

    String publisherCountry(String url, String source) {
        String host = null;
        if (url != null) {
            try {
                host = URI.create(url.trim()).getHost();
            } catch (IllegalArgumentException e) {
                host = null;
            }
        }
        for (Map.Entry<Pattern, String> p : publishers) {
            if (host != null && p.getKey().matcher(host).find() || source != null && p.getKey().matcher(source).find()) {
                return p.getValue();
            }
        }
        return null;
    }
}
