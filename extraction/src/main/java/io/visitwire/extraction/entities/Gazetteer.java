package io.visitwire.extraction.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country knowledge from the TSV files under {@code gazetteer/} on the classpath: countries with their
 * ISO 3166-1 alpha-2 codes, short forms and demonyms ({@code countries.tsv}), cities, bases and
 * landmarks ({@code places.tsv}, the first row of a code is its capital) and regions that belong to no
 * country ({@code regions.tsv}), organizations the tagger misses or cannot place
 * ({@code organizations.tsv}) and office titles written the other way round ({@code titles.tsv}). Kept as data so a maintainer extends coverage without touching code.
 * Immutable once loaded; safe to share.
 */
public final class Gazetteer {

    private static final String BASE = "/gazetteer/";

    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> canonicalNames = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> places = new HashMap<>();
    private final Map<String, String> capitals = new LinkedHashMap<>();
    private final Set<String> regions = new HashSet<>();
    private final Map<String, KnownOrganization> organizations = new HashMap<>();
    private final Set<String> acronymForms = new HashSet<>();
    private final Map<String, String> titleForms = new HashMap<>();
    private final Map<String, java.util.regex.Pattern> officesAbroad = new HashMap<>();

    /**
     * An organization from {@code organizations.tsv}: its canonical name and its country (null for
     * international bodies and non-state groups).
     */
    public record KnownOrganization(String name, String country) {
    }

    private Gazetteer() {
    }

    /** The gazetteer shipped with the service (loaded once). */
    public static Gazetteer standard() {
        return Holder.INSTANCE;
    }

    /** Loads the files from the classpath. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        g.readTsv("countries.tsv", cols -> {
            String code = cols[0].trim().toUpperCase(Locale.ROOT);
            g.canonicalNames.put(code, cols[1].trim());
            g.countryNames.put(key(cols[1]), code);
            if (cols.length > 2) {
                for (String alias : cols[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        g.countryNames.putIfAbsent(key(alias), code);
                    }
                }
            }
            if (cols.length > 3) {
                for (String d : cols[3].split("\\|")) {
                    if (!d.isBlank()) {
                        g.demonyms.putIfAbsent(key(d), code);
                    }
                }
            }
        });
        g.readTsv("places.tsv", cols -> {
            String code = cols[1].trim().toUpperCase(Locale.ROOT);
            g.places.putIfAbsent(key(cols[0]), code);
            g.capitals.putIfAbsent(code, cols[0].trim());
        });
        g.readTsv("regions.tsv", cols -> g.regions.add(key(cols[0])));
        g.readTsv("organizations.tsv", cols -> {
            String country = cols.length > 1 && !cols[1].isBlank() ? cols[1].trim().toUpperCase(Locale.ROOT) : null;
            KnownOrganization org = new KnownOrganization(cols[0].trim(), country);
            List<String> forms = new ArrayList<>(List.of(cols[0]));
            if (cols.length > 2) {
                forms.addAll(List.of(cols[2].split("\\|")));
            }
            for (String form : forms) {
                if (form.isBlank()) {
                    continue;
                }
                g.organizations.putIfAbsent(key(form), org);
                String letters = form.replaceAll("[^\\p{L}]", "");
                if (letters.length() <= 8 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                    g.acronymForms.add(key(form));
                }
            }
        });
        g.readTsv("titles.tsv", cols -> g.titleForms.put(key(cols[0]), cols[1].trim()));
        g.readTsv("offices-abroad.tsv", cols -> g.officesAbroad.put(cols[0].trim().toUpperCase(Locale.ROOT),
                java.util.regex.Pattern.compile("(?i).*\\b(" + cols[1].trim() + ")\\b.*")));
        return g;
    }

    /**
     * Whether {@code title} is an office the government of {@code home} does not have ("President" in a
     * GOV.UK release, "Prime Minister" in a U.S. readout), so that its holder serves another country;
     * {@code offices-abroad.tsv}. False for a publisher country the file does not list.
     */
    public boolean officeAbroad(String home, String title) {
        java.util.regex.Pattern p = home == null || title == null ? null : officesAbroad.get(home);
        return p != null && p.matcher(title).matches();
    }

