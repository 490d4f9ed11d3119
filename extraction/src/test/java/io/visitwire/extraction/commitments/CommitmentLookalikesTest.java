package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 4: sentences that read like undertakings and are not (ANNOTATION.md, "Not commitments"), next to
 * the cues that are ("decided to", "agreed to", "vowed", "offered to host", "confirmed X would host"). Sentences
 * written for this test with invented names, in U.S. readout, GOV.UK, Kremlin, EU and wire styles; each asserts
 * every commitment the text yields ({@code committer | KIND | action | recipient | due}), published Friday 2026-03-06.
 */
class CommitmentLookalikesTest {

    private static final String PUBLISHED = "2026-03-06";

    private static List<String> commitments(String body) {
        return WholeResult.commitments(PUBLISHED, body);
    }

    /** "will firmly defend its sovereignty", "will safeguard its interests", "will uphold international law". */
    @Test
    void defendingValuesAndInterestsIsGeneralPolicy() {
        assertEquals(List.of(), commitments("\"China will firmly defend its sovereignty and territorial integrity,\" spokesperson Zhao Lin told a regular briefing."));
        assertEquals(List.of(), commitments("MOSCOW, March 6 (TASS) - Russia will protect its national interests by all available means, Foreign Ministry spokeswoman Irina Volkova said on Friday."));
        assertEquals(List.of(), commitments("The Foreign Secretary said the UK will uphold international law and the principles of the UN Charter."));
        assertEquals(List.of(), commitments("The European Union will defend its values and the dignity of every citizen, High Representative Marta Rossi said."));
    }

    /** "will take resolute measures", "will take all necessary measures to safeguard ...": a warning, no act named. */
    @Test
    void unnamedMeasuresAreAWarning() {
        assertEquals(List.of(), commitments("BEIJING, March 6 (Xinhua) -- Beijing will take resolute measures to defend its sovereignty, the spokesman said."));
        assertEquals(List.of(), commitments("China will take all necessary measures to safeguard its national interests, Foreign Ministry spokesperson Zhao Lin said on Friday."));
        assertEquals(List.of(), commitments("Moscow will take resolute countermeasures, Deputy Foreign Minister Pavel Orlov told reporters."));
    }

    /** Measures with a checkable purpose stay an undertaking. */
    @Test
    void measuresWithACheckablePurposeStayAnUndertaking() {
        assertEquals(List.of("Norway | PLAN | take steps to open an embassy in Kigali by the end of the year | - | -"),
                commitments("Norway will take steps to open an embassy in Kigali by the end of the year, the foreign ministry said."));
    }

    /** A law passed, an order placed: acts with a checkable object stay undertakings. */
    @Test
    void lawsAndOrdersAreActs() {
        assertEquals(List.of("Kazakhstan | PLAN | pass a law on foreign investment by June | - | 2026-06"),
                commitments("ASTANA, March 6 (Kazinform) - Kazakhstan will pass a law on foreign investment by June, President Nurlan Abenov said."));
        assertEquals(List.of("Poland | PLAN | place an order for 32 attack helicopters next month | - | 2026-04"),
                commitments("Poland will place an order for 32 attack helicopters next month, the defence ministry said."));
    }

    /** "will play a constructive role", "will closely monitor the situation": a posture, not an act. */
    @Test
    void rolesAndWatchingAreGeneralPolicy() {
        assertEquals(List.of(), commitments("India will play a constructive role in the region, External Affairs Minister Arjun Rao said."));
        assertEquals(List.of(), commitments("TOKYO, March 6 (Kyodo) -- Tokyo will closely monitor the situation, Chief Cabinet Secretary Kenji Mori said on Friday."));
        assertEquals(List.of(), commitments("The United States will play a leading role in the reconstruction effort, the Secretary said."));
    }

    /** "a crushing response to any aggression", "will punish any attempt": aimed at whatever may come, a conditional threat. */
    @Test
    void threatsAimedAtAnyFutureActAreConditional() {
        assertEquals(List.of(), commitments("Iran will give a crushing response to any aggression, Defence Minister Reza Tavakoli said."));
        assertEquals(List.of(), commitments("\"We will punish any attempt to violate our borders,\" President Pavel Orlov said."));
        assertEquals(List.of(), commitments("PYONGYANG, March 6 (KCNA) -- The army will counter any provocation with overwhelming force, the statement said."));
    }

    /** "will never accept", "will always stand with", "will continue to strengthen": values and ongoing policy. */
    @Test
    void neverAlwaysAndContinuingAreNoUndertaking() {
        assertEquals(List.of(), commitments("\"We will never accept the occupation of our land,\" President Ana Kovac said."));
        assertEquals(List.of(), commitments("The United Kingdom will always stand with Ukraine, the Foreign Secretary said."));
        assertEquals(List.of(), commitments("Russia will continue to strengthen its defence capabilities, Defence Minister Oleg Ivanov said."));
    }

