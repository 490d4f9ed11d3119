package io.visitwire.extraction.entities.spans;

import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.Comparator;
import java.util.List;

import static io.visitwire.extraction.entities.spans.Spans.CONNECTORS;
import static io.visitwire.extraction.entities.spans.Spans.ORG_HEADS;
import static io.visitwire.extraction.entities.spans.Spans.span;

/**
 * Repairs of PERSON spans: a country glued to the front of a name, a name glued to the end of an office
 * tagged as an organization, names left untagged after an office, names split by a quoted nickname.
 * Stateless; thread-safe.
 */
final class PersonSpans {

    /** Parts of Arabic, Dutch, Spanish... names written in lower case inside a name. */
    private static final Lexicon NAME_PARTICLES = Lexicon.of("name-particles");
    /** Portfolio words that end an office written before a name ("Minister of Defense X"). */
    private static final Lexicon PORTFOLIO = Lexicon.of("portfolio-words");
    private static final Lexicon RANKS = Lexicon.of("ranks");
    private static final Lexicon OFFICE_HEADS = Lexicon.of("office-heads");
    /** "Sheikh", "Prince", "His Royal Highness": styles before a name, not part of it. */
    private static final Lexicon HONORIFICS = Lexicon.of("honorifics");

    private final Gazetteer gazetteer;

