package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
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

    private static final Lexicon PARTICLES = Lexicon.of("name-particles");

    private PersonClusters() {
    }

    /**
     * "Moreira da Costa" after "Ana Paula Moreira da Costa", tagged as an organization: a multi-word
     * organization or place mention joined by a lower-case name particle that is the tail of a person's
     * name in the article is that person.
     */
    static List<Candidate> namesTakenForOthers(List<Candidate> cands) {
        List<Candidate> persons = cands.stream().filter(c -> c.type() == EntityType.PERSON).toList();
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            if (c.type() != EntityType.PERSON && c.te() - c.ts() >= 3 && hasParticle(c)) {
                List<String> parts = PersonNames.parts(c.text());
                boolean tail = persons.stream().anyMatch(p -> {
                    List<String> pp = PersonNames.parts(p.text());
                    return pp.size() > parts.size() && pp.subList(pp.size() - parts.size(), pp.size()).equals(parts);
                });
                if (tail) {
                    out.add(new Candidate(EntityType.PERSON, null, c.sentence(), c.ts(), c.te(), c.begin(), c.end(),
                            c.text(), c.written()));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static boolean hasParticle(Candidate c) {
        for (int i = c.ts() + 1; i < c.te() - 1; i++) {
            if (PARTICLES.contains(c.sentence().tokens().get(i).word())) {
                return true;
            }
        }
        return false;
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
                // "Tran" after "Tran Van Long", "Hamad" after "Sheikh Hamad bin Rashid Al Qasimi", "Lula":
                // a single name that is no one's surname may be a family name written first or a given name
                match = onlyPersonWithPart(persons, c.text());
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

    /** The one person whose name has {@code single} as a part other than its surname, if exactly one. */
    private static CanonicalEntity onlyPersonWithPart(List<CanonicalEntity> persons, String single) {
        List<String> sp = PersonNames.parts(single);
        if (sp.size() != 1 || sp.get(0).length() < 2) {
            return null;
        }
        CanonicalEntity found = null;
        for (CanonicalEntity p : persons) {
            if (PersonNames.hasInnerPart(p.name(), sp.get(0))) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
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
            List<String> parts = PersonNames.parts(p.name());
            if (parts.size() == 2 && parts.get(1).contains("-") && parts.get(0).length() >= 2) {
                // "Yoon Suk-yeol", "Shin Won-sik": a hyphenated given name follows the family name, which
                // the later mentions use alone ("Yoon said")
                bySurname.merge(parts.get(0), p, (a, b) -> a);
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
            // the fullest form; of two spellings of it ("Sergei" / "Sergey"), the one the text uses most
            Map<String, Integer> uses = new HashMap<>();
            p.mentions().forEach(m -> uses.merge(m.text(), 1, Integer::sum));
            p.mentions().stream()
                    .max(Comparator.comparingInt((EntityMention m) -> m.tokenEnd() - m.tokenStart())
                            .thenComparingInt(m -> uses.get(m.text()))
                            .thenComparing(m -> titled(doc, m)) // "Foreign Minister Sergei Orlov": the formal mention
                            .thenComparingInt(m -> m.text().length()))
                    .ifPresent(m -> p.name(withoutNickname(m.text())));
        }
    }

    private static boolean titled(ParsedText doc, EntityMention m) {
        List<Token> toks = doc.sentences().get(m.sentence()).tokens();
        return m.tokenStart() > 0 && "TITLE".equals(toks.get(m.tokenStart() - 1).ner());
    }

    /** Carlos "El Gato" Mendez → Carlos Mendez: a quoted nickname is not part of the name. */
    static String withoutNickname(String name) {
        return name.replaceAll("\\s*[\"“‘][^\"”’]{1,30}[\"”’]\\s*", " ").trim();
    }
}
