package io.visitwire.schemas.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Nested
    class Normalization {

        @Test
        void foldsCaseDiacriticsAndPunctuation() {
            assertEquals("andres manuel lopez obrador", NameMatcher.normalize("Andrés Manuel López Obrador"));
            assertEquals("us southern command", NameMatcher.normalize("U.S. Southern Command"));
            assertEquals("washington dc", NameMatcher.normalize("Washington, D.C."));
            assertEquals("pentagon", NameMatcher.normalize("the Pentagon"));
        }

        @Test
        void dropsLeadingTitlesAndTrailingSuffixesOfPersons() {
            assertEquals("david h petraeus", NameMatcher.normalizePerson("Gen. David H. Petraeus"));
            assertEquals("safar abiyev", NameMatcher.normalizePerson("Defense Minister Col. Gen. Safar Abiyev"));
            assertEquals("lloyd j austin", NameMatcher.normalizePerson("Lloyd J. Austin III"));
            assertEquals("mohammed bin salman", NameMatcher.normalizePerson("Crown Prince Mohammed bin Salman"));
            assertEquals("hillary rodham clinton", NameMatcher.normalizePerson("Secretary of State Hillary Rodham Clinton"));
        }

        @Test
        void keepsTheLastWordEvenWhenItLooksLikeATitle() {
            assertEquals("major", NameMatcher.normalizePerson("Mr. Major"));
        }
    }

    @Nested
    class Persons {

        @Test
        void titleAndMiddleInitialDoNotPreventAMatch() {
            assertTrue(NameMatcher.personsMatch("Gen. David H. Petraeus", "David Petraeus"));
        }

        @Test
        void initialAgreesWithTheNameItStarts() {
            assertTrue(NameMatcher.personsMatch("J. Smith", "John Smith"));
            assertFalse(NameMatcher.personsMatch("K. Smith", "John Smith"));
        }

        @Test
        void differentFirstNamesAreDifferentPeople() {
            assertFalse(NameMatcher.personsMatch("John Smith", "Jane Smith"));
        }

        @Test
        void surnameAloneMatchesTheFullName() {
            assertTrue(NameMatcher.personsMatch("Gates", "Robert M. Gates"));
            assertTrue(NameMatcher.personsMatch("President Aliyev", "Ilham Aliyev"));
        }

        @Test
        void differentSurnamesNeverMatch() {
            assertFalse(NameMatcher.personsMatch("Robert Gates", "Robert Mueller"));
        }

        @Test
        void caseAndDiacriticsAreFolded() {
            assertTrue(NameMatcher.personsMatch("Rosa Icela Rodriguez", "ROSA ICELA RODRÍGUEZ"));
        }

        @Test
        void compoundSurnameMatchesItsFullForm() {
            assertTrue(NameMatcher.personsMatch("López Obrador", "Andrés Manuel López Obrador"));
            assertTrue(NameMatcher.personsMatch("Hennis-Plasschaert", "Jeanine Hennis-Plasschaert"));
            assertTrue(NameMatcher.personsMatch("al-Abadi", "Haider al-Abadi"));
        }

        @Test
        void titleLeftoversAreAbsorbed() {
            assertTrue(NameMatcher.personsMatch("Pentagon Press Secretary John Kirby", "John Kirby"));
            assertFalse(NameMatcher.personsMatch("Pentagon Press Secretary John Kirby", "Jane Kirby"));
        }

        @Test
        void commonDiminutivesAgreeWithTheFormalName() {
            assertTrue(NameMatcher.personsMatch("Jim Mattis", "James N. Mattis"));
            assertTrue(NameMatcher.personsMatch("Liz Sherwood-Randall", "Elizabeth Sherwood-Randall"));
            assertFalse(NameMatcher.personsMatch("Jim Mattis", "Michael Mattis"));
        }

        @Test
        void generationalSuffixIsNotTheSurname() {
            assertTrue(NameMatcher.personsMatch("Lloyd J. Austin III", "Lloyd Austin"));
        }

        @Test
        void blankNamesNeverMatch() {
            assertFalse(NameMatcher.personsMatch(null, "John Smith"));
            assertFalse(NameMatcher.personsMatch("", ""));
        }
    }

    @Nested
    class Organizations {

        @Test
        void acronymMatchesTheFullName() {
            assertTrue(NameMatcher.organizationsMatch("NATO", "North Atlantic Treaty Organization"));
            assertTrue(NameMatcher.organizationsMatch("North Atlantic Treaty Organization", "NATO"));
            assertTrue(NameMatcher.organizationsMatch("ASEAN", "Association of Southeast Asian Nations"));
            assertTrue(NameMatcher.organizationsMatch("ISIL", "Islamic State of Iraq and the Levant"));
            assertTrue(NameMatcher.organizationsMatch("U.N.", "United Nations"));
            assertTrue(NameMatcher.organizationsMatch("DoD", "Department of Defense"));
            assertTrue(NameMatcher.organizationsMatch("SDF", "Self-Defense Forces"));
        }

        @Test
        void wrongAcronymDoesNotMatch() {
            assertFalse(NameMatcher.organizationsMatch("NATO", "North American Treaty"));
            assertFalse(NameMatcher.organizationsMatch("ISAF", "North Atlantic Treaty Organization"));
            assertFalse(NameMatcher.organizationsMatch("NAT", "North Atlantic Treaty Organization"), "every word must count");
            assertFalse(NameMatcher.organizationsMatch("NATOS", "North Atlantic Treaty Organization"));
        }

        @Test
        void containmentMatches() {
            assertTrue(NameMatcher.organizationsMatch("Southern Command", "U.S. Southern Command"));
            assertTrue(NameMatcher.organizationsMatch("the Senate", "United States Senate"));
        }

        @Test
        void containmentIsByWholeWords() {
            assertFalse(NameMatcher.organizationsMatch("Nation", "United Nations"));
        }
    }

    @Nested
    class Locations {

        @Test
        void equalOrContainedMatch() {
            assertTrue(NameMatcher.locationsMatch("Baku", "baku"));
            assertTrue(NameMatcher.locationsMatch("Buenos Aires", "Buenos Aires, Argentina"));
            assertTrue(NameMatcher.locationsMatch("The Pentagon", "Pentagon"));
        }

        @Test
        void differentPlacesDoNotMatch() {
            assertFalse(NameMatcher.locationsMatch("Niger", "Nigeria"));
            assertFalse(NameMatcher.locationsMatch("Baku", "Tbilisi"));
        }

        @Test
        void locationsHaveNoAcronymRule() {
            assertFalse(NameMatcher.locationsMatch("UK", "United Kingdom"));
        }
    }

    @Nested
    class AnyType {

        @Test
        void committerMatchesByAnyRule() {
            assertTrue(NameMatcher.anyMatch("President Biden", "Joe Biden"));
            assertTrue(NameMatcher.anyMatch("U.S.", "United States"));
            assertTrue(NameMatcher.anyMatch("Government of Mexico", "Mexico"));
            assertFalse(NameMatcher.anyMatch("Mexico", "United States"));
        }

        @Test
        void entityTypeSelectsTheRule() {
            assertTrue(NameMatcher.matchAs("ORGANIZATION", "NATO", "North Atlantic Treaty Organization"));
            assertFalse(NameMatcher.matchAs("LOCATION", "UK", "United Kingdom"));
            assertFalse(NameMatcher.matchAs("DATE", "June", "June"));
        }
    }
}
