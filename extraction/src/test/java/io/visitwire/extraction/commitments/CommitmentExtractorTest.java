package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commitments on short texts written for this test (published 2019-03-04): one test per kind, per
 * committer form and per exclusion, each commitment naming the rules that made it. Runs the whole
 * enricher on the shared pipeline (one CoreNLP load per test JVM).
 */
class CommitmentExtractorTest {

    private static final CoreNlpExtractor ENRICHER = new CoreNlpExtractor();
    private static final Set<String> RULE_IDS = Arrays.stream(CommitmentRule.values()).map(CommitmentRule::id)
            .collect(Collectors.toSet());
    private static final String INTRO = "LIMA, March 4, 2019 — Secretary of State Jane Whitcombe met with Peruvian "
            + "Foreign Minister Carlos Quispe Mamani in Lima today. ";

    private static List<Commitment> commitments(String body) {
        Article a = Article.newBuilder().setId("t-" + Math.abs(body.hashCode())).setUrl("https://www.example.gov/news/t")
                .setSource("Department of State").setPublished("2019-03-04").setDateline(null).setTitle("Test article")
                .setBody(body).setReceivedAt(Instant.EPOCH).build();
        List<Commitment> cs = ENRICHER.enrich(a).getCommitments();
        for (Commitment c : cs) {
            assertTrue(!c.getRules().isEmpty() && RULE_IDS.containsAll(c.getRules()), "rules of " + c);
        }
        return cs;
    }

    private static void assertRules(Commitment c, String... ids) {
        assertTrue(c.getRules().containsAll(List.of(ids)), List.of(ids) + " not all in " + c.getRules());
    }

    private static Commitment only(String body) {
        List<Commitment> cs = commitments(body);
        assertEquals(1, cs.size(), cs.toString());
        return cs.get(0);
    }

    private static String str(CharSequence s) {
        return s == null ? null : s.toString();
    }

    // --- kinds ---

    @Test
    void promiseWithPronounCommitter() {
        Commitment c = only(INTRO + "She promised to send additional medical supplies to the region.");
        assertEquals("Jane Whitcombe", str(c.getCommitter()));
        // medical supplies sent are resources: a PLEDGE, though "promised" (ANNOTATION.md)
        assertEquals(CommitmentKind.PLEDGE, c.getKind());
        assertTrue(str(c.getAction()).startsWith("send additional medical supplies"), str(c.getAction()));
        assertTrue(c.getEvidence().getSentence().toString().startsWith("She promised"));
        assertTrue(c.getEvidence().getEnd() > c.getEvidence().getStart());
        assertNotNull(c.getConfidence());
        assertEquals(List.of("commitment.verb-clause", "commitment.committer.subject", "commitment.committer.resolved",
                "commitment.kind.resources"), c.getRules());
    }

    @Test
    void pledgeWithAmountAndCurrency() {
        Commitment c = only("TOKYO, March 4, 2019 — Japan pledged $50 million in humanitarian aid to Haiti.");
        assertEquals("Japan", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLEDGE, c.getKind());
        assertEquals(5.0E7, c.getAmount());
        assertEquals("USD", str(c.getCurrency()));
        // the dateline is a sentence of its own, so Japan is the plain subject
        assertEquals("Haiti", str(c.getRecipient()));
        assertEquals(List.of("commitment.verb-object", "commitment.committer.subject", "commitment.amount.money",
                "commitment.recipient.beneficiary"), c.getRules());
    }

    @Test
    void planWithRelativeDueMonth() {
        Commitment c = only(INTRO + "Peru plans to open a new consulate in Miami next month.");
        assertEquals("Peru", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLAN, c.getKind());
        assertEquals("2019-04", str(c.getDue()));
        assertTrue(str(c.getAction()).startsWith("open a new consulate"), str(c.getAction()));
        assertRules(c, "commitment.verb-clause", "commitment.due.in-scope");
    }

