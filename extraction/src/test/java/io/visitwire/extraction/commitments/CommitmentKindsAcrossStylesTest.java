package io.visitwire.extraction.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.visitwire.extraction.WholeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kind and recipient of commitments across release and wire styles (ANNOTATION.md: PLEDGE is resources,
 * PLAN a scheduled or intended act, PROMISE an assurance of conduct, OFFER an offer or invitation; the
 * recipient is the party the resources or the undertaking are for, where stated). Invented names.
 */
class CommitmentKindsAcrossStylesTest {

    private static List<String> of(String body) {
        return WholeResult.commitments("2026-03-02", body);
    }

    @Test
    void theObjectOfTheGivingIsTheRecipient() {
        // U.S. readout: "provide X with ..."
        assertEquals(List.of("The United States | PLEDGE | provide Ukraine with $300 million in military equipment | Ukraine | -"),
                of("WASHINGTON, March 2 -- The United States will provide Ukraine with $300 million in military equipment."));
        // Gulf wire: indirect object
        assertEquals(List.of("The UAE | PLEDGE | give Egypt $5 billion in deposits | Egypt | -"),
                of("ABU DHABI, March 2 -- The UAE will give Egypt $5 billion in deposits, state news agency WAM said."));
    }

    @Test
    void thePartyHelpedIsTheRecipient() {
        // GOV.UK: "support X's ministry with £..."
        assertEquals(List.of("The UK | PLEDGE | support Kenya's health ministry with £15 million for malaria programmes | Kenya | -"),
                of("LONDON, March 2 -- The UK will support Kenya's health ministry with £15 million for malaria programmes."));
        // DFAT first person: "A$... to support X's recovery"
        assertEquals(List.of("Jenna Corlett | PLEDGE | provide A$5.5 million to support Fiji's recovery from Cyclone Lora | Fiji | -"),
                of("CANBERRA, March 2 -- \"Today I will announce A$5.5 million to support Fiji's recovery from Cyclone Lora,\" "
                        + "Foreign Minister Jenna Corlett said."));
    }

    @Test
    void theCountryInvestedInIsTheRecipient() {
        // Bernama
        assertEquals(List.of("Malaysia | PLEDGE | invest $2 billion in Indonesia's new capital | Indonesia | -"),
                of("KUALA LUMPUR, March 2 -- Malaysia will invest $2 billion in Indonesia's new capital, Prime Minister "
                        + "Rahim Osman said, Bernama reported."));
        // German government
        assertEquals(List.of("Germany | PLEDGE | finance a solar plant in Namibia worth 80 million euros | Namibia | -"),
                of("BERLIN, March 2 -- Germany will finance a solar plant in Namibia worth 80 million euros, Chancellor "
                        + "Jonas Reiter said."));
        // Yonhap
        assertEquals(List.of("South Korea | PLEDGE | invest 3 trillion won in Poland's defence industry over the next five years | Poland | 2031"),
                of("SEOUL, March 2 -- South Korea pledged to invest 3 trillion won in Poland's defence industry over the next "
                        + "five years."));
    }

    @Test
    void assistanceToACountryReadOnTheVerb() {
        // Xinhua-style: "in grant assistance to X" with "in" on the verb
        assertEquals(List.of("China | PLEDGE | provide 1.2 billion yuan in grant assistance to Cambodia | Cambodia | -"),
                of("BEIJING, March 2 -- China will provide 1.2 billion yuan in grant assistance to Cambodia, Premier Liang "
                        + "Wenhao said on Tuesday."));
    }

    @Test
    void creditLinesAndVehiclesSentArePledges() {
        // Indian MEA
        assertEquals(List.of("India | PLEDGE | extend a line of credit of Rs 500 crore to Sri Lanka for railway projects | Sri Lanka | -"),
                of("NEW DELHI, March 2 -- India will extend a line of credit of Rs 500 crore to Sri Lanka for railway "
                        + "projects, the Ministry of External Affairs said."));
        // Anadolu-style
        assertEquals(List.of("Turkey | PLEDGE | send 30 ambulances to Somalia next month | Somalia | 2026-04"),
                of("ANKARA, March 2 -- Turkey will send 30 ambulances to Somalia next month, Health Minister Kemal Aydogan said."));
    }