    /** "aims to", "seeks to", "expects to", "hopes to": a goal, a wish or a forecast of one's own act. */
    @Test
    void aimsHopesAndExpectationsAreNoUndertaking() {
        assertEquals(List.of(), commitments("Vietnam aims to double its trade with India by 2030."));
        assertEquals(List.of(), commitments("SEOUL, March 6 (Yonhap) -- Seoul expects to sign the agreement next month, officials said."));
        assertEquals(List.of(), commitments("The government seeks to attract more foreign investment, Finance Minister Lucia Ferraro said."));
        assertEquals(List.of(), commitments("Brazil hopes to conclude the trade deal by the end of the year."));
    }

    /** "is ready to", "is willing to", "is prepared to ... if": readiness; "could", "if": a possibility or a condition. */
    @Test
    void readinessPossibilityAndConditionsAreNoUndertaking() {
        assertEquals(List.of(), commitments("MOSCOW, March 6 (TASS) - Russia is ready to supply grain to African countries free of charge, President Pavel Orlov said."));
        assertEquals(List.of(), commitments("Seoul is willing to resume dialogue with Pyongyang at any time, the unification ministry said."));
        assertEquals(List.of(), commitments("Germany could send more troops if the situation worsens."));
        assertEquals(List.of(), commitments("If the talks succeed, Canada will lift the sanctions."));
    }

    /** "decided to + act": the decision is an undertaking of the one who decided (a PLAN, a PLEDGE for resources). */
    @Test
    void aDecisionToActIsAnUndertaking() {
        assertEquals(List.of("European Council | PLAN | open accession negotiations with Moldova | - | -"),
                commitments("The European Council decided to open accession negotiations with Moldova."));
        assertEquals(List.of("Japan | PLEDGE | send 30 engineers to South Sudan in April | South Sudan | 2026-04"),
                commitments("TOKYO, March 6 (Kyodo) -- Japan decided on Friday to send 30 engineers to South Sudan in April, the defence ministry said."));
        assertEquals(List.of("Ana Kovac | PLAN | suspend the annual naval exercises | Rui Salgado | -"),
                commitments("President Ana Kovac and Prime Minister Rui Salgado met in Zagreb on Thursday. Following close coordination, both sides decided to suspend the annual naval exercises."));
    }

    /** Deciding to accept an invitation or to travel is no undertaking: the guest's acceptance, or the visit. */
    @Test
    void decidingToAcceptOrToTravelIsNoUndertaking() {
        assertEquals(List.of(), commitments("President Milan Dvorak decided to accept the invitation of President Tran Van Long."));
        assertEquals(List.of(), commitments("Prime Minister Rui Salgado decided to travel to Luanda next week."));
    }

    /** "confirmed Portugal would host the next summit in October": a hosting PLAN of the host, due the coming October. */
    @Test
    void aConfirmedHostingIsTheHostsPlan() {
        assertEquals(List.of("Portugal | PLAN | host the next summit in October | - | 2026-10"),
                commitments("LISBON, March 6 (Lusa) - Prime Minister Rui Salgado confirmed Portugal would host the next summit in October."));
        assertEquals(List.of("Britain | PLAN | host the conference in June | - | 2026-06"),
                commitments("The Foreign Office confirmed that Britain will host the conference in June."));
        assertEquals(List.of("Russia | PLAN | host the BRICS summit in Kazan in October | - | 2026-10"),
                commitments("The Kremlin announced that Russia would host the BRICS summit in Kazan in October."));
    }

    /** Explicit cues stay: "agreed to", "vowed", "offered to host", "invited X to visit", "plans to", "intends to". */
    @Test
    void explicitCuesStayUndertakings() {
        assertEquals(List.of("Mexico | PLAN | open a new border crossing by December | Guatemala | 2026-12"),
                commitments("Mexico and Guatemala agreed to open a new border crossing by December."));
        assertEquals(List.of("Ana Kovac | PROMISE | rebuild the bridge within a year | - | 2027"),
                commitments("President Ana Kovac vowed to rebuild the bridge within a year."));
        assertEquals(List.of("Sara Lind | OFFER | host the next round of negotiations in Stockholm | - | -"),
                commitments("Foreign Minister Sara Lind offered to host the next round of negotiations in Stockholm."));
        assertEquals(List.of("Ana Kovac | OFFER | visit Zagreb | Rui Salgado | -"),
                commitments("President Ana Kovac invited Prime Minister Rui Salgado to visit Zagreb."));
        assertEquals(List.of("Japan | PLAN | open an embassy in Kigali next year | - | 2027"),
                commitments("Japan plans to open an embassy in Kigali next year."));
        assertEquals(List.of("Chile | PLAN | build a research station in Antarctica | - | -"),
                commitments("Chile intends to build a research station in Antarctica."));
    }
}