    @Test
    void invitationIsAnOfferToTheInvited() {
        Commitment c = only(INTRO + "Quispe Mamani invited Whitcombe to visit Cusco later this year.");
        assertEquals("Carlos Quispe Mamani", str(c.getCommitter()));
        assertEquals("Jane Whitcombe", str(c.getRecipient()));
        assertEquals(CommitmentKind.OFFER, c.getKind());
        assertTrue(str(c.getAction()).startsWith("visit Cusco"), str(c.getAction()));
    }

    @Test
    void jointAgreementGoesToTheFirstNamedPartyWithTheOtherAsRecipient() {
        Commitment c = only(INTRO + "Whitcombe and Quispe Mamani agreed to hold annual security talks.");
        assertEquals("Jane Whitcombe", str(c.getCommitter()));
        assertEquals("Carlos Quispe Mamani", str(c.getRecipient()));
        // holding talks is a meeting: a PLAN (ANNOTATION.md), whatever the verb that agreed to it
        assertEquals(CommitmentKind.PLAN, c.getKind());
    }

    @Test
    void willOfTwoStatesIsAPlanWithDueDate() {
        Commitment c = only(INTRO + "Chile and Peru will hold a joint naval exercise in June.");
        assertEquals("Chile", str(c.getCommitter()));
        assertEquals("Peru", str(c.getRecipient()));
        assertEquals(CommitmentKind.PLAN, c.getKind());
        assertEquals("2019-06", str(c.getDue()));
    }

    @Test
    void willProvideMoneyIsAPledge() {
        Commitment c = only(INTRO + "The United States will provide $10 million to rebuild the port of Callao.");
        assertTrue(str(c.getCommitter()).endsWith("United States"), str(c.getCommitter()));
        assertEquals(CommitmentKind.PLEDGE, c.getKind());
        assertEquals(1.0E7, c.getAmount());
        assertRules(c, "commitment.will-verb", "commitment.kind.giving-after-will", "commitment.amount.money");
    }

    @Test
    void dueFromWithinADuration() {
        Commitment c = only(INTRO + "The two ministers agreed to sign the fisheries accord within three months.");
        assertEquals("2019-06", str(c.getDue()));
        assertRules(c, "commitment.committer.protagonist", "commitment.due.within-duration");
    }

    // --- committer forms ---

    @Test
    void quotedFirstPersonBelongsToTheSpeaker() {
        Commitment c = only(INTRO + "\"We will send a team of engineers to Arequipa,\" Quispe Mamani said.");
        assertEquals("Carlos Quispe Mamani", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLEDGE, c.getKind()); // engineers sent: resources (ANNOTATION.md)
    }

    @Test
    void severalUndertakingsInOneSentence() {
        List<Commitment> cs = commitments(INTRO
                + "Whitcombe pledged to expand the coast guard training program and promised to host the next regional summit.");
        assertEquals(2, cs.size(), cs.toString());
        assertEquals(CommitmentKind.PLEDGE, cs.get(0).getKind());
        assertEquals(CommitmentKind.PROMISE, cs.get(1).getKind());
        assertTrue(cs.stream().allMatch(c -> str(c.getCommitter()).equals("Jane Whitcombe")), cs.toString());
    }

    @Test
    void possessedCommitmentNounBelongsToItsOwner() {
        Commitment c = only(INTRO + "Whitcombe welcomed Denmark's commitment to deploy two frigates to the Pacific.");
        assertEquals("Denmark", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLEDGE, c.getKind());
        assertTrue(str(c.getAction()).contains("deploy two frigates"), str(c.getAction()));
        assertRules(c, "commitment.noun-purpose", "commitment.committer.owner");
    }

