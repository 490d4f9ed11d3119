package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 4: who undertakes (ANNOTATION.md: the party that will carry it out; joint undertakings go to the
 * first-named party) when the sentence names no one: "the two countries", "they", "both sides", "the ministers",
 * and the parts of a sum nobody pledged before. Sentences written for this test with invented names, in U.S.
 * readout, GOV.UK, Kremlin, EU and wire styles; each asserts every commitment the text yields
 * ({@code committer | KIND | action | recipient | due}), published Friday 2026-03-06.
 */
class CommitmentCommitterTest {

    private static final String PUBLISHED = "2026-03-06";

    private static List<String> commitments(String body) {
        return WholeResult.commitments(PUBLISHED, body);
    }

    /** "The two countries will sign ...": the states named earlier, however far back, the first-named committing. */
    @Test
    void theTwoCountriesAreTheStatesNamedEarlier() {
        assertEquals(List.of("Kenya | PLAN | sign a free trade agreement in April | Japan | 2026-04"),
                commitments("Kenyan President William Ruto held talks with Japanese Prime Minister Kenji Sato in Tokyo on Thursday. The leaders discussed trade, investment and climate change. They also reviewed progress on the new port in Mombasa. The two countries will sign a free trade agreement in April."));
        assertEquals(List.of("Kenya | PLAN | sign a free trade agreement in April | Japan | 2026-04"),
                commitments("NAIROBI, March 6 (Reuters) - Kenya and Japan on Friday wrapped up three days of talks. Officials said the talks had gone well. \"We are pleased with the outcome,\" a spokesman said. The two countries will sign a free trade agreement in April, officials said."));
        assertEquals(List.of("Chile | PLAN | open direct flights between their capitals next year | Peru | 2027"),
                commitments("President Ana Ortiz of Chile received President Luis Paredes of Peru at La Moneda on Thursday. Both countries will open direct flights between their capitals next year."));
    }

    /** "They", "the ministers" for people the text leaves unnamed: the body they form, first named where they meet. */
    @Test
    void unnamedMembersActForTheirBody() {
        assertEquals(List.of("Nordic Council | PLEDGE | establish a joint fund for energy security | - | -"),
                commitments("The foreign ministers of the Nordic Council met in Oslo on Thursday. They agreed to establish a joint fund for energy security."));
        assertEquals(List.of("ASEAN | PLAN | hold a special summit on Myanmar in May | - | 2026-05"),
                commitments("JAKARTA, March 6 (Antara) - ASEAN foreign ministers gathered in Jakarta on Friday. They agreed to hold a special summit on Myanmar in May."));
        assertEquals(List.of("European Council | PLAN | meet again in June | - | 2026-06"),
                commitments("The European Council met in Brussels on Thursday. EU leaders discussed migration. They agreed to meet again in June."));
        assertEquals(List.of("Council of the European Union | PLEDGE | provide 500 million euros for ammunition | - | -"),
                commitments("The Council of the European Union adopted new sanctions on Thursday. The ministers also agreed to provide 500 million euros for ammunition."));
    }

    /** "They", "both sides" after "X and Y met": the one of the two the article names first. */
    @Test
    void aPairReferredBackIsItsFirstNamed() {
        assertEquals(List.of("Daniel Harwick | PLAN | launch a joint working group on critical minerals | Sara Lind | -"),
                commitments("Secretary Daniel Harwick and Foreign Minister Sara Lind met in Washington on Tuesday. They agreed to launch a joint working group on critical minerals."));
        assertEquals(List.of("Arjun Mehta | PLAN | suspend the annual exercises | Daniel Harwick | -"),
                commitments("During a phone call on Monday, Defence Minister Arjun Mehta and Secretary of Defense Daniel Harwick reviewed regional security. The Secretary and Minister approved the new training plan. Following close coordination, both sides decided to suspend the annual exercises."));
        assertEquals(List.of("Keir Hollis | PLAN | hold a strategic dialogue in London in May | Anders Lund | 2026-05"),
                commitments("Prime Minister Keir Hollis spoke with President Anders Lund of Finland today. The two leaders agreed to hold a strategic dialogue in London in May."));
    }

    /** A sum signed but pledged by no one before: "These agreements provide $A for X, $B for Y": whoever signed, one PLEDGE a sum. */
    @Test
    void theSumsOfSignedAgreementsAreTheSignersPledges() {
        assertEquals(List.of("Canada | PLEDGE | provide $14 million for health programs | Mozambique | -",
                        "Canada | PLEDGE | provide $3 million for education | Mozambique | -",
                        "Canada | PLEDGE | provide $5 million for governance | Mozambique | -"),
                commitments("MAPUTO, March 6 (AP) — Canada and Mozambique signed three agreements on Friday totaling $22 million. These agreements provide $14 million for health programs, $3 million for education and $5 million for governance."));
        assertEquals(List.of("Britain | PLEDGE | provide 10 million pounds for clean energy | Kenya | -",
                        "Britain | PLEDGE | provide 2 million pounds for schools | Kenya | -",
                        "Britain | PLEDGE | provide 5 million pounds for water | Kenya | -"),
                commitments("Britain signed a grant agreement with Kenya on Tuesday. The package includes 10 million pounds for clean energy, 5 million pounds for water and 2 million pounds for schools."));
        assertEquals(List.of("Japan | PLEDGE | provide $10 million for power lines | Ghana | -",
                        "Japan | PLEDGE | provide $30 million for roads | Ghana | -"),
                commitments("Japan and Ghana signed two loan agreements on Monday. They provide $30 million for roads and $10 million for power lines."));
    }

    /** A list of sums with long purposes, "for programs focused on ...", is still one list. */
    @Test
    void anItemDescribedByAParticipleStaysInTheList() {
        assertEquals(List.of("Norway | PLEDGE | provide $4 million to improve maternal health | - | -",
                        "Norway | PLEDGE | provide $6 million in additional funding for programs focused on strengthening local water utilities and sanitation services | - | -"),
                commitments("Norway signed two grant agreements with the province on Friday. The grants provide $6 million in additional funding for programs focused on strengthening local water utilities and sanitation services, and $4 million to improve maternal health."));
    }

    /** Nothing signed and nothing pledged before: a breakdown has no party and yields nothing. */
    @Test
    void aBreakdownWithNoPartyYieldsNothing() {
        assertEquals(List.of(), commitments("The assistance includes $14 million for food security, $3 million for clean water and $2 million for demining."));
    }

    /** "X's commitment to provide", "announced it will open", "will be delivered by X": the party that will act. */
    @Test
    void nominalReportedAndPassiveFormsNameTheActor() {
        assertEquals(List.of("Japan | PLEDGE | make commitment to provide 20 ambulances to the province | - | -"),
                commitments("The governor welcomed Japan's commitment to provide 20 ambulances to the province."));
        assertEquals(List.of("Ghana | PLAN | open an embassy in Seoul | - | -"),
                commitments("ACCRA, March 6 (Reuters) - Ghana announced on Tuesday it will open an embassy in Seoul."));
        assertEquals(List.of("Japan | PLEDGE | deliver Ten ambulances to the province in April | - | 2026-04"),
                commitments("Ten ambulances will be delivered by Japan to the province in April."));
    }
}
