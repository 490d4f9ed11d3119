package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, round 3: what looks like an undertaking but is not one (ANNOTATION.md, "Not commitments"), and
 * the committers and forms that hid real ones. Sentences written for this test with invented names, in U.S.
 * readout, GOV.UK, Kremlin, EU and wire styles; each asserts every commitment the text yields
 * ({@code committer | KIND | action | recipient | due}), published Friday 2026-03-06.
 */
class CommitmentPrecisionClassesTest {

    private static final String PUBLISHED = "2026-03-06";

    private static List<String> commitments(String body) {
        return WholeResult.commitments(PUBLISHED, body);
    }

    /** "During the visit ... will meet ... and will lay a wreath", "will visit Tokyo, where the two will sign". */
    @Test
    void whatPeopleDoInsideAnAnnouncedVisitIsTheVisit() {
        assertEquals(List.of(), commitments("President Ana Kovac will travel to Lisbon on Monday for a two-day state visit. During the visit, President Ana Kovac will meet Prime Minister Rui Salgado and will lay a wreath at the Monument to the Discoveries."));
        assertEquals(List.of(), commitments("ZAGREB, March 6 (HINA) - Croatian Prime Minister Luka Baric will visit Tokyo next week, where the two prime ministers will sign a visa waiver agreement, the government said on Friday."));
        assertEquals(List.of(), commitments("BEIJING, March 6 (Xinhua) -- Chinese Premier Wang Lei will visit Brazil from March 8 to 12. During the visit, Wang will attend the opening of a Chinese-built railway and will sign a series of cooperation documents."));
        assertEquals(List.of(), commitments("The Foreign Secretary, Emily Thorne, will visit Ghana on Tuesday. She will visit a cocoa cooperative and will announce new support for climate resilience."));
        assertEquals(List.of(), commitments("President Milan Dvorak will pay a state visit to Vietnam next week. He will meet President Tran Van Long and will lay flowers at the Ho Chi Minh Mausoleum."));
        assertEquals(List.of(), commitments("Prime Minister Rui Salgado will travel to Brussels on Thursday, where he will present Portugal's plan for the recovery fund."));
        assertEquals(List.of(), commitments("Chancellor Lena Vogt will travel to Warsaw on Monday, where the two governments will sign an agreement on energy cooperation."));
    }

    /** A sum announced during the visit is still given: the PLEDGE stays. */
    @Test
    void aSumAnnouncedDuringAVisitStaysAPledge() {
        assertEquals(List.of("Daniel Harwick | PLEDGE | provide $50 million in new humanitarian assistance for Sudanese refugees | Sudan | -"),
                commitments("Secretary of State Daniel Harwick will travel to Khartoum next week. During the visit, Harwick will announce $50 million in new humanitarian assistance for Sudanese refugees."));
    }

    /** "will discuss", "will exchange views", "are expected to focus on", "will review": the meeting's talk. */
    @Test
    void whatAMeetingWillTalkAboutIsNoUndertaking() {
        assertEquals(List.of(), commitments("Prime Minister Keir Hollis will host President Anders Lund at Downing Street on Thursday. The leaders will discuss trade and security, and will exchange views on the war in Ukraine."));
        assertEquals(List.of(), commitments("The talks between Vladimir Kostin and Xu Ming are expected to focus on energy cooperation and regional security."));
        assertEquals(List.of(), commitments("BEIJING, March 6 (Xinhua) -- Chinese Foreign Minister Li Wen will visit Egypt and Kenya from March 8 to 12. During his stay, Li will exchange views with leaders of the two countries on bilateral ties, spokesperson Zhao Lin said on Friday."));
        assertEquals(List.of(), commitments("At the meeting, the ministers will review progress on the joint action plan and will discuss next steps."));
    }

    /** Trade will reach, the talks will be difficult, exports will grow, the partnership will transform. */
    @Test
    void predictionsAndForecastsAreNoUndertaking() {
        assertEquals(List.of(), commitments("Bilateral trade will reach $10 billion by 2028, Minister Jonas Berg predicted."));
        assertEquals(List.of(), commitments("The talks will be difficult, Foreign Minister Sara Lind said on Friday."));
        assertEquals(List.of(), commitments("SEOUL, March 6 (Yonhap) -- South Korea's exports will grow by 5 percent this year, the trade ministry forecast on Friday."));
        assertEquals(List.of(), commitments("Analysts said the agreement will boost investment and will create thousands of jobs."));
        assertEquals(List.of(), commitments("\"This partnership will transform the region,\" President Ana Kovac said."));
    }

    /** "Iran must", "Russia should", "called on Belgrade to": what others ought to do. */
    @Test
    void obligationsOfOthersAreNoUndertaking() {
        assertEquals(List.of(), commitments("Foreign Minister Sara Lind said Iran must stop enriching uranium and should return to the negotiating table."));
        assertEquals(List.of(), commitments("\"Russia should withdraw its troops,\" Prime Minister Keir Hollis told reporters."));
        assertEquals(List.of(), commitments("The ministers called on Belgrade to implement the agreement and said Pristina must also do its part."));
    }

