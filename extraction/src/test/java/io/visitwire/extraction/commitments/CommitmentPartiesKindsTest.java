package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who undertakes, for whom, and of what kind (ANNOTATION.md, commitments), on sentences written for this
 * test with invented names in several styles: U.S. readouts, GOV.UK and Kremlin releases, wire copy with a
 * dateline and "said on Friday". Each asserts every commitment the text yields
 * ({@code committer | KIND | action | recipient | due}), published Friday 2026-03-06.
 */
class CommitmentPartiesKindsTest {

    private static final String PUBLISHED = "2026-03-06";

    private static List<String> commitments(String body) {
        return WholeResult.commitments(PUBLISHED, body);
    }

    /** Money or aid a minister pledges for the state is the state's pledge, to the party it is for. */
    @Test
    void moneyAMinisterPledgesIsHerCountrysPledgeToTheRecipient() {
        assertEquals(List.of("United Kingdom | PLEDGE | pledge £40 million in aid for Sudan on Friday | Sudan | -"),
                commitments("LONDON, March 6 (Reuters) - British Foreign Secretary Edward Hollis pledged £40 million in aid for Sudan on Friday."));
        assertEquals(List.of("Germany | PLEDGE | provide €25 million to Jordan to support refugees | Jordan | -"),
                commitments("German Development Minister Klara Wendt said Germany would provide €25 million to Jordan to support refugees."));
        assertEquals(List.of("Russia | PLEDGE | send 50 tonnes of humanitarian aid to Syria | Syria | -"),
                commitments("Vladimir Kostin said Russia will send 50 tonnes of humanitarian aid to Syria."));
        assertEquals(List.of("Canada | PLEDGE | pledge $50 million to Ukraine | Ukraine | -"),
                commitments("OTTAWA, March 6 (CP) - Canada on Monday pledged $50 million to Ukraine, Foreign Minister Marc Dupuis said."));
    }

    /** "for the people of Gaza", "to Papua New Guinea", "for the earthquake victims in Morocco", "to the Air Force". */
    @Test
    void theRecipientOfGivingIsThePartyItIsFor() {
        assertEquals(List.of("Britain | PLEDGE | provide £10 million in food aid for the people of Gaza | Gaza | -"),
                commitments("Britain will provide £10 million in food aid for the people of Gaza."));
        assertEquals(List.of("Australia | PLEDGE | donate 2 million vaccine doses to Papua New Guinea | Papua New Guinea | -"),
                commitments("Australia will donate 2 million vaccine doses to Papua New Guinea."));
        assertEquals(List.of("Spain | PLEDGE | pledge 2,000 tents and 10 generators for the earthquake victims in Morocco | Morocco | -"),
                commitments("Spain pledged 2,000 tents and 10 generators for the earthquake victims in Morocco."));
        assertEquals(List.of("The United States | PLEDGE | provide two C-130 aircraft to the Philippine Air Force | Philippine Air Force | -"),
                commitments("The United States committed to provide two C-130 aircraft to the Philippine Air Force."));
    }

    /** "promised President X that ...", "offered Indonesia two ships": the one promised or offered to. */
    @Test
    void theRecipientOfAPromiseOrOfferIsItsAddressee() {
        assertEquals(List.of("Hana Novak | PROMISE | reopen the border crossing | Tomas Varga | -"),
                commitments("President Hana Novak promised President Tomas Varga that Slovenia would reopen the border crossing."));
        assertEquals(List.of("Japan | OFFER | offer Indonesia two patrol ships | Indonesia | -"),
                commitments("Japan offered Indonesia two patrol ships."));
    }

    /** Troops, instructors, equipment, a field hospital handed over: a PLEDGE whatever the trigger word. */
    @Test
    void sendingTroopsAidOrEquipmentIsAPledge() {
        assertEquals(List.of("France | PLEDGE | send 20 military instructors to Mali | Mali | -"),
                commitments("France promised to send 20 military instructors to Mali."));
        assertEquals(List.of("Poland | PLEDGE | send a field hospital to the region next week | - | 2026-03"),
                commitments("Foreign Minister Anna Berg said Poland would send a field hospital to the region next week."));
        assertEquals(List.of("Anna Berg | PLEDGE | send a team of engineers to help rebuild the bridge | - | -"),
                commitments("\"We will send a team of engineers to help rebuild the bridge,\" Polish Foreign Minister Anna Berg said on Friday."));
    }

