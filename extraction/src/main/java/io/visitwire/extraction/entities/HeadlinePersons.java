package io.visitwire.extraction.entities;

import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.schemas.avro.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * People named only in the headline (the author of a statement written in the first person) become
 * entities without body mentions; a fuller headline form of a known person's name becomes its name.
 * Stateless; thread-safe.
 */
final class HeadlinePersons {

    private final Gazetteer gazetteer;
    private final TitleParser titles;
    private final TitleNormalizer titleForms;

    HeadlinePersons(Gazetteer gazetteer, TitleParser titles, TitleNormalizer titleForms) {
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.titleForms = titleForms;
    }

    void addHeadlinePersons(ParsedText headline, DocumentContext ctx, List<CanonicalEntity> all,
                                    CountryCues cues) {
        for (Sentence s : headline.sentences()) {
            for (NerSpan sp : s.spans()) {
                if (!sp.isPersonType() || sp.tokenEnd() - sp.tokenStart() < 2 || namesPlace(s, sp)) {
                    continue;
                }
                String name = sp.text().replaceAll("['’]s$", "");
                CanonicalEntity known = all.stream()
                        .filter(e -> e.type() == EntityType.PERSON && PersonNames.compatible(e.name(), name))
                        .findFirst().orElse(null);
                if (known != null) {
                    if (PersonNames.parts(name).size() > PersonNames.parts(known.name()).size()) {
                        known.name(name);
                    }
                    continue;
                }
                CanonicalEntity p = new CanonicalEntity(EntityType.PERSON, null, name);
                Optional<PersonTitle> t = titles.parse(s, headline.text(), sp.tokenStart(), sp.tokenEnd());
                String title = t.map(PersonTitle::title).orElse(null);
                String c = t.map(PersonTitle::country).orElse(null);
                p.countryExplicit(c != null);
                if (c == null && title != null && !PersonAttributes.FOREIGN_OFFICE.matcher(title).matches()) {
                    c = ctx.homeCountry();
                }
                p.country(c);
                String stated = p.countryExplicit() ? c : null;
                p.title(titleForms.normalize(title, stated, ctx.homeCountry(), cues.writtenName(stated)));
                p.id("e" + (all.size() + 1));
                all.add(p);
            }
        }
    }

    /** Title-case headlines fool the tagger: "Embarks on Asia-Pacific Trip" is no person. */
    private boolean namesPlace(Sentence s, NerSpan sp) {
        for (int i = sp.tokenStart(); i < sp.tokenEnd(); i++) {
            String w = s.tokens().get(i).word();
            if (gazetteer.isRegion(w) || gazetteer.countryOf(w).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