    /** "would respond to any deployment", "will not tolerate", "will retaliate against any attack". */
    @Test
    void threatsAndWarningsAreNoUndertaking() {
        assertEquals(List.of(), commitments("Defence Minister Oleg Ivanov warned that Moscow would respond to any deployment of missiles in Finland."));
        assertEquals(List.of(), commitments("\"We will not tolerate any violation of our airspace,\" President Ana Kovac said."));
        assertEquals(List.of(), commitments("TEHRAN, March 6 (IRNA) - Iran will retaliate against any attack on its territory, the foreign ministry spokesman said on Friday."));
    }

    /** "will always stand with", "will never recognise", "will continue to support", "will stand by its allies". */
    @Test
    void generalPolicyAndOngoingPolicyAreNoUndertaking() {
        assertEquals(List.of(), commitments("\"We will always stand with the people of Ukraine,\" the Prime Minister said."));
        assertEquals(List.of(), commitments("President Ana Kovac said Croatia will never recognise the annexation."));
        assertEquals(List.of(), commitments("The United States will continue to support Ukraine's sovereignty and territorial integrity."));
        assertEquals(List.of(), commitments("The Foreign Secretary said the UK will continue to provide humanitarian assistance to Sudan."));
        assertEquals(List.of(), commitments("Germany will stand by its allies, Chancellor Lena Vogt said."));
    }

    /** "pledged last year", "had promised to deliver", "has already pledged", "In 2024, X committed": background. */
    @Test
    void pastPledgesRestatedAreNoUndertaking() {
        assertEquals(List.of(), commitments("Japan pledged $30 million to the fund last year, and announced a further $10 million in January."));
        assertEquals(List.of(), commitments("KYIV, March 6 (Reuters) - Canada had promised to deliver 50 armoured vehicles by the end of last year."));
        assertEquals(List.of(), commitments("The European Union has already pledged 2 billion euros for reconstruction."));
        assertEquals(List.of(), commitments("In 2024, Norway committed to provide $200 million to the fund."));
    }

    /** A pluperfect a speech verb reports is reported news, not background. */
    @Test
    void aReportedPluperfectKeepsTheUndertaking() {
        assertEquals(List.of("Japan | PLAN | host the next round of talks in May | - | 2026-05"),
                commitments("The ministry said Japan had agreed to host the next round of talks in May."));
    }

    /** An accepted invitation stays the inviter's OFFER; accepting one is no undertaking of the guest. */
    @Test
    void anInvitationStaysAnOfferAndAcceptingIsNone() {
        assertEquals(List.of("Ana Kovac | OFFER | visit Zagreb later this year | Rui Salgado | -"),
                commitments("President Ana Kovac invited Prime Minister Rui Salgado to visit Zagreb later this year, and he accepted."));
        assertEquals(List.of(), commitments("President Milan Dvorak accepted an invitation from President Tran Van Long to visit Hanoi."));
    }

    /** "Japan's foreign ministry said it would provide", "The European Commission announced that it will". */
    @Test
    void itOfABodyThatSpeaksIsThatBody() {
        assertEquals(List.of("Japan | PLEDGE | provide $5 million in emergency aid to Myanmar | Myanmar | -"),
                commitments("TOKYO, March 6 (Kyodo) -- Japan's foreign ministry said it would provide $5 million in emergency aid to Myanmar."));
        assertEquals(List.of("Germany | PLEDGE | deliver two more air defence systems to Ukraine by the end of the year | Ukraine | -"),
                commitments("Germany's defence ministry said on Friday it will deliver two more air defence systems to Ukraine by the end of the year."));
        assertEquals(List.of("European Commission | PLEDGE | provide 50 million euros in humanitarian aid to Sudan | Sudan | -"),
                commitments("The European Commission announced on Tuesday that it will provide 50 million euros in humanitarian aid to Sudan."));
        assertEquals(List.of("Foreign Ministry | PLAN | open a consulate in Erbil next year | - | 2027"),
                commitments("The Foreign Ministry said in a statement on Friday that it will open a consulate in Erbil next year."));
    }

    /** "confirmed that X will" announces; "reaffirmed that X will" restates. */
    @Test
    void confirmedThatAnnouncesWhileReaffirmedRestates() {
        assertEquals(List.of("UK | PLEDGE | contribute £20 million to the fund | - | -"),
                commitments("The Foreign Secretary confirmed that the UK will contribute £20 million to the fund."));
        assertEquals(List.of("Portugal | PLEDGE | send two frigates to the Red Sea mission | - | -"),
                commitments("Prime Minister Rui Salgado confirmed that Portugal will send two frigates to the Red Sea mission."));
        assertEquals(List.of(), commitments("The minister reaffirmed that the UK will contribute £20 million to the fund."));
        assertEquals(List.of(), commitments("The President reaffirmed that the United States will defend its allies."));
    }

    /** "is due to hand over", the verb tagged as a noun: a scheduled handover of equipment, a PLEDGE. */
    @Test
    void dueToHandOverIsAScheduledPledge() {
        assertEquals(List.of("Germany | PLEDGE | hand over the first two frigates to Egypt in June | - | 2026-06"),
                commitments("BERLIN, March 6 (dpa) - Germany is due to hand over the first two frigates to Egypt in June."));
        assertEquals(List.of("Turkey | PLEDGE | hand over the first corvette to Pakistan next month | - | 2026-04"),
                commitments("ANKARA, March 6 (Anadolu) - Turkey is due to hand over the first corvette to Pakistan next month, the defence ministry said."));
    }
}