    /** "agreed to remain in close coordination", "agreed to maintain firm readiness": an assurance of conduct. */
    @Test
    void aConductKeptUpIsAPromise() {
        assertEquals(List.of("Whitcombe | PROMISE | remain in close coordination on the ceasefire negotiations | Varga | -"),
                commitments("Secretary Whitcombe spoke with Foreign Minister Varga. Both leaders agreed to remain in close coordination on the ceasefire negotiations."));
        assertEquals(List.of("Mark Delaney | PROMISE | maintain firm readiness of their forces | Kenji Mori | -"),
                commitments("The two defence ministers Mark Delaney and Kenji Mori agreed to maintain firm readiness of their forces."));
    }

    /** "The ministers agreed", "The two sides agreed", "X and Y agreed": the first-named, to the other. */
    @Test
    void aJointUndertakingGoesToTheFirstNamedPartyForTheOther() {
        assertEquals(List.of("Selim Aydin | PLAN | establish a joint working group on migration | Nikos Petrou | -"),
                commitments("Foreign Minister Selim Aydin met his Greek counterpart Nikos Petrou in Athens. The ministers agreed to establish a joint working group on migration."));
        assertEquals(List.of("Jane Whitcombe | PLAN | hold the next round of talks in Geneva in April | Tomas Varga | 2026-04"),
                commitments("Secretary of State Jane Whitcombe met Hungarian Foreign Minister Tomas Varga in Budapest. The two sides agreed to hold the next round of talks in Geneva in April."));
        assertEquals(List.of("Elena Marsh | PLAN | launch a joint task force on energy security | Hana Novak | -"),
                commitments("Prime Minister Elena Marsh and President Hana Novak agreed to launch a joint task force on energy security."));
    }

    /** "Last year, X pledged", "announced ... last month", "had promised to deliver by 2025": background. */
    @Test
    void undertakingsDatedInThePastAreNotCommitments() {
        assertEquals(List.of(), commitments("Last year, Canada pledged $100 million to the fund."));
        assertEquals(List.of(), commitments("Japan had promised to deliver the vessels by 2025."));
        assertEquals(List.of(), commitments("STOCKHOLM, March 6 (TT) - Sweden announced $30 million in aid for Ukraine last month."));
        assertEquals(List.of(), commitments("In February, Norway pledged to deploy 100 soldiers to Lithuania."));
        assertEquals(List.of(), commitments("The leaders agreed in 2021 to hold annual summits."));
    }

    /** A date inside another clause does not make today's undertaking a past one. */
    @Test
    void aPastDateOfAnotherClauseKeepsTheUndertaking() {
        assertEquals(List.of("Canada | PLEDGE | honour the trade accord it signed in 2019 | - | -"),
                commitments("Canada pledged on Friday to honour the trade accord it signed in 2019."));
    }

    /** "hoped Japan would join", "believed Turkey would host", "expect Seoul will send": wished, not undertaken. */
    @Test
    void aFutureHopedOrBelievedIsNotACommitment() {
        assertEquals(List.of(), commitments("She said she hoped Japan would join the initiative."));
        assertEquals(List.of(), commitments("The minister said he believed Turkey would host the next round of talks."));
        assertEquals(List.of(), commitments("SEOUL, March 6 (Yonhap) -- Officials expect Seoul will send more aid to the region, a government source said."));
    }

    @Test
    void reaffirmationsAreNotCommitments() {
        assertEquals(List.of(), commitments("The ministers reaffirmed their commitment to expanding trade."));
        assertEquals(List.of(), commitments("Germany reiterated its pledge to support Ukraine for as long as it takes."));
        assertEquals(List.of(), commitments("LONDON, March 6 (Reuters) - Britain reaffirmed on Friday that it would continue to support Kyiv."));
        assertEquals(List.of(), commitments("The leaders renewed their commitment to a two-state solution."));
    }