    @Test
    void anInvitationGoesToTheInviteeNotThePlaceOfTheVisit() {
        // Kremlin
        assertEquals(List.of("Pavel Orlov | OFFER | visit Russia | Tran Van Minh | -"),
                of("MOSCOW, March 2 -- President Pavel Orlov invited President Tran Van Minh to visit Russia."));
    }

    @Test
    void plansOffersAndPromisesKeepTheirKind() {
        assertEquals(List.of("The United States | PLAN | open an embassy in Vanuatu later this year | - | -"),
                of("WASHINGTON, March 2 -- The United States will open an embassy in Vanuatu later this year, Secretary "
                        + "Dana Whitcombe said."));
        assertEquals(List.of("Indonesia | PLAN | host the ASEAN summit in October | - | 2026-10"),
                of("JAKARTA, March 2 -- Indonesia will host the ASEAN summit in October, Foreign Minister Retno Sari said."));
        assertEquals(List.of("Qatar | OFFER | mediate between Sudan and Chad | - | -"),
                of("DOHA, March 2 -- Qatar offered to mediate between Sudan and Chad, Foreign Minister Khalid Al-Mansour said."));
        assertEquals(List.of("EU | PROMISE | intensify its support to Moldova's reforms | - | -"),
                of("BRUSSELS, March 2 -- The EU committed to intensify its support to Moldova's reforms, the European "
                        + "Council said."));
        assertEquals(List.of("Imran Qadir | PROMISE | protect Chinese workers in Pakistan | - | -"),
                of("ISLAMABAD, March 2 -- Prime Minister Imran Qadir vowed to protect Chinese workers in Pakistan."));
    }

    @Test
    void agreedToSetSomethingUpIsAPlan() {
        // Kyodo
        assertEquals(List.of("Aiko Tanaka | PLAN | establish a working group on critical minerals | Lars Berg | -"),
                of("TOKYO, March 2 -- Foreign Minister Aiko Tanaka and Swedish Foreign Minister Lars Berg agreed to establish "
                        + "a working group on critical minerals."));
        // European Council
        assertEquals(List.of("Karin Holm | PLAN | set up a joint commission on energy | Piotr Zielak | -"),
                of("BRUSSELS, March 2 -- President Karin Holm and Prime Minister Piotr Zielak agreed to set up a joint "
                        + "commission on energy."));
        // a fund set up is resources: a pledge
        assertEquals(List.of("Karin Holm | PLEDGE | establish a joint fund for energy security | Piotr Zielak | -"),
                of("BRUSSELS, March 2 -- President Karin Holm and Prime Minister Piotr Zielak agreed to establish a joint "
                        + "fund for energy security."));
    }

    @Test
    void aPromiseOfConductTowardAnotherPartyIsNoGeneralPolicy() {
        // Kremlin
        assertEquals(List.of("Russia | PROMISE | respect Kazakhstan's territorial integrity | - | -"),
                of("MOSCOW, March 2 -- Russia promised to respect Kazakhstan's territorial integrity, President Pavel Orlov said."));
        // own sovereignty stays a general policy
        assertEquals(List.of(),
                of("BEIJING, March 2 -- China will firmly defend its sovereignty and territorial integrity, the spokesman said."));
    }

    @Test
    void anOfficeHolderInvitedIsKnownByTheCountry() {
        // No 10
        assertEquals(List.of("Tom Hale | OFFER | attend the summit in London next year | Kenya | 2027"),
                of("LONDON, March 2 -- Prime Minister Tom Hale invited the President of Kenya to attend the summit in London "
                        + "next year."));
    }
}
