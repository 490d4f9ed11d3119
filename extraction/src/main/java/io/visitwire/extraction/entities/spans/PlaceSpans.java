package io.visitwire.extraction.entities.spans;

import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static io.visitwire.extraction.entities.spans.Spans.covering;
import static io.visitwire.extraction.entities.spans.Spans.span;

/**
 * Repairs of place spans: regions and countries the tagger cut up or tagged as a nationality, a city
 * with its postal abbreviation. Stateless; thread-safe.
 */
final class PlaceSpans {

    /** "Prefecture", "Region", "Oblast", "Camp": words that continue a place's name into a unit or site. */
    private static final Lexicon ADMINISTRATIVE_HEADS = Lexicon.of("administrative-heads");
    /** "House", "Palace", "Airport": a city's name before them names a site. */
    private static final Lexicon FACILITY_HEADS = Lexicon.of("facility-heads");
    /** "Dialogue", "Summit", "Agreement": the head words of names of events and documents. */
    private static final Lexicon EVENT_OR_DOCUMENT = Lexicon.union("event-heads", "document-heads");
    private static final Pattern POSTAL_ABBREVIATION = Pattern.compile("[A-Z][a-z]?\\.(?:[A-Z]\\.)?");

    private final Gazetteer gazetteer;

    PlaceSpans(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Multi-token regions and countries the tagger cut up ("Horn" + "of Africa", "North" + "America"),
     * and single country names tagged as nationality or missed.
     */
    void gazetteerPlaces(Sentence s, String body, List<NerSpan> spans) {
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
                    // "The U.S. Embassy": "The U.S." folds to a country, but the body's name runs on past it
                    // (not an event's or document's name, which is no body: "The UK-Veloria Strategic Dialogue")
                    boolean cutsAName = spans.stream().anyMatch(x -> x.isOrganizationType() && x.tokenStart() < to
                            && x.tokenStart() >= from && x.tokenEnd() > to
                            && !EVENT_OR_DOCUMENT.contains(toks.get(x.tokenEnd() - 1).lowerWord()));
                    insideLonger |= cutsAName;
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
            // a name that is also its people's adjective ("Myanmar") is the country unless it modifies a noun after it
            // ("Myanmar officials"): "visits to Laos and Myanmar on Monday"
            boolean modifier = i + 1 < toks.size() && (toks.get(i + 1).pos().startsWith("NN") || toks.get(i + 1).pos().startsWith("JJ"));
            boolean countryName = gazetteer.countryByName(t.word()).isPresent()
                    && (gazetteer.countryByDemonym(t.word()).isEmpty() || !modifier);
            if (countryName && (cur == null || "NATIONALITY".equals(cur.type()) || "MISC".equals(cur.type()))) {
                if (cur != null) {
                    spans.remove(cur);
                }
                spans.add(span(s, body, "COUNTRY", i, i + 1));
            }
        }
    }

    /**
     * "Okinawa Prefecture", "Rostov Region", "Burma Camp", "Hyderabad House": a place followed by a
     * capitalized administrative or site word that ends the capitalized run is one place (not the place and a
     * stray "Prefecture"); a country's name before a site word stays the country ("the U.S. House").
     */
    void administrativeUnits(Sentence s, String body, List<NerSpan> spans) {
        spans.sort(Comparator.comparingInt(NerSpan::tokenStart));
        List<Token> toks = s.tokens();
        for (int i = 0; i < spans.size(); i++) {
            NerSpan a = spans.get(i);
            int h = a.tokenEnd();
            if (!a.isPlaceType() || h >= toks.size()) {
                continue;
            }
            Token head = toks.get(h);
            boolean country = "COUNTRY".equals(a.type()) || gazetteer.countryByName(a.text()).isPresent();
            // "Hyderabad House", "Tavrida Palace"; not "the U.S. House", which is a chamber
            boolean site = FACILITY_HEADS.contains(head.lowerWord()) && !country;
            if (!head.isCapitalized() || !ADMINISTRATIVE_HEADS.contains(head.lowerWord()) && !site) {
                continue;
            }
            // "the Rostov Region Vasily X": a name after the unit does not continue it
            boolean runGoesOn = h + 1 < toks.size() && toks.get(h + 1).isCapitalized()
                    && !"PERSON".equals(toks.get(h + 1).ner()) && !"TITLE".equals(toks.get(h + 1).ner())
                    || h + 1 < toks.size() && toks.get(h + 1).word().equals("of");
            NerSpan next = covering(spans, h);
            if (runGoesOn || next != null && !next.isPlaceType() || next != null && next.tokenEnd() > h + 1) {
                continue;
            }
            if (next != null) {
                spans.remove(next);
            }
            spans.set(i, span(s, body, "LOCATION", a.tokenStart(), h + 1));
        }
    }

    /**
     * "Washington, D.C.": a city followed by a postal abbreviation is one place. A country after the
     * comma ("Baghdad, Iraq") stays a place of its own.
     */
    void cityWithPostalAbbreviation(Sentence s, String body, List<NerSpan> spans) {
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
}