    /**
     * Folds case, diacritics (also of letters that do not decompose, "ı", "ł", "ø", "đ"), periods and a leading
     * "the" so that "U.S." = "US", "Bogotá" = "Bogota",
     * "the Netherlands" = "Netherlands".
     */
    public static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // letters with no decomposition: "Yıldırım" = "Yildirim", "Łukasz" = "Lukasz", "Đức" = "Duc"
        n = n.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss");
        n = n.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').replaceAll("\\s+", " ").trim();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n;
    }

    /** Country code when {@code name} names a country ("Kenya", "U.K.", "Republic of Chile"). */
    public Optional<String> countryByName(String name) {
        String k = key(name);
        String code = countryNames.get(k);
        if (code == null) {
            // "Republic of Moldova", "Kingdom of Bahrain": a state's formal name around its short one
            java.util.regex.Matcher m = FORMAL_NAME.matcher(k);
            if (m.matches()) {
                code = countryNames.get(m.group(1));
            }
        }
        return Optional.ofNullable(code);
    }

    /**
     * "republic of X", "kingdom of X", "the former Yugoslav republic of X", "the Socialist Republic of X", "the
     * United Republic of X", "the Federal Democratic Republic of X" (folded): a state's formal name around its
     * short one, with up to three words of the state's form before it.
     */
    private static final java.util.regex.Pattern FORMAL_NAME = java.util.regex.Pattern.compile(
            "(?:former yugoslav |(?:(?!of |the )[a-z'’]+ ){1,3})?(?:republic|kingdom|sultanate|principality|grand duchy|federation"
                    + "|state|commonwealth) of (?:the )?(.+)");

    /** "united states government", "kenyan government", "government of (the republic of) x" (folded). */
    private static final java.util.regex.Pattern GOVERNMENT_AFTER = java.util.regex.Pattern.compile("(.+) government");
    private static final java.util.regex.Pattern GOVERNMENT_OF = java.util.regex.Pattern.compile("government of (?:the )?(.+)");

    /**
     * The state whose government {@code name} names: "the United States Government", "the U.S. Government", "the
     * Government of the United States", "the Government of the Republic of Mozambique", "the Kenyan Government".
     * ANNOTATION.md keeps one entity per referent, so every such name of one state's government is one body.
     */
    public Optional<String> governmentOf(String name) {
        String k = key(name);
        java.util.regex.Matcher of = GOVERNMENT_OF.matcher(k);
        if (of.matches()) {
            return countryByName(of.group(1));
        }
        java.util.regex.Matcher after = GOVERNMENT_AFTER.matcher(k);
        if (after.matches()) {
            Optional<String> c = countryByName(after.group(1));
            return c.isPresent() ? c : countryByDemonym(after.group(1));
        }
        return Optional.empty();
    }

    /** Country code of a demonym or adjective ("Kenyan" → KE). */
    public Optional<String> countryByDemonym(String adjective) {
        return Optional.ofNullable(demonyms.get(key(adjective)));
    }

    /** Country of a city, base or landmark listed in places.tsv. */
    public Optional<String> countryByPlace(String name) {
        return Optional.ofNullable(places.get(key(name)));
    }

    /** True for regions, seas and continents that belong to no single country. */
    public boolean isRegion(String name) {
        return regions.contains(key(name));
    }

    /**
     * The country a place name lies in: a country's own name, a listed city, or "City, Country";
     * empty for regions and unknown names.
     */
    public Optional<String> countryOf(String name) {
        if (isRegion(name)) {
            return Optional.empty();
        }
        Optional<String> c = countryByName(name);
        if (c.isPresent()) {
            return c;
        }
        c = countryByPlace(name);
        if (c.isPresent()) {
            return c;
        }
        int comma = name.lastIndexOf(',');
        if (comma > 0) {
            Optional<String> tail = countryByName(name.substring(comma + 1));
            return tail.isPresent() ? tail : countryByPlace(name.substring(0, comma));
        }
        return Optional.empty();
    }

    /** Country from any of: a country name, a demonym, a listed place. */
    public Optional<String> countryOfAny(String word) {
        Optional<String> c = countryByName(word);
        return c.isPresent() ? c : countryByDemonym(word);
    }

    /**
     * The organization {@code written} names, if {@code organizations.tsv} lists it. A form listed in
     * capitals ("WHO", "UN") only matches when written in capitals, so "who" and "Un" do not; other
     * forms must start with a capital (or "al-").
     */
    public Optional<KnownOrganization> organization(String written) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        String k = key(written);
        KnownOrganization org = organizations.get(k);
        if (org == null) {
            return Optional.empty();
        }
        if (acronymForms.contains(k)) {
            String letters = written.replaceAll("[^\\p{L}]", "");
            return letters.equals(letters.toUpperCase(Locale.ROOT)) ? Optional.of(org) : Optional.empty();
        }
        String bare = written.startsWith("the ") ? written.substring(4) : written;
        boolean capital = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) || bare.startsWith("al-")
                || bare.startsWith("al ");
        return capital ? Optional.of(org) : Optional.empty();
    }

    /** The annotation-style form of an office written the other way round ("Defense Minister" → "Minister of Defense"). */
    public Optional<String> canonicalTitle(String written) {
        return Optional.ofNullable(titleForms.get(key(written)));
    }

    /** The English short name of a country code ("US" → "United States"). */
    public Optional<String> countryName(String code) {
        return Optional.ofNullable(canonicalNames.get(code));
    }

    /** The capital of a country (first places.tsv row for the code). */
    public Optional<String> capitalOf(String code) {
        return Optional.ofNullable(capitals.get(code));
    }

    /** True when {@code name} is a country's capital. */
    public boolean isCapitalOf(String name, String code) {
        String cap = capitals.get(code);
        return cap != null && key(cap).equals(key(name));
    }

    private void readTsv(String file, java.util.function.Consumer<String[]> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + BASE + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + file, e);
        }
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }
}