    @Test
    void thankedPartyOfAGerundCommitsAndDemonymsBecomeCountries() {
        Commitment c = only(INTRO + "Whitcombe thanked the Norwegians for committing two aircraft to the air policing mission.");
        assertEquals("Norway", str(c.getCommitter()));
        assertTrue(str(c.getAction()).startsWith("commit two aircraft"), str(c.getAction()));
        assertRules(c, "commitment.committer.thanked", "commitment.committer.nation-word");
    }

    @Test
    void passiveFutureBelongsToWhoDecidedIt() {
        Commitment c = only(INTRO + "Peru and Chile decided that the seized vessels will be returned to their owners.");
        assertEquals("Peru", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLAN, c.getKind());
        assertTrue(str(c.getAction()).startsWith("return the seized vessels"), str(c.getAction()));
        assertRules(c, "commitment.will-passive", "commitment.committer.decider");
    }

    @Test
    void passiveFutureUnderADecisionInOtherStyles() {
        // GOV.UK
        Commitment c = only("LONDON, March 4, 2019 — Defence Secretary Gavin Williamson announced that 500 additional troops "
                + "will be deployed to Estonia in May.");
        assertEquals("Gavin Williamson", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLEDGE, c.getKind()); // troops deployed: resources (ANNOTATION.md)
        assertEquals("2019-05", str(c.getDue()));
        assertTrue(str(c.getAction()).startsWith("deploy 500 additional troops to Estonia"), str(c.getAction()));
        assertRules(c, "commitment.will-passive", "commitment.committer.decider");
        // Kremlin: the dateline "MOSCOW, March 4, 2019 —" is not the subject of "agreed"; the joint undertaking
        // goes to the first-named leader
        c = only("MOSCOW, March 4, 2019 — Vladimir Putin and Recep Tayyip Erdogan agreed that "
                + "the intergovernmental commission will be convened in Sochi in April.");
        assertEquals("Vladimir Putin", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLAN, c.getKind());
        assertEquals("2019-04", str(c.getDue()));
        assertTrue(str(c.getAction()).startsWith("convene in Sochi"), str(c.getAction()));
    }

    @Test
    void thankedForACommitmentInOtherStyles() {
        // wire copy
        Commitment c = only(INTRO + "Quispe Mamani praised Canada for pledging $20 million to the reconstruction fund.");
        assertEquals("Canada", str(c.getCommitter()));
        assertEquals(CommitmentKind.PLEDGE, c.getKind());
        assertEquals(2.0E7, c.getAmount());
        assertTrue(str(c.getAction()).startsWith("pledge $20 million"), str(c.getAction()));
        assertRules(c, "commitment.committer.thanked");
        // Kremlin
        c = only("MOSCOW, March 4, 2019 — Vladimir Putin thanked Kazakhstan for offering to host the next round of talks.");
        assertEquals("Kazakhstan", str(c.getCommitter()));
        assertEquals(CommitmentKind.OFFER, c.getKind());
        // the participle's own verb leads the action (known gap: "offer to host ..." rather than "host ...")
        assertEquals("offer to host the next round of talks", str(c.getAction()));
        assertRules(c, "commitment.committer.thanked");
    }

    @Test
    void stateCollectiveGoesToTheFirstCountryNamed() {
        Commitment c = only(INTRO + "At the meeting in Peru's Foreign Ministry, the two delegations committed to "
                + "launching a joint task force against illegal mining.");
        assertEquals("Peru", str(c.getCommitter()));
        assertTrue(str(c.getAction()).startsWith("launch a joint task force"), str(c.getAction()));
        assertRules(c, "commitment.committer.first-state");
    }

    @Test
    void willTakeStepsIsAPlanWhileOneTravellerTakingPartIsItinerary() {
        Commitment c = only(INTRO + "The United States will take steps to protect the region's fisheries.");
        assertEquals(CommitmentKind.PLAN, c.getKind());
        assertTrue(str(c.getAction()).startsWith("take steps to protect"), str(c.getAction()));
    }

