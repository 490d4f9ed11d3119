package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's commitment classes (ANNOTATION.md), each on sentences written for this test with invented
 * names, in several styles: U.S. readouts, GOV.UK and Kremlin releases, wire copy with a dateline, quotes
 * and "said on Friday". Each asserts every commitment the text yields
 * ({@code committer | KIND | action | recipient | due}), published Friday 2026-03-06.
 */
class CommitmentClassesTest {

    private static final String PUBLISHED = "2026-03-06";

    private static List<String> commitments(String body) {
        return WholeResult.commitments(PUBLISHED, body);
    }


    /** U.S. readout with semicolons, wire copy with a dateline, a promise of two acts. */
    @Test
    void aListOfActionsIsOneCommitmentEachWithTheSameCommitter() {
        assertEquals(List.of("The United States | PLAN | expand training for its border police | - | -",
                "The United States | PLAN | open a new consulate in Balti | - | -",
                "The United States | PLEDGE | provide $20 million in humanitarian assistance to Moldova | Moldova | -"),
                commitments("Deputy Secretary of State Laura Pennick met with Moldovan Prime Minister Ion Ciobanu in Chisinau on Thursday. The United States will provide $20 million in humanitarian assistance to Moldova; expand training for its border police; and open a new consulate in Balti."));
        assertEquals(List.of("Japan | PLEDGE | help train its coast guard | - | -",
                "Japan | PLEDGE | supply five patrol vessels to the Philippines | Philippines | -"),
                commitments("MANILA, March 6 (Reuters) - Japan will supply five patrol vessels to the Philippines and help train its coast guard, Japanese Defence Minister Kenji Mori said on Friday."));
        assertEquals(List.of("Hana Novak | PROMISE | compensate the affected families | - | -",
                "Hana Novak | PROMISE | rebuild the damaged schools | - | -"),
                commitments("President Hana Novak promised to rebuild the damaged schools and to compensate the affected families."));
    }

    /** X's commitment to provide, thanked for Qatar's pledge to fund, Poland's offer to host (wire). */
    @Test
    void aPartysCommitmentPledgeOrOfferToActIsItsUndertaking() {
        assertEquals(List.of("Canada | PLEDGE | make commitment to provide 200 additional troops to the alliance's mission in Latvia | Latvia | -"),
                commitments("NATO Secretary General Ruth Amberley welcomed Canada's commitment to provide 200 additional troops to the alliance's mission in Latvia."));
        assertEquals(List.of("Qatar | PLEDGE | make pledge to fund the reconstruction of the hospital in Khan Younis | - | -"),
                commitments("The Prime Minister thanked the Emir for Qatar's pledge to fund the reconstruction of the hospital in Khan Younis."));
        assertEquals(List.of("Poland | OFFER | make offer to host the peace talks | - | -"),
                commitments("WARSAW, March 6 (PAP) - Poland's offer to host the peace talks was welcomed by both sides, the foreign ministry said on Friday."));
    }

    /** pledged $N (wire), a president announcing aid, a Kremlin announcement in roubles. */
    @Test
    void moneyPledgedOrAnnouncedIsAPledgeOfTheLeadersCountry() {
        assertEquals(List.of("Norway | PLEDGE | pledge $30 million to the World Food Programme's operations in Sudan on Friday | - | -"),
                commitments("OSLO, March 6 (NTB) - Norway pledged $30 million to the World Food Programme's operations in Sudan on Friday."));
        assertEquals(List.of("Brazil | PLEDGE | provide $15 million in aid for flood victims in Pakistan | Pakistan | -"),
                commitments("Brazilian President Marta Queiroz announced $15 million in aid for flood victims in Pakistan."));
        assertEquals(List.of("Vladimir Kostin | PLEDGE | provide 5 billion roubles in aid for the reconstruction of the flooded towns | - | -"),
                commitments("MOSCOW, March 6 - Vladimir Kostin announced 5 billion roubles in aid for the reconstruction of the flooded towns."));
    }

    /** will be disbursed by, will be delivered by ... the ministry said. */
    @Test
    void aPassiveFutureGoesToItsAgentAndGivingIsAPledge() {
        assertEquals(List.of("Asian Development Bank | PLEDGE | disburse the first tranche of the loan in April | - | 2026-04"),
                commitments("Officials said the first tranche of the loan will be disbursed by the Asian Development Bank in April."));
        assertEquals(List.of("Sweden | PLEDGE | deliver the two radars before the end of the year | - | -"),
                commitments("The two radars will be delivered by Sweden before the end of the year, the defence ministry said."));
    }

