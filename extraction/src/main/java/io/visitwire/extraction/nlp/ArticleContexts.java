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

    /** "PARIS, May 3, 2012 —": a month is its capitalized three-letter form and any longer start ("Sept."). */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:([A-Z][A-Z .,'’-]{1,60}?),\\s+)?((?:" + Months.alternatives(true) + ")[a-z]*\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?)\\s*[—–-]+\\s*");

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
        Matcher m = DATELINE.matcher(body);
        if (m.find()) {
            end = m.end();
            place = m.group(1);
            // relative dates ("yesterday", "next month") count from the day the story was filed
            LocalDate filed = DateValues.datelineDay(m.group(2), docDate);
            if (filed != null) {
                docDate = filed;
            }
        } else if (dateline != null && !dateline.isBlank()
                && body.toLowerCase(Locale.ROOT).startsWith(dateline.toLowerCase(Locale.ROOT))) {
            end = dateline.length();
            place = dateline;
        }
        if (place == null && dateline != null && !dateline.isBlank()) {
            place = dateline;
        }
        return new DocumentContext(docDate, home, end, place);
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
