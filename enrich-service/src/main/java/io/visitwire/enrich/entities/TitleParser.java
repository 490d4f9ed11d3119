package io.visitwire.enrich.entities;

import io.visitwire.enrich.nlp.Sentence;
import io.visitwire.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the office of a named person from the words around the name: a title phrase before it
 * ("Kenyan Defense Minister Maj. Gen. X"), an apposition after it ("X, Chief of the General
 * Staff,") and "of Country" after it ("President X of Peru"). Nationality adjectives
 * and country names in the phrase give the office's country, except after "to" ("Ambassador to
 * Chile" names the host country, not the ambassador's).
 */
public final class TitleParser {

    /** Ranks and honorifics are not offices; CONTRACT.md also drops them when comparing names. */
    private static final Set<String> RANKS = Set.of("col", "gen", "lt", "maj", "adm", "rear", "brig", "sgt",
            "capt", "cmdr", "dr", "mr", "mrs", "ms", "general", "admiral", "colonel", "major", "lieutenant",
            "captain", "sergeant", "sir", "dame", "hon", "honorable", "the");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "to", "on", "'s", "-");

    private final Gazetteer gazetteer;

    public TitleParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The title around the name at tokens [start, end) of {@code s}, if any. */
    public Optional<PersonTitle> parse(Sentence s, String body, int start, int end) {
        List<Token> toks = s.tokens();
        // 1. Title phrase directly before the name.
        int i = start - 1;
        while (i >= 0 && isTitleWord(toks.get(i))) {
            i--;
        }
        int phraseStart = i + 1;
        while (phraseStart < start && CONNECTORS.contains(toks.get(phraseStart).lowerWord())) {
            phraseStart++;
        }
        PersonTitle before = fromPhrase(toks.subList(phraseStart, start));
        // 2. "of <Country>" right after the name.
        String ofCountry = null;
        if (end + 1 < toks.size() && toks.get(end).lowerWord().equals("of")) {
            ofCountry = countryOfTokens(toks.subList(end + 1, Math.min(toks.size(), end + 4)));
        }
        // 3. Apposition: ", <title phrase> ," after the name.
        PersonTitle after = null;
        if (before == null && end < toks.size() && toks.get(end).word().equals(",")) {
            int j = end + 1;
            while (j < toks.size() && !isBoundary(toks.get(j))) {
                j++;
            }
            List<Token> app = toks.subList(end + 1, j);
            if (!app.isEmpty() && app.size() <= 14 && startsWithTitle(app)) {
                after = fromPhrase(app);
            }
        }
        PersonTitle t = before != null ? before : after;
        if (t == null) {
            return ofCountry == null ? Optional.empty() : Optional.of(new PersonTitle(null, ofCountry));
        }
        return Optional.of(new PersonTitle(t.title(), t.country() != null ? t.country() : ofCountry));
    }

    private boolean startsWithTitle(List<Token> app) {
        for (Token t : app) {
            if ("TITLE".equals(t.ner())) {
                return true;
            }
            if (!isCountryish(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBoundary(Token t) {
        return switch (t.word()) {
            case ",", ".", ";", ":", "(", ")", "\"", "“", "”" -> true;
            default -> false;
        };
    }

    private boolean isTitleWord(Token t) {
        String ner = t.ner() == null ? "O" : t.ner();
        if (ner.equals("PERSON") || ner.equals("DATE") || ner.equals("NUMBER")) {
            return false;
        }
        if (ner.equals("TITLE") || ner.equals("NATIONALITY") || ner.equals("COUNTRY") || ner.equals("ORGANIZATION")) {
            return true;
        }
        if (CONNECTORS.contains(t.lowerWord())) {
            return true;
        }
        return t.isCapitalized() && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
    }

    private boolean isCountryish(Token t) {
        return "NATIONALITY".equals(t.ner()) || "COUNTRY".equals(t.ner())
                || gazetteer.countryOfAny(t.word()).isPresent();
    }

    /** Builds a title from a phrase that must contain a TITLE token; null otherwise. */
    PersonTitle fromPhrase(List<Token> phrase) {
        boolean hasTitle = phrase.stream().anyMatch(t -> "TITLE".equals(t.ner()));
        if (!hasTitle) {
            return null;
        }
        String country = null;
        List<String> words = new ArrayList<>();
        boolean leading = true;
        for (int k = 0; k < phrase.size(); k++) {
            Token t = phrase.get(k);
            boolean afterTo = k > 0 && phrase.get(k - 1).lowerWord().equals("to");
            if (isCountryish(t) && !afterTo) {
                String c = countryOfTokens(phrase.subList(k, Math.min(phrase.size(), k + 3)));
                if (c != null && country == null) {
                    country = c;
                }
                if (leading) {
                    continue;
                }
            }
            if (RANKS.contains(t.lowerWord().replace(".", ""))) {
                continue;
            }
            leading = false;
            words.add(t.word());
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            // Only a rank ("Gen. X"): keep it, it still marks an official.
            words.add(phrase.stream().filter(t -> "TITLE".equals(t.ner())).findFirst().orElseThrow().word());
        }
        String title = String.join(" ", words).replace(" 's", "'s");
        return new PersonTitle(title, country);
    }

    /** Country named by the first one to three tokens ("South African", "United Kingdom", "Danish"). */
    String countryOfTokens(List<Token> toks) {
        for (int n = Math.min(3, toks.size()); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(toks.get(k).word());
            }
            Optional<String> c = gazetteer.countryOfAny(sb.toString());
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }
}
