package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the office of a named person from the words around the name: a title phrase before it
 * ("Kenyan Defense Minister Maj. Gen. X"), an apposition after it ("X, Chief of the General
 * Staff,"), an office before a comma and a rank ("Commander of the Fleet, Adm. X"), and "of Country"
 * after it ("President X of Peru"). Nationality adjectives and country names in the phrase give the
 * office's country, except after "to" ("Ambassador to Chile" names the host country, not the
 * ambassador's); so does "his Kenyan counterpart, Defense Minister X".
 */
public final class TitleParser {

    /** Ranks and honorifics are not offices; CONTRACT.md also drops them when comparing names. */
    static final Lexicon RANKS = Lexicon.of("ranks");
    /** Office words the tagger does not always mark as TITLE ("National Security Advisor X"). */
    static final Lexicon OFFICE_HEADS = Lexicon.of("office-heads");
    /** "Attorney General", "Secretary General": here General is part of the office, not a rank. */
    private static final Lexicon GENERAL_OFFICES = Lexicon.of("general-offices");
    private static final Lexicon MODIFIERS = Lexicon.of("office-modifiers");
    private static final Lexicon CONNECTORS = Lexicon.of("name-connectors");
    /** "of", "for", "to": what ties an office to its portfolio or country. */
    private static final Lexicon PREPOSITIONS = Lexicon.of("title-prepositions");
    /** "Sheikh", "Prince", "His Royal Highness": styles, left out of the office ... */
    private static final Lexicon HONORIFICS = Lexicon.of("honorifics");
    /** ... unless they are the office ("Emir", "King", "Crown Prince"). */
    private static final Lexicon ROYAL_OFFICES = Lexicon.of("royal-offices");

    private final Gazetteer gazetteer;

    public TitleParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The title around the name at tokens [start, end) of {@code s}, if any. */
    public Optional<PersonTitle> parse(Sentence s, String body, int start, int end) {
        List<Token> toks = s.tokens();
        // 1. Title phrase directly before the name.
        int phraseStart = phraseStart(toks, start - 1);
        Phrase before = fromPhrase(toks.subList(phraseStart, start));
        String counterpart = counterpartCountry(toks, phraseStart);
        // 2. "of <Country>" right after the name.
        String ofCountry = null;
        if (end + 1 < toks.size() && toks.get(end).lowerWord().equals("of")) {
            int c = end + 1 < toks.size() && toks.get(end + 1).lowerWord().equals("the") ? end + 2 : end + 1;
            ofCountry = c < toks.size() ? countryOfTokens(toks.subList(c, Math.min(toks.size(), c + 4))) : null;
        }
        // 3. Apposition: ", <title phrase> ," after the name, or "<title phrase>, <rank> <name>" before it.
        Phrase other = null;
        if (before == null || before.rankOnly()) {
            other = apposition(toks, end);
            if (other == null) {
                other = reverseApposition(toks, phraseStart);
            }
        }
        Phrase t = other != null ? other : before;
        String placed = t == null || t.title().country() != null ? null
                : servedPlaceCountry(toks.subList(phraseStart, start));
        if (placed != null) {
            t = new Phrase(new PersonTitle(t.title().title(), placed), t.rankOnly());
        }
        String country = t != null && t.title().country() != null ? t.title().country()
                : ofCountry != null ? ofCountry : counterpart != null ? counterpart : possessiveCountry(toks, start);
        if (t == null) {
            return country == null ? Optional.empty() : Optional.of(new PersonTitle(null, country));
        }
        return Optional.of(new PersonTitle(t.title().title(), country));
    }

    /** A parsed title phrase; {@code rankOnly} when it holds a rank but no office ("Gen. X"). */
    record Phrase(PersonTitle title, boolean rankOnly) {
    }

    /** First token of the title phrase ending at {@code last}, skipping a "(ACRONYM)" inside it. */
    private int phraseStart(List<Token> toks, int last) {
        int i = last;
        // "Governor of the Tver Region Igor Belov" tagged as one name and split: the office's words keep the tag
        int run = i;
        while (run >= 0 && "PERSON".equals(toks.get(run).ner())) {
            run--;
        }
        if (run < i && isTitleToken(toks.get(run + 1)) && toks.subList(run + 1, i + 1).stream()
                .anyMatch(t -> t.word().equals("of"))) {
            i = run;
        }
        while (i >= 0) {
            if (isDetachedDash(toks, i)) {
                break; // "BERLIN, July 15 (Reuters) - German Chancellor X": the dateline ends at the dash
            }
            if (toks.get(i).word().equals(")") && i >= 2 && toks.get(i - 2).word().equals("(")) {
                i -= 3;
                continue;
            }
            if (!isTitleWord(toks.get(i))) {
                break;
            }
            i--;
        }
        int p = i + 1;
        // "the Royal Rites of late King X": words before an "of" that precedes the first office word
        // belong to something else (unless they name a country: "Republic of Korea Minister X")
        int firstOffice = p;
        while (firstOffice <= last && !isTitleToken(toks.get(firstOffice))) {
            firstOffice++;
        }
        // "President X of Peru and Chilean Defense Minister Y": what precedes an "and" before the first
        // office word is another conjunct
        for (int k = firstOffice - 1; k >= p; k--) {
            if (toks.get(k).lowerWord().equals("and")) {
                p = k + 1;
                break;
            }
        }
        for (int k = firstOffice - 1; k > p; k--) {
            Token c = toks.get(k);
            if (PREPOSITIONS.contains(c.lowerWord()) && !isCountryish(toks.get(k - 1))
                    && !isTitleToken(toks.get(k - 1))) {
                p = k + 1;
                break;
            }
        }
        // leading places and connectors are not part of the office ("visited Paris for President X")
        while (p <= last && (CONNECTORS.contains(toks.get(p).lowerWord()) || isPlaceOnly(toks.get(p))
                || toks.get(p).word().equals("(") || toks.get(p).word().equals(")"))) {
            p++;
        }
        return p;
    }

    /** A dash standing alone between spaces ("(Reuters) - ", " -- ", " — "): a break, not part of a hyphenated word. */
    private static boolean isDetachedDash(List<Token> toks, int i) {
        String w = toks.get(i).word();
        if (!(w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–"))) {
            return false;
        }
        boolean spaceBefore = i == 0 || toks.get(i - 1).end() < toks.get(i).begin();
        boolean spaceAfter = i + 1 >= toks.size() || toks.get(i + 1).begin() > toks.get(i).end();
        return spaceBefore || spaceAfter || !w.equals("-");
    }

    /**
     * "Kremlin spokesman", "Mayor of Kharkiv": the country of a listed national body the office belongs to, or of a
     * listed place it serves (after "of"; "Ambassador to Lima" names the host). Null when the phrase names neither.
     */
    private String servedPlaceCountry(List<Token> phrase) {
        // "Kremlin spokesman", "White House Press Secretary": a listed national body the office belongs to
        for (int k = 0; k < phrase.size(); k++) {
            for (int b = Math.min(phrase.size(), k + 3); b > k; b--) {
                StringBuilder sb = new StringBuilder();
                for (int q = k; q < b; q++) {
                    sb.append(q > k ? " " : "").append(phrase.get(q).word());
                }
                Optional<Gazetteer.KnownOrganization> org = gazetteer.organization(sb.toString());
                if (org.isPresent() && org.get().country() != null) {
                    return org.get().country();
                }
            }
        }
        for (int k = 0; k + 1 < phrase.size(); k++) {
            if (!phrase.get(k).lowerWord().equals("of")) {
                continue;
            }
            int a = phrase.get(k + 1).lowerWord().equals("the") ? k + 2 : k + 1;
            for (int b = Math.min(phrase.size(), a + 4); b > a; b--) {
                StringBuilder sb = new StringBuilder();
                for (int q = a; q < b; q++) {
                    sb.append(q > a ? " " : "").append(phrase.get(q).word());
                }
                Optional<String> c = gazetteer.countryByPlace(sb.toString());
                if (c.isPresent()) {
                    return c.get();
                }
            }
        }
        return null;
    }

    /**
     * "South Korea's Kim Min-jae", "Japan's Prime Minister X", "Brazil's Lula": a country's possessive before the
     * name (or its office) says whose the person is.
     */
    private String possessiveCountry(List<Token> toks, int start) {
        int p = start - 1;
        if (p < 1 || !(toks.get(p).word().equals("'s") || toks.get(p).word().equals("’s"))) {
            return null;
        }
        for (int n = Math.min(3, p); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = p - n; k < p; k++) {
                sb.append(k > p - n ? " " : "").append(toks.get(k).word());
            }
            Optional<String> c = gazetteer.countryByName(sb.toString());
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }

    /** "his South Korean counterpart Defense Minister X": the counterpart's nationality is the office's country. */
    private String counterpartCountry(List<Token> toks, int phraseStart) {
        int c = phraseStart - 1;
        if (c >= 0 && toks.get(c).word().equals(",")) {
            c--;
        }
        if (c < 1 || !toks.get(c).lowerLemma().equals("counterpart")) {
            return null;
        }
        for (int k = Math.max(0, c - 3); k < c; k++) {
            String country = countryOfTokens(toks.subList(k, c));
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private Phrase apposition(List<Token> toks, int end) {
        if (end >= toks.size() || !toks.get(end).word().equals(",")) {
            return null;
        }
        int j = end + 1;
        while (j < toks.size() && !isBoundary(toks.get(j))) {
            if ("PERSON".equals(toks.get(j).ner())) {
                return null; // "X, Foreign Minister Y, and ...": a list, not an apposition
            }
            j++;
        }
        List<Token> app = toks.subList(end + 1, j);
        if (app.isEmpty() || app.size() > 14 || !startsWithTitle(app)) {
            return null;
        }
        Phrase p = fromPhrase(app);
        return p == null || p.rankOnly() ? null : p;
    }

    /** "Commander of the Southern Fleet (SOFLEET), Adm. X": the office before the comma. */
    private Phrase reverseApposition(List<Token> toks, int phraseStart) {
        int i = phraseStart - 1;
        if (i < 1 || !toks.get(i).word().equals(",")) {
            return null;
        }
        int start = phraseStart(toks, i - 1);
        if (start >= i) {
            return null;
        }
        for (int k = start; k < i; k++) {
            if ("PERSON".equals(toks.get(k).ner())) {
                return null;
            }
        }
        Phrase p = fromPhrase(toks.subList(start, i));
        return p == null || p.rankOnly() ? null : p;
    }

    private boolean startsWithTitle(List<Token> app) {
        for (int k = 0; k < app.size(); k++) {
            Token t = app.get(k);
            if (k == 0 && t.lowerWord().equals("the")) {
                continue; // "X, the President of the United Arab Emirates,"
            }
            if (isTitleToken(t)) {
                return true;
            }
            if (!isCountryish(t) && !MODIFIERS.contains(t.lowerWord())) {
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

    private static boolean isTitleToken(Token t) {
        return "TITLE".equals(t.ner()) || t.isCapitalized() && OFFICE_HEADS.contains(t.lowerWord());
    }

    private boolean isTitleWord(Token t) {
        String ner = t.ner() == null ? "O" : t.ner();
        if (ner.equals("PERSON")) {
            // "Ambassador to Chad Pierre X" tagged as one name: the country word is the office's; so are
            // "Crown Prince" and "Sheikh" the tagger put inside the name
            String w = t.lowerWord().replace(".", "");
            return gazetteer.countryByName(t.word()).isPresent() || t.isCapitalized()
                    && (HONORIFICS.contains(w) || OFFICE_HEADS.contains(w));
        }
        if (ner.equals("DATE") || ner.equals("NUMBER") || ner.equals("ORDINAL")) {
            return false;
        }
        if (t.isCapitalized() && (t.pos().equals("NNS") || t.pos().equals("NNPS")) && !ner.equals("ORGANIZATION")
                && OFFICE_HEADS.contains(t.lowerWord().replaceAll("s$", ""))) {
            return false; // "Senior Directors on President X": a group's office, not X's
        }
        if (ner.equals("TITLE") || ner.equals("NATIONALITY") || ner.equals("COUNTRY") || ner.equals("ORGANIZATION")
                || ner.equals("CITY") || ner.equals("LOCATION") || ner.equals("STATE_OR_PROVINCE")) {
            return true;
        }
        if (CONNECTORS.contains(t.lowerWord()) || MODIFIERS.contains(t.lowerWord())) {
            return true;
        }
        return t.isCapitalized() && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
    }

    private boolean isPlaceOnly(Token t) {
        String ner = t.ner() == null ? "O" : t.ner();
        return (ner.equals("CITY") || ner.equals("LOCATION") || ner.equals("STATE_OR_PROVINCE"))
                && gazetteer.countryByName(t.word()).isEmpty();
    }

    private boolean isCountryish(Token t) {
        return "NATIONALITY".equals(t.ner()) || "COUNTRY".equals(t.ner())
                || gazetteer.countryOfAny(t.word()).isPresent();
    }

    /** Builds a title from a phrase that must contain an office word; null otherwise. */
    Phrase fromPhrase(List<Token> phrase) {
        if (phrase.stream().noneMatch(TitleParser::isTitleToken)) {
            return null;
        }
        String country = null;
        List<Token> words = new ArrayList<>();
        boolean leading = true;
        // "French Ambassador to Niger": an envoy's title keeps the sending country's word
        boolean envoy = phrase.stream().anyMatch(t -> t.lowerWord().equals("to"));
        boolean officeSeen = false;
        for (int k = 0; k < phrase.size(); k++) {
            Token t = phrase.get(k);
            boolean afterTo = k > 0 && phrase.get(k - 1).lowerWord().equals("to");
            if (t.word().equals("(") || t.word().equals(")") || k > 0 && phrase.get(k - 1).word().equals("(")) {
                continue;
            }
            if (isCountryish(t) && !afterTo && !partOfRegion(phrase, k)) {
                String c = countryOfTokens(phrase.subList(k, Math.min(phrase.size(), k + 3)));
                if (c != null && country == null) {
                    country = c;
                }
                if (leading && !envoy) {
                    continue;
                }
            }
            if (leading && (CONNECTORS.contains(t.lowerWord()) || "COUNTRY".equals(t.ner()) && !envoy)) {
                continue; // "the Netherlands Minister", "Republic of Korea Minister"
            }
            String w = t.lowerWord().replace(".", "");
            if (isStyle(phrase, k, w)) {
                continue; // "President Sheikh X", "Minister of Defense Prince X": the office without the style
            }
            boolean generalOffice = w.equals("general") && (lastOffice(words) != null
                    && GENERAL_OFFICES.contains(lastOffice(words))
                    // "General Secretary of the Party": spelled out before an office word it is the office's
                    || t.lowerWord().equals("general") && k + 1 < phrase.size()
                    && GENERAL_OFFICES.contains(phrase.get(k + 1).lowerWord()));
            if (RANKS.contains(w) && !generalOffice) {
                continue;
            }
            leading = false;
            officeSeen |= isTitleToken(t);
            words.add(t);
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1).lowerWord())) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || !officeSeen && words.stream().noneMatch(TitleParser::isTitleToken)) {
            // Only a rank ("Gen. X"): keep it, it still marks an official.
            Token rank = phrase.stream().filter(TitleParser::isTitleToken).findFirst().orElseThrow();
            return new Phrase(new PersonTitle(rank.word(), country), true);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            Token t = words.get(k);
            if (k > 0 && t.begin() != words.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.word());
        }
        return new Phrase(new PersonTitle(sb.toString(), country), false);
    }

    /** The last word of an office read so far, past a hyphen ("Secretary-General"); null when none. */
    private static String lastOffice(List<Token> words) {
        int i = words.size() - 1;
        if (i >= 0 && words.get(i).word().equals("-")) {
            i--;
        }
        return i >= 0 ? words.get(i).lowerWord() : null;
    }

    /** An honorific that is not the office: "Sheikh", "His Royal Highness", "Prince" (not in "Crown Prince"). */
    private static boolean isStyle(List<Token> phrase, int k, String w) {
        if (w.equals("his") || w.equals("her")) {
            return k + 1 < phrase.size() && HONORIFICS.contains(phrase.get(k + 1).lowerWord());
        }
        if (!HONORIFICS.contains(w) || ROYAL_OFFICES.contains(w)) {
            return false;
        }
        boolean crowned = k > 0 && phrase.get(k - 1).lowerWord().equals("crown");
        return !crowned;
    }

    /** "North America" in "Chief Officer for North America" names a region, not the United States. */
    private boolean partOfRegion(List<Token> phrase, int k) {
        return k > 0 && gazetteer.isRegion(phrase.get(k - 1).word() + " " + phrase.get(k).word())
                || k + 1 < phrase.size() && gazetteer.isRegion(phrase.get(k).word() + " " + phrase.get(k + 1).word());
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
