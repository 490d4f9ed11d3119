package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trigger forms that make a commitment at all (issue 15, commitment recall), on sentences written for this
 * test with invented names in U.S. readout, GOV.UK, Kremlin and wire styles; each asserts every commitment
 * of the text ({@code committer | KIND | action | recipient | due}) and the look-alikes ANNOTATION.md excludes.
 */
class CommitmentRecallFormsTest {

    /** "The next meeting will take place in ...", "the next round will be held in ...": a PLAN of its parties. */
    @Test
    void anEventAsTheSubjectIsAPlanOfItsParties() {
        assertEquals(List.of("The UK | PLAN | hold the UK-Veloria Strategic Dialogue in Brindal in November | - | 2025-11"),
                WholeResult.commitments("2025-09-01", "The Foreign Secretary, Helen Marsh, met the Foreign Minister of Veloria, Ilse Varnholt, in London today. The UK-Veloria Strategic Dialogue will take place in Brindal in November."));
        assertEquals(List.of("Russia | PLAN | hold the next round of Russian-Brazilian consultations in Moscow in October | - | 2025-10"),
                WholeResult.commitments("2025-09-01", "Vladimir Putin and President Rui Valente of Brazil held talks in the Kremlin. The next round of Russian-Brazilian consultations is scheduled to take place in Moscow in October."));
        assertEquals(List.of("South Korea | PLAN | hold the next round of talks in Tokyo | Japan | -"),
                WholeResult.commitments("2025-07-15", "SEOUL, July 15 (Yonhap) -- South Korea and Japan held their first high-level economic dialogue in Seoul on Tuesday, the foreign ministry said. The next round of talks will be held in Tokyo, it said."));
    }

    /** A visit as the subject is the visit; what an event discusses, a past one, an expected one: no undertaking. */
    @Test
    void eventSentencesThatUndertakeNothingGiveNoCommitment() {
        assertEquals(List.of(),
                WholeResult.commitments("2025-03-10", "President Ana Kovac will visit Veloria next month. The visit will take place in May. The summit will focus on climate finance. Last year the meeting took place in Brindal. The talks are expected to take place next month."));
    }

    /** "will provide $A for X, $B for Y and $C for Z": one PLEDGE per sum (U.S. readout, GOV.UK). */
    @Test
    void aListOfSumsIsOnePledgePerSum() {
        assertEquals(List.of("The United States | PLEDGE | provide $2 million for demining | - | -",
                "The United States | PLEDGE | provide $3 million for food security | - | -",
                "The United States | PLEDGE | provide $5 million for clean water | - | -"),
                WholeResult.commitments("2025-04-02", "The United States will provide $5 million for clean water, $3 million for food security and $2 million for demining."));
        assertEquals(List.of("UK | PLEDGE | provide £10 million for flood defences | Norland | -",
                "UK | PLEDGE | provide £5 million for early warning systems in Norland | Norland | -"),
                WholeResult.commitments("2025-04-02", "The Development Minister, Priya Lal, announced that the UK will provide £10 million for flood defences and £5 million for early warning systems in Norland."));
    }

    /** "The assistance includes $A for X, $B for Y": the parts of a sum just announced, each its announcer's PLEDGE. */
    @Test
    void theBreakdownOfAnAnnouncedSumIsOnePledgePerPart() {
        assertEquals(List.of("The United States | PLEDGE | provide $108.6 million in new assistance for Norland | - | -",
                "The United States | PLEDGE | provide $13.6 million to improve education | - | -",
                "The United States | PLEDGE | provide $14 million for economic growth | - | -",
                "The United States | PLEDGE | provide $81.5 million to improve health services | - | -"),
                WholeResult.commitments("2025-04-02", "The United States announced $108.6 million in new assistance for Norland. The assistance includes $14 million for economic growth, $13.6 million to improve education and $81.5 million to improve health services."));
        assertEquals(List.of("Japan | PLEDGE | pledge $50 million to Norland on Wednesday | Norland | -",
                "Japan | PLEDGE | provide $20 million for food aid | - | -",
                "Japan | PLEDGE | provide $30 million for rebuilding schools | - | -"),
                WholeResult.commitments("2025-04-02", "TOKYO, April 2 (Kyodo) -- Japan pledged $50 million to Norland on Wednesday. The package includes $20 million for food aid and $30 million for rebuilding schools, the foreign ministry said."));
    }

    /** A past breakdown, and one with no sum announced before it, are facts, not pledges. */
    @Test
    void aBreakdownWithoutAnAnnouncedSumIsNoPledge() {
        assertEquals(List.of(),
                WholeResult.commitments("2025-04-02", "Last year the programme included $2 million for roads and $3 million for bridges. The assistance includes $4 million for schools and $6 million for clinics."));
    }

