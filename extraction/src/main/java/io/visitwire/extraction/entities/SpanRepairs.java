package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of CoreNLP's entity spans for one sentence, each for an error class measured on news text of
 * this kind: names the tagger splits, misses or glues together. Every repair works on token shapes,
 * NER tags and the gazetteer, never on particular names. Stateless; thread-safe.
 */
final class SpanRepairs {

    /** Head nouns of organization names ("National Security Council", "Iraqi Security Forces"). */
    static final Lexicon ORG_HEADS = Lexicon.of("organization-heads");
    /** Head nouns of named buildings that are places ("National Palace", "Government House"). */
    private static final Lexicon FACILITY_HEADS = Lexicon.of("facility-heads");
    /** Parts of Arabic, Dutch, Spanish... names written in lower case inside a name. */
    private static final Lexicon NAME_PARTICLES = Lexicon.of("name-particles");
    /** Portfolio words that end an office written before a name ("Minister of Defense X"). */
    private static final Lexicon PORTFOLIO = Lexicon.of("portfolio-words");
    /** "of", "and", "in", "-" ...: the lower-case parts of a multi-word name or office. */
    private static final Lexicon CONNECTORS = Lexicon.of("name-connectors");
    /** "Senate Republicans": a chamber's party members named as a body. */
    private static final Lexicon CHAMBERS = Lexicon.of("chamber-words");
    private static final Lexicon PARTY_MEMBERS = Lexicon.of("party-members");
    private static final Pattern PREFIXED = Pattern.compile("([A-Z][A-Za-z.]{1,9})-"
            + Lexicon.of("acronym-suffixes").alternation());
    private static final Pattern POSTAL_ABBREVIATION = Pattern.compile("[A-Z][a-z]?\\.(?:[A-Z]\\.)?");

    private final Gazetteer gazetteer;