    @Test
    void generalPolicyIsNotACommitment() {
        assertEquals(List.of(), commitments("The United States will continue to support Ukraine's sovereignty and territorial integrity."));
        assertEquals(List.of(), commitments("\"Canada will always stand with its allies,\" Prime Minister Marc Dupuis said."));
        assertEquals(List.of(), commitments("\"Our country will never abandon its friends,\" he said."));
        assertEquals(List.of(), commitments("France will keep working with its partners in the Sahel."));
    }

    @Test
    void readinessAndPossibilitiesAreNotCommitments() {
        assertEquals(List.of(), commitments("Russia stands ready to help restore the power grid."));
        assertEquals(List.of(), commitments("\"Ankara is ready to host talks between the parties,\" Aydin said."));
        assertEquals(List.of(), commitments("Britain is willing to provide further support to Moldova."));
        assertEquals(List.of(), commitments("BEIJING, March 6 (Xinhua) - China said on Friday it was prepared to mediate between the two sides."));
        assertEquals(List.of(), commitments("The EU could impose new sanctions on Minsk. Officials said Japan may send a second medical team."));
        assertEquals(List.of(), commitments("Washington might consider additional military aid. It is possible that Norway will increase its contribution."));
    }

    @Test
    void conditionalsAndOngoingActionsAreNotCommitments() {
        assertEquals(List.of(), commitments("If the ceasefire holds, Britain will send engineers to rebuild the bridges."));
        assertEquals(List.of(), commitments("Russia will retaliate should the sanctions be imposed."));
        assertEquals(List.of(), commitments("Germany would deliver the tanks only if allies agreed, Chancellor Klara Wendt said."));
        assertEquals(List.of(), commitments("Unless talks resume, the EU will impose tariffs on steel."));
        assertEquals(List.of(), commitments("Poland is sending 200 engineers to the border. The UN continues to deliver aid to Gaza."));
        assertEquals(List.of(), commitments("Japan is providing training to Philippine coast guard officers."));
    }

    @Test
    void exhortationsAndAssessmentsAreNotCommitments() {
        assertEquals(List.of(), commitments("The Secretary urged Belgrade to release the detainees. He called on all parties to respect the ceasefire."));
        assertEquals(List.of(), commitments("The ministers encouraged Pristina to resume the dialogue."));
        assertEquals(List.of(), commitments("\"We urge Russia to withdraw its troops,\" the statement said. The G7 demanded that Iran stop enrichment."));
        assertEquals(List.of(), commitments("The leaders agreed that the situation in the region is deteriorating."));
        assertEquals(List.of(), commitments("Both sides agreed on the importance of freedom of navigation. The ministers agreed the ceasefire must be respected."));
        assertEquals(List.of(), commitments("They agreed that cooperation will remain essential."));
    }

    @Test
    void theItineraryOfAnAnnouncedVisitIsNotACommitment() {
        assertEquals(List.of(), commitments("Prime Minister Elena Marsh will visit Hanoi on Monday, where she will meet President Tran Van Long and attend a business forum."));
        assertEquals(List.of(), commitments("During the trip, Secretary Whitcombe will hold talks with Foreign Minister Varga and visit a refugee centre."));
        assertEquals(List.of(), commitments("The Chancellor will also lay a wreath at the war memorial during her visit to Warsaw."));
        assertEquals(List.of(), commitments("President Kostin will arrive in Beijing on Tuesday and will hold talks with President Li Wei on Wednesday."));
        assertEquals(List.of(), commitments("During his stay, Mr. Varga will also meet business leaders and deliver a lecture at the university."));
    }

    /** "Both countries agreed": the first country named, a sentence earlier if need be, for the other. */
    @Test
    void bothCountriesAreTheStatesNamedBefore() {
        assertEquals(List.of("Armenia | PLEDGE | resume direct flights | Turkey | -"),
                commitments("Armenian Foreign Minister Aram Sarkis met Turkish Foreign Minister Selim Aydin in Geneva. Both countries agreed to resume direct flights."));
        assertEquals(List.of("Russia | PLAN | hold joint naval exercises in July | China | 2026-07"),
                commitments("Russia and China agreed to hold joint naval exercises in July."));
    }