    /** "is set to sign", "are due to hold talks": read as "is scheduled to", a PLAN (readout, GOV.UK, wire). */
    @Test
    void setToAndDueToPutAnActOnTheCalendar() {
        assertEquals(List.of("Lorna Whitcombe | PLAN | sign a new trade agreement with Veloria on Friday | - | 2025-06-06"),
                WholeResult.commitments("2025-06-02", "Prime Minister Lorna Whitcombe is set to sign a new trade agreement with Veloria on Friday."));
        assertEquals(List.of("Norway | PLAN | hold talks on fisheries in July | Chile | 2025-07"),
                WholeResult.commitments("2025-06-02", "Norway and Chile are due to hold talks on fisheries in July."));
        assertEquals(List.of("Norway | PLAN | sign a new fisheries deal with the European Union on Friday | - | 2025-06-06"),
                WholeResult.commitments("2025-06-02", "BRUSSELS, June 2 (Reuters) - Norway is set to sign a new fisheries deal with the European Union on Friday, diplomats said."));
    }

    /** "due to the storm", "set to rise", "set to visit" (the visit), "expected to sign" (a forecast), "the stage is set". */
    @Test
    void setAndDueThatPlanNothingGiveNoCommitment() {
        assertEquals(List.of(),
                WholeResult.commitments("2025-06-02", "Flights were cancelled due to the storm. Fuel prices are set to rise sharply. Foreign Minister Tomas Ruiz is set to visit Brindal next week. The ministers are expected to sign the accord in July. The stage is set for a difficult summit."));
    }

    /** "offered to host", "invited X to visit" (OFFER of the inviter), "will send representatives to join" (wire). */
    @Test
    void offersInvitationsAndSendingRepresentativesAreUndertakings() {
        assertEquals(List.of("Helen Marsh | OFFER | host the next round of negotiations in London | - | -",
                "Rui Valente | OFFER | visit Brazil later this year | Lorna Whitcombe | -"),
                WholeResult.commitments("2025-06-02", "The Foreign Secretary, Helen Marsh, offered to host the next round of negotiations in London. President Rui Valente invited Prime Minister Lorna Whitcombe to visit Brazil later this year."));
        assertEquals(List.of("China | PLAN | send representatives to join the peace conference in Geneva next month | - | 2025-07"),
                WholeResult.commitments("2025-06-03", "BEIJING, June 3 (Xinhua) -- China will send representatives to join the peace conference in Geneva next month, a foreign ministry spokesman said on Tuesday."));
    }

    /** Reaffirmation, hope, readiness, a conditional threat, an ongoing action: none is an undertaking. */
    @Test
    void reaffirmationsHopesReadinessConditionsAndOngoingActionsAreNotCommitments() {
        assertEquals(List.of(),
                WholeResult.commitments("2025-06-02", "The two leaders reaffirmed their commitment to hold regular consultations. Minister Sara Holm said she hoped the talks would resume soon. Veloria stands ready to provide assistance. The United States would respond if Norland attacked. Norland is deploying troops along the border."));
    }

    /** "would be arriving", "will be delivered" with the giver left out: the PLEDGE of who pledged just before (wire, readout). */
    @Test
    void aDeliveryOfWhatWasJustPledgedIsTheGiversPledge() {
        assertEquals(List.of("Japan | PLEDGE | deliver the first batch of doses in the next two months | Kenya | 2025-07",
                "Japan | PLEDGE | pledge 1 million vaccine doses to Kenya on Tuesday | Kenya | -"),
                WholeResult.commitments("2025-05-20", "NAIROBI, May 20 (Reuters) - Japan pledged 1 million vaccine doses to Kenya on Tuesday. The first batch of doses would be arriving in the next two months, Health Minister Amina Oduya said."));
        assertEquals(List.of("United States | PLEDGE | deliver the generators by the end of the year | Ukraine | -",
                "United States | PLEDGE | provide 40 generators to the Ministry of Energy of Ukraine | Ministry of Energy | -"),
                WholeResult.commitments("2025-05-20", "Ambassador Carla Moss announced that the United States will provide 40 generators to the Ministry of Energy of Ukraine. The generators will be delivered by the end of the year, she said."));
    }

    /** People arriving make a visit; goods arriving with no pledge before them have no known giver. */
    @Test
    void arrivalsOfPeopleOrOfUnpledgedGoodsAreNoPledge() {
        assertEquals(List.of(),
                WholeResult.commitments("2025-05-20", "The first batch of doses would be arriving in the next two months, Health Minister Amina Oduya said. The delegation will arrive in Nairobi on Friday."));
    }
}