    SpanRepairs(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** CoreNLP's spans of {@code s} with every repair applied, in token order. */
    List<NerSpan> repair(Sentence s, String body) {
        List<NerSpan> spans = new ArrayList<>();
        for (NerSpan sp : s.spans()) {
            spans.add(stripLeadingCountry(s, body, sp));
        }
        splitPersonFromOrganization(s, body, spans);
        personsAfterTitles(s, body, spans);
        joinNicknamedNames(s, body, spans);
        gazetteerPlaces(s, body, spans);
        knownOrganizations(s, body, spans);
        parenthesizedAcronyms(s, body, spans);
        headedNames(s, body, spans);
        cityWithPostalAbbreviation(s, body, spans);
        spans.sort(Comparator.comparingInt(NerSpan::tokenStart));
        return spans;
    }

    /** "Kenya Daniel Okafor" tagged as one PERSON: a country word glued to the front of a name. */
    private NerSpan stripLeadingCountry(Sentence s, String body, NerSpan sp) {
        if (sp.isPersonType() && sp.tokenEnd() - sp.tokenStart() > 2) {
            int k = sp.tokenStart();
            while (k < sp.tokenEnd() - 2 && gazetteer.countryOf(s.tokens().get(k).word()).isPresent()) {
                k++;
            }
            if (k > sp.tokenStart()) {
                return span(s, body, "PERSON", k, sp.tokenEnd());
            }
        }
        return sp;
    }

    /**
     * "... Secretary of State for Trade and Consumer Affairs Jane Roe" tagged as one ORGANIZATION: when an
     * organization span ends in two name-shaped words after an organization-like word and follows an
     * office, the tail is the person and the rest belongs to the office.
     */
    private void splitPersonFromOrganization(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (NerSpan sp : List.copyOf(spans)) {
            int n = sp.tokenEnd() - sp.tokenStart();
            if (!sp.isOrganizationType() || n < 3) {
                continue;
            }
            int te = sp.tokenEnd();
            Token a = toks.get(te - 2);
            Token b = toks.get(te - 1);
            Token before = toks.get(te - 3);
            boolean nameShaped = a.pos().equals("NNP") && b.pos().equals("NNP") && a.isCapitalized() && b.isCapitalized()
                    && !ORG_HEADS.contains(a.lowerWord()) && !ORG_HEADS.contains(b.lowerWord())
                    && gazetteer.countryOfAny(a.word()).isEmpty() && gazetteer.countryOfAny(b.word()).isEmpty();
            boolean orgWordBefore = before.pos().startsWith("NNPS") || ORG_HEADS.contains(before.lowerWord())
                    || before.lowerWord().equals("affairs");
            if (nameShaped && orgWordBefore && titleWithin(toks, sp.tokenStart(), 8)) {
                spans.remove(sp);
                spans.add(span(s, body, "PERSON", te - 2, te));
            }
        }
    }

    private static boolean titleWithin(List<Token> toks, int before, int window) {
        for (int i = Math.max(0, before - window); i < before; i++) {
            if ("TITLE".equals(toks.get(i).ner())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names the tagger leaves untagged right after an office ("Minister of Defense Karim al-Hassani",
     * "Defense Minister Park Ji-hoon"): two to four name-shaped tokens after a TITLE and its portfolio
     * words, ending at punctuation or a lower-case word.
     */
    private void personsAfterTitles(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!"TITLE".equals(toks.get(i).ner())) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && "TITLE".equals(toks.get(j).ner())) {
                j++;
            }
            // portfolio words ("of Defense", "of National Defense") belong to the office
            while (j < toks.size() && "O".equals(toks.get(j).ner()) && (CONNECTORS.contains(toks.get(j).lowerWord())
                    || toks.get(j).isCapitalized() && PORTFOLIO.contains(toks.get(j).lowerWord()))) {
                j++;
            }
            int start = j;
            int end = nameEnd(toks, start);
            int words = 0;
            for (int k = start; k < end; k++) {
                if (Character.isLetter(toks.get(k).word().charAt(0))) {
                    words++;
                }
            }
            if (words < 2 || words > 4 || end - start > 7 || continuesOffice(toks, end)) {
                continue;
            }
            final int from = start;
            final int to = end;
            boolean tagged = spans.stream().anyMatch(x -> x.tokenStart() < to && from < x.tokenEnd());
            if (!tagged) {
                spans.add(span(s, body, "PERSON", from, to));
            }
            i = end - 1;
        }
    }

    /**
     * "... for Special Operations and Low-Intensity Conflict X", "... Drug Control Policy Dr. X": the
     * capitalized run goes on into more of the office or into a tagged name, so it is not the name.
     */
    private static boolean continuesOffice(List<Token> toks, int end) {
        if (end >= toks.size()) {
            return false;
        }
        Token next = toks.get(end);
        if ("PERSON".equals(next.ner()) || next.isCapitalized() && next.pos().startsWith("NNP")) {
            return true;
        }
        return CONNECTORS.contains(next.lowerWord()) && end + 1 < toks.size()
                && toks.get(end + 1).isCapitalized();
    }

    /** End (exclusive) of a run of untagged name-shaped tokens starting at {@code start}. */
    private int nameEnd(List<Token> toks, int start) {
        int k = start;
        while (k < toks.size()) {
            Token t = toks.get(k);
            boolean hyphenPart = k > start && (t.word().equals("-") || toks.get(k - 1).word().equals("-"))
                    && t.begin() == toks.get(k - 1).end();
            boolean particle = k > start && NAME_PARTICLES.contains(t.lowerWord()) && k + 1 < toks.size()
                    && (toks.get(k + 1).isCapitalized() || toks.get(k + 1).word().equals("-"));
            String folded = t.lowerWord().replace(".", "");
            boolean nameWord = t.pos().startsWith("NNP") && t.isCapitalized() && "O".equals(t.ner())
                    && gazetteer.countryOfAny(t.word()).isEmpty() && !ORG_HEADS.contains(t.lowerWord())
                    && !TitleParser.RANKS.contains(folded) && !TitleParser.OFFICE_HEADS.contains(folded);
            if (!(nameWord || hyphenPart || particle)) {
                break;
            }
            k++;
        }
        while (k > start && toks.get(k - 1).word().equals("-")) {
            k--;
        }
        return k;
    }

    /**
     * Carlos "El Gato" Mendez: a quoted nickname splits one name into two PERSON spans. They are one
     * person; the nickname is left out of the name (the mention still covers it).
     */
    private void joinNicknamedNames(Sentence s, String body, List<NerSpan> spans) {
        spans.sort(Comparator.comparingInt(NerSpan::tokenStart));
        List<Token> toks = s.tokens();
        for (int i = 0; i + 1 < spans.size(); i++) {
            NerSpan a = spans.get(i);
            NerSpan b = spans.get(i + 1);
            if (!a.isPersonType() || !b.isPersonType()) {
                continue;
            }
            int gap = b.tokenStart() - a.tokenEnd();
            if (gap < 3 || gap > 6 || !isQuote(toks.get(a.tokenEnd())) || !isQuote(toks.get(b.tokenStart() - 1))) {
                continue;
            }
            String name = a.text() + " " + b.text();
            spans.set(i, new NerSpan("PERSON", s.index(), a.tokenStart(), b.tokenEnd(), a.begin(), b.end(), name, null));
            spans.remove(i + 1);
        }
    }

    private static boolean isQuote(Token t) {
        return switch (t.word()) {
            case "\"", "“", "”", "``", "''", "'", "‘", "’" -> true;
            default -> false;
        };
    }

    /**
     * Multi-token regions and countries the tagger cut up ("Horn" + "of Africa", "North" + "America"),
     * and single country names tagged as nationality or missed.
     */
    private void gazetteerPlaces(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).isCapitalized()) {
                continue;
            }
            for (int n = Math.min(5, toks.size() - i); n >= 2; n--) {
                if (!Character.isLetterOrDigit(toks.get(i + n - 1).word().charAt(0))) {
                    continue; // "Russia ." would fold to "Russia" and swallow the full stop
                }
                String text = body.substring(toks.get(i).begin(), toks.get(i + n - 1).end());
                boolean region = gazetteer.isRegion(text);
                if (region || gazetteer.countryByName(text).isPresent()) {
                    final int from = i;
                    final int to = i + n;
                    boolean insideLonger = spans.stream().anyMatch(x -> x.tokenStart() <= from && x.tokenEnd() >= to
                            && (x.tokenEnd() - x.tokenStart()) > to - from && !x.isPersonType());
                    if (!insideLonger) {
                        spans.removeIf(x -> x.tokenStart() < to && from < x.tokenEnd() && !x.isPersonType());
                        spans.add(span(s, body, region ? "LOCATION" : "COUNTRY", from, to));
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isCapitalized()) {
                continue;
            }
            NerSpan cur = covering(spans, i);
            boolean countryName = gazetteer.countryByName(t.word()).isPresent()
                    && gazetteer.countryByDemonym(t.word()).isEmpty();
            if (countryName && (cur == null || "NATIONALITY".equals(cur.type()) || "MISC".equals(cur.type()))) {
                if (cur != null) {
                    spans.remove(cur);
                }
                spans.add(span(s, body, "COUNTRY", i, i + 1));
            }
        }
    }

