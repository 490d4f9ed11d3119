package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 4: lists of actions and announced sums whose parse is broken (the tagger reads "fund", "host" as
 * nouns; the sum hangs on the attribution), and conduct whose only aim is a general one. Sentences written for this
 * test with invented names, in U.S. readout, GOV.UK and wire styles; each asserts every commitment the text yields
 * ({@code committer | KIND | action | recipient | due}), published Friday 2026-03-06.
 */
class CommitmentListsAndSumsTest {

    private static final String PUBLISHED = "2026-03-06";

    private static List<String> commitments(String body) {
        return WholeResult.commitments(PUBLISHED, body);
    }

    /** "will provide X, expand Y and open Z": one commitment per action, read from the words when the parse is lost. */
    @Test
    void aListOfActionsIsOneCommitmentEach() {
        assertEquals(List.of("Canada | PLAN | expand support for refugees | - | -",
                        "Canada | PLAN | open a new consulate in Erbil | - | -",
                        "Canada | PLEDGE | provide $20 million in humanitarian aid | - | -"),
                commitments("Canada will provide $20 million in humanitarian aid, expand support for refugees and open a new consulate in Erbil."));
        assertEquals(List.of("Britain | PLAN | host a regional security conference in June | - | 2026-06",
                        "Britain | PLEDGE | fund a new coastguard station | - | 2026-06",
                        "Britain | PLEDGE | send 100 military trainers to Kenya | Kenya | 2026-06"),
                commitments("LONDON, March 6 (Reuters) - Britain will send 100 military trainers to Kenya, fund a new coastguard station and host a regional security conference in June, Defence Secretary John Hale said on Friday."));
    }

    /** Verbs sharing one object, and a purpose's own list, stay one action. */
    @Test
    void sharedObjectsAndPurposesStayOneAction() {
        assertEquals(List.of("Norway | PROMISE | intensify and expand its efforts to clear landmines | - | -"),
                commitments("Norway committed to intensify and expand its efforts to clear landmines."));
        assertEquals(List.of("EU | PLEDGE | provide 30 million euros to help farmers and build irrigation canals in Moldova | - | -"),
                commitments("The EU will provide 30 million euros to help farmers and build irrigation canals in Moldova."));
    }

    /** "announced £50 million in new funding for Sudan, the Foreign Office said": the sum the parse hung on the attribution. */
    @Test
    void anAnnouncedSumIsAPledgeWhereverTheParseHangsIt() {
        assertEquals(List.of("Keir Hollis | PLEDGE | provide £50 million in new funding for Sudan | Sudan | -"),
                commitments("Prime Minister Keir Hollis announced £50 million in new funding for Sudan, the Foreign Office said."));
    }

    /** "would work with partners to ensure a lasting peace": a conduct whose only aim is general; a checkable aim stays. */
    @Test
    void conductForAGeneralAimIsPolicy() {
        assertEquals(List.of(), commitments("The Prime Minister said the UK would work with partners to ensure a just and lasting peace."));
        assertEquals(List.of("Japan | PLAN | work with the World Bank to build three hospitals in the province | - | -"),
                commitments("Japan will work with the World Bank to build three hospitals in the province."));
    }
}