    /** A government a leader speaks for; medics, frigates, money disbursed; a demonym for the people it is for. */
    @Test
    void moreResourcesAndTheirRecipients() {
        assertEquals(List.of("United Kingdom | PLEDGE | send 50 medics to Gaza | Gaza | -"),
                commitments("British Prime Minister Elena Marsh told reporters her government would send 50 medics to Gaza."));
        assertEquals(List.of("France | PLEDGE | send two frigates to the Red Sea | - | -"),
                commitments("PARIS, March 6 (AFP) - France will send two frigates to the Red Sea, Defence Minister Luc Moreau told Le Monde."));
        assertEquals(List.of("EU | PLEDGE | disburse €500 million to Egypt by June | Egypt | 2026-06"),
                commitments("The EU plans to disburse €500 million to Egypt by June."));
        assertEquals(List.of("United States | PLEDGE | provide an additional $100 million in humanitarian assistance for Sudanese refugees | Sudan | -"),
                commitments("The Secretary announced that the United States will provide an additional $100 million in humanitarian assistance for Sudanese refugees."));
    }

    /** An event the past tense dates ("agreed to host the summit in October") is still the plan's due month. */
    @Test
    void theDateOfThePlannedEventDoesNotMakeItPast() {
        assertEquals(List.of("Germany | PLAN | host the next summit in Berlin in October | - | 2026-10"),
                commitments("Germany agreed to host the next summit in Berlin in October."));
    }

    /** "has pledged ... since the war began": a running total. */
    @Test
    void aRunningTotalIsNotACommitment() {
        assertEquals(List.of(), commitments("KYIV, March 6 (Reuters) - Washington has pledged more than $60 billion in military aid to Ukraine since the war began."));
        assertEquals(List.of(), commitments("The two leaders agreed in November to hold annual summits."));
    }

    /** "will replace X as foreign minister", "will serve as ambassador": an appointment. */
    @Test
    void appointmentsAreNotCommitments() {
        assertEquals(List.of(), commitments("Tomas Varga will replace Anna Berg as foreign minister next month."));
        assertEquals(List.of(), commitments("TOKYO, March 6 (Kyodo) - Kenji Mori will serve as ambassador to Washington, the government said on Friday."));
    }

    /** "The Prime Minister invited the President to attend": the invitee, named by title, is the recipient. */
    @Test
    void theInviteeNamedByTitleIsTheRecipient() {
        assertEquals(List.of("Elena Marsh | OFFER | attend the Global Energy Summit in London in June | Hana Novak | 2026-06"),
                commitments("Prime Minister Elena Marsh spoke to President Hana Novak of Slovenia this afternoon. The Prime Minister invited the President to attend the Global Energy Summit in London in June."));
    }

    /** Readout leads: "X spoke today with Y", "X traveled to Z to meet with Y"; then "Both leaders agreed". */
    @Test
    void theCounterpartOfAJointUndertakingIsTheOtherPartyOfTheLead() {
        assertEquals(List.of("Lena Ortiz | PROMISE | remain in close contact in the coming weeks | Tomas Varga | -"),
                commitments("President Lena Ortiz spoke today with Prime Minister Tomas Varga of Hungary. The two leaders discussed energy security. Both leaders agreed to remain in close contact in the coming weeks."));
        assertEquals(List.of("Mark Delaney | PLAN | hold further consultations | Faisal bin Khalid | -"),
                commitments("National Security Advisor Mark Delaney traveled to Riyadh on Monday to meet with Crown Prince Faisal bin Khalid and senior Saudi officials. Both delegations agreed to hold further consultations."));
    }

    /** "The three leaders committed": a trilateral undertaking has no one counterpart. */
    @Test
    void aJointUndertakingOfMoreThanTwoHasNoOneRecipient() {
        assertEquals(List.of("Lena Ortiz | PROMISE | expand joint patrols along the river | - | -"),
                commitments("President Lena Ortiz met Prime Minister Tomas Varga and President Hana Novak in Vienna. The three leaders committed to expand joint patrols along the river."));
    }

    /** "the two countries" after a sentence naming only one of them: no first-named state to give it to. */
    @Test
    void bothCountriesWithOnlyOneNamedBeforeHaveNoCommitter() {
        assertEquals(List.of(), commitments("Foreign Secretary Jane Whitcombe arrived in Lima and met with Peruvian Foreign Minister Carlos Quispe. Whitcombe said the two countries would open a joint trade office."));
    }
}
