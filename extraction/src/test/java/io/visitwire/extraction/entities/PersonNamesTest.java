package io.visitwire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void surnameMergesFullNameInitialsAndBareSurname() {
        assertTrue(PersonNames.compatible("Maria L. Okafor", "Okafor"));
        assertTrue(PersonNames.compatible("Maria L. Okafor", "M. Okafor"));
        assertTrue(PersonNames.compatible("Pedro Alvarez Ruiz", "Alvarez Ruiz"));
        assertEquals("okafor", PersonNames.surname("Daniel Okafor Jr."));
    }

    @Test
    void differentGivenNamesStayApart() {
        assertFalse(PersonNames.compatible("Michelle Okafor", "Daniel Okafor"));
        assertFalse(PersonNames.compatible("Okafor", "Lindqvist"));
    }

    @Test
    void acronymsFromInitials() {
        assertTrue(PersonNames.isAcronymOf("WHO", "World Health Organization"));
        assertFalse(PersonNames.isAcronymOf("IMF", "World Bank"));
    }
}