    /** invited X to visit, offered to host (wire dateline), GOV.UK invitation to a summit. */
    @Test
    void offersAndInvitationsAreOffers() {
        assertEquals(List.of("Vladimir Kostin | OFFER | visit Moscow at a convenient time | Anwar Rahim | -"),
                commitments("President Vladimir Kostin invited Prime Minister Anwar Rahim to visit Moscow at a convenient time."));
        assertEquals(List.of("Selim Aydin | OFFER | host the next round of talks between Armenia and Azerbaijan | - | -"),
                commitments("ANKARA, March 6 (Anadolu) - Turkish Foreign Minister Selim Aydin offered to host the next round of talks between Armenia and Azerbaijan."));
        assertEquals(List.of("Helen Garside | OFFER | attend the Global Health Summit in London on 4 June | Luis Ortega | 2026-06-04"),
                commitments("The Prime Minister, Helen Garside, invited President Luis Ortega to attend the Global Health Summit in London on 4 June."));
    }

    /** agreed to meet, plans to open (wire), is scheduled to sign, committed to a trade mission. */
    @Test
    void agreedPlannedScheduledAndCommittedToAnEventArePlans() {
        assertEquals(List.of("France | PLAN | meet again in Berlin in May | Germany | 2026-05"),
                commitments("The foreign ministers of France and Germany agreed to meet again in Berlin in May."));
        assertEquals(List.of("South Korea | PLAN | open a trade office in Nairobi later this year | - | -"),
                commitments("SEOUL, March 6 (Yonhap) - South Korea plans to open a trade office in Nairobi later this year, the foreign ministry said on Friday."));
        assertEquals(List.of("Pedro Alvarado | PLAN | sign a fisheries agreement with Chile on March 20 | - | 2026-03-20"),
                commitments("Foreign Minister Pedro Alvarado is scheduled to sign a fisheries agreement with Chile on March 20."));
        assertEquals(List.of("Oliver Crane | PLAN | commit to a trade mission to Kenya in the autumn | - | -"),
                commitments("Trade Minister Oliver Crane committed to a trade mission to Kenya in the autumn."));
    }

    /** "We will" said on Friday; "Britain will" told reporters; a quoted "would". */
    @Test
    void aQuotedFutureGoesToTheSpeakerOrTheCountryNamed() {
        assertEquals(List.of("Anna Berg | PLEDGE | send a team of engineers to help rebuild the bridge | - | -"),
                commitments("\"We will send a team of engineers to help rebuild the bridge,\" Polish Foreign Minister Anna Berg said on Friday."));
        assertEquals(List.of("Britain | PLAN | double its support for the mine clearance programme next year | - | 2027"),
                commitments("\"Britain will double its support for the mine clearance programme next year,\" Defence Secretary Mark Eldon told reporters in Kyiv."));
        assertEquals(List.of("Germany | PLEDGE | deliver the first two air defence systems in April | - | 2026-04"),
                commitments("\"Germany would deliver the first two air defence systems in April,\" Defence Minister Karl Brenner told reporters in Kyiv."));
    }

    /** wire copy: "Japan would provide ..., the ministry said"; "X said Poland would send". */
    @Test
    void aReportedWouldUnderASpeechVerbIsAFuture() {
        assertEquals(List.of("Japan | PLEDGE | provide $10 million in emergency aid to Turkey | Turkey | -"),
                commitments("TOKYO, March 6 (Kyodo) - Japan would provide $10 million in emergency aid to Turkey, the foreign ministry said on Friday."));
        assertEquals(List.of("Poland | PLEDGE | send a field hospital to the region next week | - | 2026-03"),
                commitments("Foreign Minister Anna Berg said Poland would send a field hospital to the region next week."));
    }

    /** a Kremlin instruction to the Government, one and two actions. */
    @Test
    void anInstructedPartyUndertakesTheInstruction() {
        assertEquals(List.of("Government | PLEDGE | provide housing for the evacuated families by the end of March | - | 2026-03"),
                commitments("Vladimir Kostin instructed the Government to provide housing for the evacuated families by the end of March."));
        assertEquals(List.of("Government | PLAN | send rescue teams to the flooded areas | - | -",
                "Government | PLEDGE | allocate additional funds to the region | - | -"),
                commitments("Vladimir Kostin instructed the Government to allocate additional funds to the region and to send rescue teams to the flooded areas."));
    }

    @Test
    void reaffirmationsDispositionsAndPolicyAreNotCommitments() {
        assertEquals(List.of(), commitments("Secretary of State Jane Whitcombe and Foreign Minister Tomas Varga reaffirmed their commitment to a free and open Indo-Pacific. The two sides reaffirmed that they will continue to deepen cooperation."));
        assertEquals(List.of(), commitments("\"We remain committed to the people of Ukraine,\" Prime Minister Elena Marsh said on Friday. Britain believes in free trade."));
        assertEquals(List.of(), commitments("President Hana Novak said her government was committed to fighting corruption and would always defend press freedom."));
    }