    /**
     * Organizations listed in {@code organizations.tsv} that the tagger missed or cut ("al-Shabaab",
     * "Self-Defense Forces"), and a listed acronym as the first part of a hyphenated word ("UN-led").
     */
    private void knownOrganizations(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            Matcher m = PREFIXED.matcher(t.word());
            NerSpan cur = covering(spans, i);
            if (m.matches() && gazetteer.organization(m.group(1)).isPresent()
                    && (cur == null || !cur.isOrganizationType())) {
                if (cur != null) {
                    spans.remove(cur);
                }
                spans.add(new NerSpan("ORGANIZATION", s.index(), i, i + 1, t.begin(), t.begin() + m.group(1).length(),
                        m.group(1), null));
                continue;
            }
            for (int n = Math.min(6, toks.size() - i); n >= 1; n--) {
                Token last = toks.get(i + n - 1);
                if (!Character.isLetter(last.word().charAt(0))) {
                    continue;
                }
                String text = body.substring(t.begin(), last.end());
                if (gazetteer.organization(text).isEmpty()) {
                    continue;
                }
                final int from = i;
                final int to = i + n;
                boolean coveredByEqualOrLonger = spans.stream().anyMatch(x -> x.tokenStart() <= from
                        && x.tokenEnd() >= to && (x.isOrganizationType() || x.isPlaceType() || x.isPersonType()));
                if (!coveredByEqualOrLonger) {
                    spans.removeIf(x -> x.tokenStart() < to && from < x.tokenEnd() && !x.isPersonType());
                    spans.add(span(s, body, "ORGANIZATION", from, to));
                }
                i += n - 1;
                break;
            }
        }
    }

    /**
     * "the African Union Mission in Somalia (AMISOM)": a parenthesized acronym vouches for the capitalized
     * name before it, which the tagger may have cut into a nationality, a city and a country. The name
     * starts at the first word whose initial is the acronym's and whose letters contain it in order.
     */
    private void parenthesizedAcronyms(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("(") || !toks.get(i + 2).word().equals(")")
                    || !EntityExtractor.ACRONYM.matcher(toks.get(i + 1).word()).matches()) {
                continue;
            }
            String acronym = toks.get(i + 1).word().replace(".", "").toLowerCase(Locale.ROOT);
            NerSpan before = covering(spans, i - 1);
            if (before != null && before.isOrganizationType() && before.tokenEnd() == i) {
                continue; // the tagger got it
            }
            if (before != null && before.tokenEnd() == i && Character.toLowerCase(before.text().charAt(0)) == acronym.charAt(0)
                    && isSubsequence(acronym, before.text().toLowerCase(Locale.ROOT))) {
                continue; // "Republic of Korea (ROK)": the acronym of the place itself
            }
            int k = i - 1;
            while (k >= 0 && (toks.get(k).isCapitalized() || CONNECTORS.contains(toks.get(k).lowerWord()))
                    && !"PERSON".equals(toks.get(k).ner())) {
                k--;
            }
            for (int start = k + 1; start < i - 1; start++) {
                Token first = toks.get(start);
                if (!first.isCapitalized() || Character.toLowerCase(first.word().charAt(0)) != acronym.charAt(0)) {
                    continue;
                }
                String letters = body.substring(first.begin(), toks.get(i - 1).end()).toLowerCase(Locale.ROOT);
                if (isSubsequence(acronym, letters)) {
                    final int from = start;
                    final int to = i;
                    spans.removeIf(x -> x.tokenStart() < to && from < x.tokenEnd());
                    spans.add(span(s, body, "ORGANIZATION", from, to));
                    break;
                }
            }
        }
    }

    private static boolean isSubsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(j)) {
                j++;
            }
        }
        return j == needle.length();
    }

    /**
     * Capitalized names the tagger left untagged whose last word is an organization head ("Iraqi
     * Security Forces", "National Security Council") or a building ("National Palace"); "Government of
     * Peru"; "Senate Republicans". A leading nationality belongs to the name.
     */
    private void headedNames(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            // "government of Iraq", "Government of Argentina"
            if (t.lowerWord().equals("government") && i + 2 < toks.size() && toks.get(i + 1).lowerWord().equals("of")) {
                NerSpan c = covering(spans, i + 2);
                if (c != null && "COUNTRY".equals(c.type()) && c.tokenStart() == i + 2 && covering(spans, i) == null) {
                    spans.remove(c);
                    spans.add(span(s, body, "ORGANIZATION", i, c.tokenEnd()));
                    i = c.tokenEnd() - 1;
                    continue;
                }
            }
            if (i + 1 < toks.size() && CHAMBERS.contains(t.lowerWord())
                    && t.isCapitalized() && PARTY_MEMBERS.contains(toks.get(i + 1).lowerWord())
                    && (covering(spans, i) == null || !covering(spans, i).isOrganizationType())) {
                final int at = i;
                spans.removeIf(x -> x.tokenStart() <= at + 1 && at < x.tokenEnd());
                spans.add(span(s, body, "ORGANIZATION", i, i + 2));
                i++;
                continue;
            }
            NerSpan cur = covering(spans, i);
            if (!t.isCapitalized() || cur != null && !"NATIONALITY".equals(cur.type())) {
                continue;
            }
            int j = cur != null ? cur.tokenEnd() : i;
            while (j < toks.size()) {
                Token u = toks.get(j);
                boolean hyphen = j > i && u.word().equals("-") && u.begin() == toks.get(j - 1).end();
                boolean word = u.isCapitalized() && u.pos().startsWith("NN") && !"TITLE".equals(u.ner())
                        && covering(spans, j) == null;
                if (!(word || hyphen)) {
                    break;
                }
                j++;
            }
            int words = j - (cur != null ? cur.tokenEnd() : i);
            if (words < 1 || j - i < 2) {
                continue;
            }
            String head = toks.get(j - 1).lowerWord();
            String type = ORG_HEADS.contains(head) ? "ORGANIZATION" : FACILITY_HEADS.contains(head) ? "LOCATION" : null;
            if (type == null || i > 0 && "TITLE".equals(toks.get(i - 1).ner())) {
                i = Math.max(i, j - 1);
                continue;
            }
            final int from = i;
            final int to = j;
            spans.removeIf(x -> x.tokenStart() < to && from < x.tokenEnd());
            spans.add(span(s, body, type, from, to));
            i = j - 1;
        }
    }

    /**
     * "Washington, D.C.": a city followed by a postal abbreviation is one place. A country after the
     * comma ("Baghdad, Iraq") stays a place of its own.
     */
    private void cityWithPostalAbbreviation(Sentence s, String body, List<NerSpan> spans) {
        spans.sort(Comparator.comparingInt(NerSpan::tokenStart));
        List<Token> toks = s.tokens();
        for (int i = 0; i + 1 < spans.size(); i++) {
            NerSpan a = spans.get(i);
            NerSpan b = spans.get(i + 1);
            if (a.isPlaceType() && b.isPlaceType() && b.tokenStart() == a.tokenEnd() + 1
                    && toks.get(a.tokenEnd()).word().equals(",") && b.tokenEnd() - b.tokenStart() == 1
                    && POSTAL_ABBREVIATION.matcher(b.text()).matches() && gazetteer.countryByName(b.text()).isEmpty()) {
                spans.set(i, span(s, body, "CITY", a.tokenStart(), b.tokenEnd()));
                spans.remove(i + 1);
            }
        }
    }

    static NerSpan covering(List<NerSpan> spans, int token) {
        for (NerSpan x : spans) {
            if (x.tokenStart() <= token && token < x.tokenEnd()) {
                return x;
            }
        }
        return null;
    }

    static NerSpan span(Sentence s, String body, String type, int ts, int te) {
        int b = s.tokens().get(ts).begin();
        int e = s.tokens().get(te - 1).end();
        return new NerSpan(type, s.index(), ts, te, b, e, body.substring(b, e), null);
    }
}
