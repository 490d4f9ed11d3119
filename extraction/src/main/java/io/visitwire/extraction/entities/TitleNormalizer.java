package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a person's office the way analysts (and the gold annotations) write it: portfolio offices in
 * "Office of Portfolio" form ("Defense Minister" → "Minister of Defense", from {@code titles.tsv}) and
 * government offices qualified by their country ("Minister of Defense of Azerbaijan", "President of the
 * United States"). The publisher's own officials below head of state keep the bare office ("Secretary of
 * State" in a U.S. readout), because that is how their own government's text names them. Pure; thread-safe.
 */
public final class TitleNormalizer {

    /** Offices of a government, which only make sense with their country. */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(
            "(?i).*\\b" + Lexicon.of("government-offices").alternation() + "\\b.*");
    /** Heads of state and government: qualified by country even at home ("President of the United States"). */
    private static final Pattern HEAD_OF_STATE = Pattern.compile("(?i)(" + Lexicon.of("office-modifiers").alternation()
            + " )?(vice )?" + Lexicon.of("head-of-state-offices").alternation());
    /** Country names written with "the" ("the Netherlands", "the United States", "the Republic of Korea"). */
    private static final Pattern WITH_ARTICLE = Pattern.compile(
            "(?i)" + Lexicon.of("country-names-with-article").alternation() + "\\b.*");

    private final Gazetteer gazetteer;

    public TitleNormalizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param title       the office as read next to the name, or null
     * @param country     ISO code of the office's country, or null when unknown
     * @param home        ISO code of the publisher's country, or null
     * @param countryName the country's name as the article writes it ("Republic of Korea"), or null for
     *                    the gazetteer's short name
     */
    public String normalize(String title, String country, String home, String countryName) {
        if (title == null || title.isBlank()) {
            return title;
        }
        String t = gazetteer.canonicalTitle(title).orElse(title);
        if (country == null || !GOVERNMENT_OFFICE.matcher(t).matches() || mentionsPlace(t)) {
            return t;
        }
        boolean foreign = !country.equals(home);
        if (!foreign && !HEAD_OF_STATE.matcher(t).matches()) {
            return t;
        }
        String name = countryName != null ? countryName : gazetteer.countryName(country).orElse(null);
        if (name == null) {
            return t;
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
            name = name.substring(4);
        }
        return t + " of " + (WITH_ARTICLE.matcher(name).matches() ? "the " + name : name);
    }

    /** "Ambassador to Chile", "Kenyan Defense Minister": the office already names a country. */
    private boolean mentionsPlace(String title) {
        if (title.toLowerCase(Locale.ROOT).contains(" to ")) {
            return true;
        }
        for (String w : title.split("[\\s-]+")) {
            if (gazetteer.countryOfAny(w).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