    @Test
    void hopesReadinessAndPossibilitiesAreNotCommitments() {
        assertEquals(List.of(), commitments("Prime Minister Elena Marsh said she looks forward to welcoming President Kostin to London. She hopes to conclude the trade talks by summer."));
        assertEquals(List.of(), commitments("France stands ready to provide further assistance. Italy is prepared to send experts if asked."));
        assertEquals(List.of(), commitments("The ministry said it could send more troops. Officials said the two countries may sign an agreement later this year."));
        assertEquals(List.of(), commitments("LONDON, March 6 (Reuters) - Britain's defence secretary said on Friday the country would consider sending more troops if the situation worsened."));
    }

    @Test
    void conditionalsOngoingActionsAndPastFactsAreNotCommitments() {
        assertEquals(List.of(), commitments("The Kremlin said Russia would respond if NATO deployed missiles in Finland."));
        assertEquals(List.of(), commitments("Germany is deploying 300 soldiers to Lithuania. The EU is providing humanitarian aid to the region."));
        assertEquals(List.of(), commitments("Japan provided $10 million in emergency aid last year. Canada has delivered 40 armoured vehicles to Ukraine."));
        assertEquals(List.of(), commitments("The Chancellor has pledged €2 billion to Ukraine since 2022."));
    }

    @Test
    void exhortationsAssessmentsAndAppointmentsAreNotCommitments() {
        assertEquals(List.of(), commitments("Secretary Whitcombe urged Serbia to recognize the election results. The ministers called on Iran to release the detained sailors."));
        assertEquals(List.of(), commitments("The leaders agreed that the threat from terrorism remains serious."));
        assertEquals(List.of(), commitments("President Hana Novak appointed Marek Dvorak as ambassador to Japan."));
    }

    @Test
    void itineraryOfAnAnnouncedVisitAndForecastsAreNotCommitments() {
        assertEquals(List.of(), commitments("Secretary of Defense Mark Delaney will travel to Tokyo and Seoul next week. In Tokyo, he will meet with Defense Minister Kenji Mori and will deliver a speech on regional security."));
        assertEquals(List.of(), commitments("TOKYO, March 6 (Kyodo) - Prime Minister Kenji Mori is scheduled to visit Hanoi and Jakarta next week, the government said on Friday."));
        assertEquals(List.of(), commitments("The President instructed the ministry to continue monitoring the situation."));
        assertEquals(List.of(), commitments("BERLIN, March 6 (dpa) - Germany is expected to announce new sanctions next week, officials said."));
    }

    @Test
    void reactionsPolitenessHedgesAndNegationsOfWouldAreNotCommitments() {
        assertEquals(List.of(), commitments("He said Russia would respond to any attack on its territory. Officials said the talks would be difficult."));
        assertEquals(List.of(), commitments("Prime Minister Elena Marsh said she would like to visit Japan. The minister said the agreement would create thousands of jobs."));
        assertEquals(List.of(), commitments("BEIJING, March 6 (Xinhua) - Analysts said China would likely retaliate against the new tariffs. The spokesman said China would not accept any interference."));
        assertEquals(List.of(), commitments("President Hana Novak said Slovenia would host the summit if the member states agreed."));
        assertEquals(List.of(), commitments("The United States will respond to any aggression against its allies, the Secretary said."));
    }

    /** Wire copy: the parser makes the dateline the subject; the party after the dash is the committer. */
    @Test
    void theCommitterOfAWireLeadIsThePartyAfterTheDateline() {
        assertEquals(List.of("India | PLAN | build 12 new schools in Nepal | - | -"),
                commitments("NEW DELHI, March 6 (PTI) - India will build 12 new schools in Nepal, External Affairs Minister "
                        + "Ravi Menon said on Friday."));
        assertEquals(List.of("Selim Aydin | OFFER | host the next round of talks between Armenia and Azerbaijan | - | -"),
                commitments("ANKARA, March 6 (Anadolu) - Turkish Foreign Minister Selim Aydin offered to host the next round "
                        + "of talks between Armenia and Azerbaijan."));
    }

    @Test
    void forecastOutcomesAreNotCommitments() {
        assertEquals(List.of(), commitments("LONDON, March 6 (Reuters) - Britain would face higher energy prices next "
                + "winter, the Treasury said on Friday."));
        assertEquals(List.of(), commitments("\"Ukraine will win this war,\" President Hana Novak said."));
    }
}
