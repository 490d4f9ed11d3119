package io.visitwire.extraction.entities.spans;

import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.visitwire.extraction.entities.spans.Spans.CONNECTORS;
import static io.visitwire.extraction.entities.spans.Spans.ORG_HEADS;
import static io.visitwire.extraction.entities.spans.Spans.covering;
import static io.visitwire.extraction.entities.spans.Spans.span;

/**
 * Repairs of ORGANIZATION (and named building) spans: listed organizations the tagger missed or cut,
 * names vouched for by a parenthesized acronym, capitalized names ending in an organization or building
 * head. Stateless; thread-safe.
 */
final class OrganizationSpans {

    /** Head nouns of named buildings that are places ("National Palace", "Government House"). */
    private static final Lexicon FACILITY_HEADS = Lexicon.of("facility-heads");
    private static final Pattern PREFIXED = Pattern.compile("([A-Z][A-Za-z.]{1,9})-"
            + Lexicon.of("acronym-suffixes").alternation());

    private final Gazetteer gazetteer;

    OrganizationSpans(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Organizations listed in {@code organizations.tsv} that the tagger missed or cut ("al-Shabaab",
     * "Self-Defense Forces"), and a listed acronym as the first part of a hyphenated word ("UN-led").
     */
    void knownOrganizations(Sentence s, String body, List<NerSpan> spans) {
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
            if (t.word().equals("The")) {
                continue; // "The People's Liberation Army said": the key folds a sentence's "The" away, the name has none
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
    void parenthesizedAcronyms(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("(") || !toks.get(i + 2).word().equals(")")
                    || !Spans.ACRONYM.matcher(toks.get(i + 1).word()).matches()) {
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
     * "the Government will allocate funds" (Kremlin, GOV.UK style): "Government" capitalized after "the" names
     * one state's government as a body; "the government" in lower case is generic, "the Government of Peru"
     * is a token pattern ({@link TokenPatternSpans}) and "Government House" a building.
     */
    void capitalizedGovernment(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 1; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.word().equals("Government") || !toks.get(i - 1).lowerWord().equals("the")
                    || covering(spans, i) != null) {
                continue;
            }
            Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            if (next != null && (next.lowerWord().equals("of") || next.isCapitalized() || next.word().startsWith("'")
                    || next.word().startsWith("’"))) {
                continue;
            }
            spans.add(span(s, body, "ORGANIZATION", i, i + 1));
        }
    }

    /**
     * Capitalized names the tagger left untagged whose last word is an organization head ("Iraqi
     * Security Forces", "National Security Council") or a building ("National Palace"). A leading
     * nationality belongs to the name. ("Government of Peru" and "Senate Republicans" are token patterns:
     * {@link TokenPatternSpans}.)
     */
    void headedNames(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
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
}
