package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Article-level evidence for countries that the words next to a name do not state: which countries the
 * article is about, and which country a sentence about a meeting takes place in. Built per article from
 * its places and national organizations; immutable.
 */
final class CountryCues {

    /** Verbs that make the people after them the hosts or counterparts of a meeting. */
    private static final Lexicon MEETING = Lexicon.of("counterpart-verbs");

    private final ParsedText doc;
    private final String home;
    private final List<CanonicalEntity> placesAndOrgs;
    private final Map<String, Integer> mentionsByCountry = new HashMap<>();

    /** @param filedIn country of the dateline's place, or null; it counts as one mention */
    CountryCues(ParsedText doc, String home, List<CanonicalEntity> placesAndOrgs, String filedIn) {
        this.doc = doc;
        this.home = home;
        this.placesAndOrgs = placesAndOrgs;
        for (CanonicalEntity e : placesAndOrgs) {
            if (e.country() != null) {
                mentionsByCountry.merge(e.country(), e.mentions().size(), Integer::sum);
            }
        }
        if (filedIn != null && placesAndOrgs.stream().noneMatch(e -> e.type() == EntityType.LOCATION
                && e.mentions().stream().anyMatch(m -> m.begin() < DATELINE_ZONE) && filedIn.equals(e.country()))) {
            mentionsByCountry.merge(filedIn, 1, Integer::sum);
        }
    }

    /** Body offsets a dateline lies within. */
    private static final int DATELINE_ZONE = 60;

    /**
     * The country the article is mainly about: the most mentioned one, if it leads the next by a clear
     * margin; {@code includeHome} false leaves the publisher's country out (the country a visit goes to).
     */
    String focus(boolean includeHome) {
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : mentionsByCountry.entrySet()) {
            if (!includeHome && e.getKey().equals(home)) {
                continue;
            }
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best != null && first >= 2 && first > second ? best : null;
    }

    /**
     * "Secretary X met with President Y in Baku": a person named after a meeting verb, in a sentence whose
     * places and national bodies (the publisher's country aside) all lie in one country, is taken to hold
     * office there. The first such mention decides.
     */
    String meetingCountry(CanonicalEntity person) {
        for (EntityMention m : person.mentions()) {
            Sentence s = doc.sentences().get(m.sentence());
            if (!afterMeetingVerb(s, m.tokenStart())) {
                continue;
            }
            // the sentence's own places; when it names none, the place the sentence before set the scene in
            // ("The envoy will travel to Moldova on 2 March. He will meet with President X ...")
            for (int back = 0; back <= 2 && s.index() - back >= 0; back++) {
                Set<String> countries = countriesIn(s.index() - back);
                if (countries.size() == 1) {
                    return countries.iterator().next();
                }
                if (!countries.isEmpty()) {
                    break;
                }
            }
        }
        return null;
    }

    /** The countries of the places and national bodies sentence {@code si} names, the publisher's aside. */
    private Set<String> countriesIn(int si) {
        Set<String> countries = new LinkedHashSet<>();
        for (CanonicalEntity e : placesAndOrgs) {
            for (EntityMention pm : e.mentions()) {
                if (pm.sentence() == si && e.country() != null && !e.country().equals(home)) {
                    countries.add(e.country());
                }
            }
        }
        return countries;
    }

    private static boolean afterMeetingVerb(Sentence s, int nameStart) {
        List<Token> toks = s.tokens();
        for (int i = nameStart - 1; i >= 0 && i >= nameStart - 8; i--) {
            Token t = toks.get(i);
            if (t.word().equals(";") || "PERSON".equals(t.ner()) && i < nameStart - 1 && !t.isCapitalized()) {
                return false;
            }
            if (t.isVerb() && MEETING.contains(t.lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /** The article's own spelling of a country ("Republic of Korea"), or null; "U.S." and "UK" are no spelling. */
    String writtenName(String country) {
        for (CanonicalEntity e : placesAndOrgs) {
            if (e.type() == EntityType.LOCATION && Objects.equals(country, e.country())
                    && "COUNTRY".equals(e.subtype()) && !e.name().contains(".")
                    && !Mentions.ACRONYM.matcher(e.name()).matches()) {
                return e.name();
            }
        }
        return null;
    }
}
