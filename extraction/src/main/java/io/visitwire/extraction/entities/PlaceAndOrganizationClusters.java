package io.visitwire.extraction.entities;

import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.visitwire.extraction.entities.Mentions.ACRONYM;

/**
 * One entity per organization or place: mentions joined by the gazetteer's key, a country's code or an
 * acronym, then the canonical name and (for places) the country. Stateless; thread-safe.
 */
final class PlaceAndOrganizationClusters {

    private final Gazetteer gazetteer;
    private final EntityCountries countries;

    PlaceAndOrganizationClusters(Gazetteer gazetteer, EntityCountries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    List<CanonicalEntity> clusterOthers(List<Candidate> cands, ParsedText doc) {
        Map<String, CanonicalEntity> byKey = new LinkedHashMap<>();
        Map<String, CanonicalEntity> acronyms = new HashMap<>();
        List<Candidate> os = cands.stream().filter(c -> c.type() != EntityType.PERSON).toList();
        for (Candidate c : os) {
            String key = clusterKey(c);
            CanonicalEntity e = byKey.get(key);
            if (e == null) {
                e = acronyms.get(c.text());
            }
            if (e == null) {
                e = findByAcronym(byKey.values(), c);
            }
            if (e == null) {
                e = new CanonicalEntity(c.type(), c.subtype(), c.text());
                byKey.put(key, e);
            }
            e.addMention(c.mention());
            registerParenthesizedAcronym(c, e, acronyms);
        }
        for (CanonicalEntity e : byKey.values()) {
            chooseName(e);
            if (e.type() == EntityType.LOCATION) {
                e.country(countries.countryOf(e, doc));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private String clusterKey(Candidate c) {
        if (c.type() == EntityType.ORGANIZATION) {
            Optional<Gazetteer.KnownOrganization> known = gazetteer.organization(c.text());
            if (known.isPresent()) {
                return "org:" + Gazetteer.key(known.get().name()); // "AFRICOM" and "USAFRICOM" are one
            }
            Optional<String> state = gazetteer.governmentOf(c.text());
            if (state.isPresent()) {
                return "government:" + state.get(); // "United States Government", "U.S. Government"
            }
        }
        if (c.type() == EntityType.LOCATION) {
            Optional<String> code = gazetteer.countryByName(c.text());
            if (code.isPresent()) {
                return "country:" + code.get();
            }
        }
        return c.type() + ":" + Gazetteer.key(c.text());
    }

    private static CanonicalEntity findByAcronym(Iterable<CanonicalEntity> es, Candidate c) {
        for (CanonicalEntity e : es) {
            if (e.type() != c.type() && !(c.type() == EntityType.ORGANIZATION || e.type() == EntityType.ORGANIZATION)) {
                continue;
            }
            if (PersonNames.isAcronymOf(c.text(), e.name()) || PersonNames.isAcronymOf(e.name(), c.text())) {
                return e;
            }
        }
        return null;
    }

    /** "World Health Organization (WHO)": the parenthesized acronym names the same entity. */
    private static void registerParenthesizedAcronym(Candidate c, CanonicalEntity e, Map<String, CanonicalEntity> acronyms) {
        List<Token> toks = c.sentence().tokens();
        int i = c.te();
        if (i + 2 < toks.size() && toks.get(i).word().equals("(") && toks.get(i + 2).word().equals(")")
                && ACRONYM.matcher(toks.get(i + 1).word()).matches()) {
            acronyms.putIfAbsent(toks.get(i + 1).word(), e);
        }
    }

    /**
     * Canonical name: for countries the first full written form ("Republic of Chile", not "RCh" or
     * "U.K."), else the abbreviation as written ("U.S." when the article writes nothing longer), else the
     * gazetteer's name ("America"); for others the longest mention.
     */
    private void chooseName(CanonicalEntity e) {
        Optional<String> code = gazetteer.countryByName(e.name());
        if (e.type() == EntityType.LOCATION && code.isPresent()) {
            e.subtype("COUNTRY");
            String written = e.mentions().stream().map(EntityMention::text)
                    .filter(t -> !t.contains(".") && !ACRONYM.matcher(t).matches())
                    .filter(t -> gazetteer.countryByName(t).isPresent())
                    .findFirst().orElse(null);
            if (written != null && !written.equalsIgnoreCase("America")) {
                e.name(written);
                return;
            }
            // only "U.S." or "UK" written: the name is as written (ANNOTATION.md: the fullest form the article
            // gives); "America" stands for the state, which is the United States
            String abbreviated = e.mentions().stream().map(EntityMention::text)
                    .filter(t -> !t.equalsIgnoreCase("America") && gazetteer.countryByName(t).isPresent())
                    .findFirst().orElse(null);
            e.name(abbreviated != null ? abbreviated : gazetteer.countryName(code.get()).orElse(e.name()));
            return;
        }
        e.mentions().stream().map(EntityMention::text)
                .filter(t -> !ACRONYM.matcher(t).matches() || e.mentions().stream().allMatch(m -> ACRONYM.matcher(m.text()).matches()))
                .max(Comparator.comparingInt(String::length))
                .ifPresent(e::name);
    }
}
