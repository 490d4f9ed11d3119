package io.visitwire.extraction.entities.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.entities.spans.TokenPatternSpans.Match;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.NlpPipeline;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TokensRegex span rules ({@code rules/entity-spans.rules.txt}) on sentences written for this test: every
 * match of a sentence, with its rule id, and the spans the repairs end with. Uses the process-wide pipeline.
 */
class TokenPatternSpansTest {

    private static final LocalDate DAY = LocalDate.of(2019, 5, 14);

    private static Sentence first(String text) {
        ParsedText doc = NlpPipeline.shared().parse(text, DAY);
        return doc.sentences().get(0);
    }

    private static List<String> repaired(String text) {
        ParsedText doc = NlpPipeline.shared().parse(text, DAY);
        return new SpanRepairs(Gazetteer.standard()).repair(doc.sentences().get(0), doc.text()).stream()
                .map(NerSpan::type).toList();
    }

    @Test
    void chamberPartyMembersAreOneBody() {
        Sentence s = first("Senate Republicans blocked the measure on Tuesday, and House Democrats vowed to try again.");
        assertEquals(List.of(new Match("ORGANIZATION", "entity.span.chamber-party", 0, 2),
                new Match("ORGANIZATION", "entity.span.chamber-party", 9, 11)), TokenPatternSpans.matches(s));
    }

    @Test
    void aLowerCaseChamberWordIsNoName() {
        assertEquals(List.of(), TokenPatternSpans.matches(first("The house Republicans rented was in Ohio.")));
    }

    @Test
    void governmentOfACountryIsOneOrganization() {
        Sentence s = first("The Government of Peru and the government of the United Kingdom signed the accord in London.");
        List<Match> ms = TokenPatternSpans.matches(s);
        // "the government of the United Kingdom": the article before the country is part of the name
        assertEquals(List.of(new Match("ORGANIZATION", "entity.span.government-of-country", 1, 4),
                new Match("ORGANIZATION", "entity.span.government-of-country", 6, 11)), ms);
    }

    @Test
    void aGovernmentOfNoCountryIsNoMatch() {
        assertEquals(List.of(), TokenPatternSpans.matches(first("The government of national unity met in Tripoli.")));
    }

    @Test
    void theRepairedSpansOfAKremlinStyleSentence() {
        assertEquals(List.of("ORGANIZATION", "CITY", "DATE"),
                repaired("The Government of Russia announced the decision in Moscow on Monday."));
    }
}
