package io.visitwire.extraction.entities;

import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity per person: mentions joined by compatible names (longest first), then the person's surname
 * propagated to the repeats the tagger missed, and the fullest name chosen. Stateless; thread-safe.
 */
final class PersonClusters {

    private PersonClusters() {
    }

    static List<CanonicalEntity> clusterPersons(List<Candidate> cands, ParsedText doc) {
        List<CanonicalEntity> persons = new ArrayList<>();
        List<Candidate> ps = cands.stream().filter(c -> c.type() == EntityType.PERSON).toList();
        // Longest names first, so a bare surname joins the full name however they are ordered.
        List<Candidate> byLength = new ArrayList<>(ps);
        byLength.sort(Comparator.comparingInt((Candidate c) -> -(c.te() - c.ts())).thenComparingInt(c -> c.mention().begin()));
        for (Candidate c : byLength) {
            CanonicalEntity match = null;
            for (CanonicalEntity p : persons) {
                if (PersonNames.compatible(p.name(), c.text())) {
                    match = p;
                    break;
                }
            }
            if (match == null) {
                match = new CanonicalEntity(EntityType.PERSON, null, c.text());
                persons.add(match);
            }
            match.addMention(c.mention());
        }
        propagateNames(persons, cands, doc);
        return persons;
    }

    /**
     * CoreNLP misses some repeats of a name it found elsewhere (a surname tagged O once); every
     * capitalized token equal to a known person's surname, outside other entities, is a mention.
     */
    private static void propagateNames(List<CanonicalEntity> persons, List<Candidate> cands, ParsedText doc) {
        Map<String, CanonicalEntity> bySurname = new HashMap<>();
        for (CanonicalEntity p : persons) {
            String sn = PersonNames.surname(p.name());
            if (sn.length() >= 3) {
                bySurname.merge(sn, p, (a, b) -> a); // ambiguous surnames keep the first person
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isCapitalized() || !"O".equals(t.ner()) && !"MISC".equals(t.ner())) {
                    continue;
                }
                CanonicalEntity p = bySurname.get(Gazetteer.key(t.word()));
                if (p == null) {
                    continue;
                }
                boolean covered = cands.stream().anyMatch(c -> c.sentence() == s && c.ts() <= t.index() && t.index() < c.te());
                if (!covered) {
                    p.addMention(new EntityMention(s.index(), t.index(), t.index() + 1, t.begin(), t.end(), t.word()));
                }
            }
        }
        for (CanonicalEntity p : persons) {
            p.mentions().stream()
                    .max(Comparator.comparingInt((EntityMention m) -> m.tokenEnd() - m.tokenStart())
                            .thenComparingInt(m -> m.text().length()))
                    .ifPresent(m -> p.name(withoutNickname(m.text())));
        }
    }

    /** Carlos "El Gato" Mendez → Carlos Mendez: a quoted nickname is not part of the name. */
    static String withoutNickname(String name) {
        return name.replaceAll("\\s*[\"“‘][^\"”’]{1,30}[\"”’]\\s*", " ").trim();
    }
}
