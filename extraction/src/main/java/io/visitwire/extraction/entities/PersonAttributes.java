package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's title and country: the fullest office any mention gives, the country the title or the
 * group listed before the name states, else the one the office implies. Stateless; thread-safe.
 */
final class PersonAttributes {

    /** Offices held only abroad in the kind of text we read; such holders never default to the home country. */
    static final Pattern FOREIGN_OFFICE = Pattern.compile(
            "(?i).*\\b" + Lexicon.of("foreign-offices").alternation() + "\\b.*");
    /** Offices every country has; the text around the name decides whose. */
    private static final Pattern ANY_COUNTRY_OFFICE = Pattern.compile(
            "(?i)(" + Lexicon.of("office-modifiers").alternation() + " )?(vice )?"
                    + Lexicon.of("any-country-offices").alternation());

    private static final Lexicon INTERNATIONAL_OFFICES = Lexicon.of("international-offices");

    private final Gazetteer gazetteer;
    private final TitleParser titles;
    private final TitleNormalizer titleForms;

    PersonAttributes(Gazetteer gazetteer, TitleParser titles, TitleNormalizer titleForms) {
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.titleForms = titleForms;
        this.roles = new RoleMentions(gazetteer);
    }

    private final RoleMentions roles;

    void assignPersonTitles(List<CanonicalEntity> persons, ParsedText doc, DocumentContext ctx,
                                    CountryCues cues) {
        java.util.Map<CanonicalEntity, String> titlesRead = new java.util.HashMap<>();
        java.util.Map<CanonicalEntity, String> countriesRead = new java.util.HashMap<>();
        for (CanonicalEntity p : persons) {
            String title = null;
            String country = null;
            for (EntityMention m : p.mentions()) {
                Sentence s = doc.sentences().get(m.sentence());
                Optional<PersonTitle> t = titles.parse(s, doc.text(), m.tokenStart(), m.tokenEnd());
                if (t.isPresent()) {
                    String found = t.get().title();
                    if (found != null && (title == null || isRank(title) && !isRank(found)
                            || found.length() > title.length() && !isRank(found))) {
                        title = found;
                    }
                    if (country == null) {
                        country = t.get().country();
                    }
                }
                if (country == null) {
                    country = groupNationality(s, m.tokenStart());
                }
                if (country == null) {
                    country = nationalityBeforeNoun(s, m.tokenStart());
                }
            }
            titlesRead.put(p, title);
            countriesRead.put(p, country);
            p.title(title); // read by the role mentions below, normalized at the end
        }
        // "... held talks with Nurlan Abenov. The Kazakh President said": the country an office states of the
        // person named before it
        for (java.util.Map.Entry<CanonicalEntity, RoleMentions.Role> e
                : roles.resolve(persons, countriesRead, doc, ctx.homeCountry()).entrySet()) {
            countriesRead.put(e.getKey(), e.getValue().country());
            if (titlesRead.get(e.getKey()) == null) {
                titlesRead.put(e.getKey(), e.getValue().office());
            }
        }
        for (CanonicalEntity p : persons) {
            String title = titlesRead.get(p);
            String country = countriesRead.get(p);
            boolean stated = country != null;
            p.countryExplicit(stated);
            if (country == null) {
                country = impliedCountry(p, title, ctx, cues);
            }
            p.country(country);
            // the office as the text gives it: "of Country" only where the text states the country
            // ("Polish President X", "Brazil's foreign minister", "President X of Peru"), not where we infer it
            String titleCountry = stated ? country : null;
            p.title(titleForms.normalize(title, titleCountry, ctx.homeCountry(), cues.writtenName(titleCountry)));
        }
    }

    /** An office of an international body ("U.N. Secretary-General", "EU High Representative"). */
    static boolean internationalOffice(String title) {
        if (title == null) {
            return false;
        }
        String padded = " " + title.replaceAll("[,()]", " ") + " ";
        return INTERNATIONAL_OFFICES.stream().anyMatch(w -> padded.contains(" " + w + " "));
    }

    private static boolean isRank(String title) {
        return TitleParser.RANKS.contains(lower(title).replace(".", ""));
    }

    /**
     * The country of a person whose text does not state it. Offices held abroad (minister, king) and
     * offices every country has (president) take the country of the meeting they are named in, then
     * (foreign offices only) the country the article is about; other offices default to the publisher's
     * country, the way its own officials go unqualified in its text.
     */
    private String impliedCountry(CanonicalEntity p, String title, DocumentContext ctx, CountryCues cues) {
        if (internationalOffice(title)) {
            return null; // "NATO Secretary General", "President of the European Council": no state's official
        }
        // offices the publisher's government lacks are held abroad (ministers for a U.S. readout, a president
        // for GOV.UK: offices-abroad.tsv); a text of unknown origin reads like a U.S. one
        boolean foreignOffice = title != null && (ctx.homeCountry() == null
                ? FOREIGN_OFFICE.matcher(title).matches() : gazetteer.officeAbroad(ctx.homeCountry(), title));
        boolean anyCountryOffice = title == null || ANY_COUNTRY_OFFICE.matcher(title).matches();
        if (foreignOffice || anyCountryOffice) {
            String c = cues.meetingCountry(p);
            if (c != null) {
                return c;
            }
            if (foreignOffice) {
                return cues.focus(false);
            }
        }
        return title == null || isRank(title) && ctx.homeCountry() == null ? null : ctx.homeCountry();
    }

    /**
     * "senior Chilean officials, including Interior Minister X": members listed after
     * "including"/"included" take the nationality of the group named before it.
     */
    private String groupNationality(Sentence s, int nameStart) {
        int inc = -1;
        for (int i = nameStart - 1; i >= 0; i--) {
            if (s.tokens().get(i).lowerLemma().equals("include")) {
                inc = i;
                break;
            }
        }
        if (inc < 0) {
            return null;
        }
        for (int i = inc - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            if ("NATIONALITY".equals(t.ner()) || "COUNTRY".equals(t.ner())) {
                return gazetteer.countryOfAny(t.word()).orElse(null);
            }
        }
        return null;
    }

    /**
     * "Saudi official X", "the Kenyan diplomat X": a nationality, then one common noun, right before the name
     * states the country the person serves.
     */
    private static final io.visitwire.extraction.lexicon.Lexicon OFFICE_HOLDERS =
            io.visitwire.extraction.lexicon.Lexicon.of("office-holder-nouns");

    private String nationalityBeforeNoun(Sentence s, int nameStart) {
        if (nameStart < 2) {
            return null;
        }
        Token noun = s.tokens().get(nameStart - 1);
        Token adj = s.tokens().get(nameStart - 2);
        boolean commonNoun = noun.pos().equals("NN") || OFFICE_HOLDERS.contains(noun.lowerWord());
        if (!commonNoun || noun.isCapitalized() || !adj.isCapitalized()) {
            return null;
        }
        return gazetteer.countryByDemonym(adj.word()).orElse(null);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