    PersonSpans(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** "Kenya Daniel Okafor" tagged as one PERSON: a country word glued to the front of a name. */
    NerSpan stripLeadingCountry(Sentence s, String body, NerSpan sp) {
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
     * "Prince Faisal bin Nasser", "Sheikh Hamad bin Rashid Al Qasimi", "Emir Sheikh Tamim": honorifics at the
     * front of a name are titles, not the name (ANNOTATION.md). A word that could also be a given name
     * stays when a name particle follows it ("Sultan bin Nasser"), and one name word always remains.
     */
    NerSpan stripHonorifics(Sentence s, String body, NerSpan sp) {
        if (!sp.isPersonType()) {
            return sp;
        }
        List<Token> toks = s.tokens();
        int k = sp.tokenStart();
        while (k < sp.tokenEnd() - 1) {
            Token t = toks.get(k);
            String w = t.lowerWord().replace(".", "");
            boolean style = (w.equals("his") || w.equals("her")) && HONORIFICS.contains(toks.get(k + 1).lowerWord());
            if (!style && !HONORIFICS.contains(w)) {
                break;
            }
            Token next = toks.get(k + 1);
            if (!style && NAME_PARTICLES.contains(next.lowerWord())) {
                break;
            }
            k++;
        }
        return k > sp.tokenStart() ? span(s, body, "PERSON", k, sp.tokenEnd()) : sp;
    }

    /**
     * "Ana Paula Moreira da Costa", "Hanna van der Berg" cut before the particle: a name runs on through
     * lower-case particles into the capitalized words after them, when those are not another entity.
     */
    void nameParticleTails(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (int n = 0; n < spans.size(); n++) {
            NerSpan sp = spans.get(n);
            if (!sp.isPersonType()) {
                continue;
            }
            int k = sp.tokenEnd();
            int particles = 0;
            while (k < toks.size() && NAME_PARTICLES.contains(toks.get(k).word())) {
                k++;
                particles++;
            }
            if (particles == 0 || particles > 2 || k >= toks.size()) {
                continue;
            }
            int end = k;
            while (end < toks.size() && toks.get(end).isCapitalized() && toks.get(end).pos().startsWith("NNP")
                    && gazetteer.countryOfAny(toks.get(end).word()).isEmpty()) {
                end++;
            }
            if (end == k || end - k > 2) {
                continue;
            }
            final int from = sp.tokenEnd();
            final int to = end;
            boolean otherEntity = spans.stream().anyMatch(x -> x != sp && x.tokenStart() < to && from < x.tokenEnd()
                    && !x.isOrganizationType() && !"MISC".equals(x.type()));
            if (otherEntity) {
                continue;
            }
            spans.removeIf(x -> x != sp && x.tokenStart() < to && from < x.tokenEnd());
            n = spans.indexOf(sp);
            spans.set(n, span(s, body, "PERSON", sp.tokenStart(), end));
        }
    }

    /**
     * "... Secretary of State for Trade and Consumer Affairs Jane Roe", "General Secretary of the Communist
     * Party of Vietnam Nguyen Van Binh" tagged as one ORGANIZATION: when an organization span ends in two or
     * three name-shaped words after an organization-like word or a country and follows an office, the tail
     * is the person and the rest belongs to the office.
     */
    void splitPersonFromOrganization(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (NerSpan sp : List.copyOf(spans)) {
            int n = sp.tokenEnd() - sp.tokenStart();
            if (!sp.isOrganizationType() || n < 3) {
                continue;
            }
            int te = sp.tokenEnd();
            // the name is the last two to three words ("... Party of Vietnam Nguyen Van Binh")
            for (int len = Math.min(3, n - 1); len >= 2; len--) {
                int k = te - len;
                Token before = toks.get(k - 1);
                boolean nameShaped = true;
                for (int j = k; j < te; j++) {
                    Token a = toks.get(j);
                    nameShaped &= a.pos().equals("NNP") && a.isCapitalized() && !ORG_HEADS.contains(a.lowerWord())
                            && gazetteer.countryOfAny(a.word()).isEmpty();
                }
                boolean orgWordBefore = before.pos().startsWith("NNPS") || ORG_HEADS.contains(before.lowerWord())
                        || before.lowerWord().equals("affairs") || gazetteer.countryByName(before.word()).isPresent();
                if (nameShaped && orgWordBefore && titleWithin(toks, sp.tokenStart(), 8)) {
                    spans.remove(sp);
                    spans.add(span(s, body, "PERSON", k, te));
                    break;
                }
            }
        }
    }

    /** "Region", "Oblast", "Province": the head word of an administrative unit's name. */
    private static final Lexicon ADMINISTRATIVE_HEADS = Lexicon.of("administrative-heads");

    /**
     * "Governor of the Tver Region Igor Belov" tagged as one PERSON: an office and the place or body it serves,
     * then the name. A person's name holds no lower-case "of" or "the" (particles aside), so a span that opens
     * with an office word and holds them is the office up to its last head word, then the name; a place the
     * office names ("the Tver Region") becomes a place of its own, as it is when the tagger splits it.
     */
    void splitOfficeFromName(Sentence s, String body, List<NerSpan> spans) {
        List<Token> toks = s.tokens();
        for (NerSpan sp : List.copyOf(spans)) {
            if (!sp.isPersonType() || sp.tokenEnd() - sp.tokenStart() < 4) {
                continue;
            }
            Token first = toks.get(sp.tokenStart());
            String w = first.lowerWord().replace(".", "");
            if (!first.isCapitalized() || !(OFFICE_HEADS.contains(w) || "TITLE".equals(first.ner()))) {
                continue;
            }
            int connector = -1;
            for (int k = sp.tokenStart() + 1; k < sp.tokenEnd(); k++) {
                String lw = toks.get(k).word();
                if ((lw.equals("of") || lw.equals("the") || lw.equals("for")) && !NAME_PARTICLES.contains(lw)) {
                    connector = k;
                }
            }
            if (connector < 0) {
                continue;
            }
            int head = -1;
            for (int k = connector + 1; k < sp.tokenEnd() - 1; k++) {
                String lw = toks.get(k).lowerWord();
                if (ADMINISTRATIVE_HEADS.contains(lw) || ORG_HEADS.contains(lw) || OFFICE_HEADS.contains(lw)) {
                    head = k;
                }
            }
            int nameStart = head >= 0 ? head + 1 : -1;
            if (nameStart < 0 || sp.tokenEnd() - nameStart < 1 || sp.tokenEnd() - nameStart > 4) {
                continue;
            }
            spans.remove(sp);
            spans.add(span(s, body, "PERSON", nameStart, sp.tokenEnd()));
            if (ADMINISTRATIVE_HEADS.contains(toks.get(head).lowerWord()) && head > connector + 1) {
                spans.add(span(s, body, "LOCATION", connector + 1, head + 1)); // "Tver Region"
            } else if (ORG_HEADS.contains(toks.get(head).lowerWord()) && head > connector + 1) {
                spans.add(span(s, body, "ORGANIZATION", connector + 1, head + 1));
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
    void personsAfterTitles(Sentence s, String body, List<NerSpan> spans) {
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
                    && !RANKS.contains(folded) && !OFFICE_HEADS.contains(folded);
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
    void joinNicknamedNames(Sentence s, String body, List<NerSpan> spans) {
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
}