    @Test
    void authoritiesOfTwoStatesMeetingAgainIsAPlan() {
        List<Commitment> cs = commitments(INTRO + "Officials from Peru and the United States will meet again in Washington next month.");
        assertEquals(1, cs.size(), cs.toString());
        Commitment c = cs.get(0);
        assertEquals(CommitmentKind.PLAN, c.getKind());
        assertEquals("2019-04", str(c.getDue()));
        assertTrue(str(c.getAction()).startsWith("meet again in Washington"), str(c.getAction()));
        assertEquals("Peru", str(c.getCommitter()));
        assertRules(c, "commitment.will-verb", "commitment.due.in-scope");
    }

    @Test
    void aStateHostingASummitIsAPlanWhileAPersonHostingAGuestIsTheVisit() {
        Commitment c = only("LONDON, March 4, 2019 — The United Kingdom will host the Global Ocean Summit in London in June.");
        assertTrue(str(c.getCommitter()).endsWith("United Kingdom"), str(c.getCommitter()));
        assertEquals(CommitmentKind.PLAN, c.getKind());
        assertEquals("2019-06", str(c.getDue()));
        assertTrue(str(c.getAction()).startsWith("host the Global Ocean Summit"), str(c.getAction()));
        assertEquals(List.of("commitment.will-verb", "commitment.committer.subject", "commitment.due.in-scope"), c.getRules());
    }

    // --- not commitments ---

    @ParameterizedTest
    @ValueSource(strings = {
        // possibilities
        "The ministers discussed the possibility of a joint naval exercise.",
        // past and ongoing facts
        "The United States already provides training to the Peruvian navy.",
        "Peru has committed more than $40 million to the program since 2015.",
        // hopes and opinions
        "Whitcombe hopes to sign the accord before the end of the year.",
        "\"I think we will reach an agreement soon,\" Whitcombe said.",
        // reaffirmations of existing policy and dispositions
        "Whitcombe reaffirmed the U.S. commitment to defend its allies in the region.",
        "Peru remains committed to regional security.",
        "The United States will continue to support Peru's counter-narcotics efforts.",
        // conditional threats
        "If the attacks continue, the United States will impose new sanctions on the group.",
        "The United States will impose new sanctions on the group if the attacks continue.",
        // questions
        "Will the United States send more troops to the region?",
        // negated and hypothetical statements
        "Peru will not send troops to the mission.",
        "Chile has no plans to open an embassy in the region.",
        "Peru could send a frigate to the exercise.",
        "Quispe Mamani refused to commit troops to the mission.",
        // courtesies and itineraries
        "Whitcombe offered her condolences to the families of the victims.",
        "Whitcombe will travel to Santiago next week.",
        "Whitcombe will take part in the summit.",
        "The Peruvian delegation will land in Santiago on Monday.",
        "Chile is expected to announce the purchase of new aircraft.",
        // itinerary items of an announced visit, in the styles of a U.S. readout, a White House or GOV.UK
        // announcement, a Kremlin release, an EU press note and wire copy with a quote
        "In Cusco, the Secretary will meet with regional governors and civil society leaders.",
        "President Whitcombe and President Quispe Mamani will hold talks on trade and security cooperation.",
        "The Prime Minister will welcome the President of Peru to Downing Street on Thursday.",
        "Vladimir Putin will host the Peruvian President for a working lunch in the Kremlin.",
        "She will start her tour in Lima before travelling to Cusco in the evening.",
        "\"We will use that part of the trip to review maritime security,\" Quispe Mamani said.",
        // talking points and exhortations after "will", whoever speaks
        "The United States will emphasize the importance of free and fair trade.",
        "Whitcombe will urge Peru to strengthen its border controls.",
        "The two ministers will discuss cooperation against illegal fishing."
    })
    void isNotACommitment(String sentence) {
        List<Commitment> cs = commitments(INTRO + sentence);
        assertTrue(cs.isEmpty(), sentence + " -> " + cs);
    }
}
