package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final double EPSILON = 1e-9;
    private static final String PROMISE_SENTENCE =
            "Gates said he promised to relay the message to Secretary of State Hillary Rodham Clinton.";
    private static final String CONSULTATION_SENTENCE =
            "\"We will have a bilateral defense consultation with Azerbaijan next month,\" Gates said.";

    /** The reference article, reduced: two visits, two commitments, a handful of entities. */
    private static Extraction bakuGold() {
        return new Extraction()
                .entity("Robert M. Gates", "PERSON", "US", "Secretary of Defense")
                .entity("Ilham Aliyev", "PERSON", "AZ", "President of Azerbaijan")
                .entity("Baku", "LOCATION", "AZ")
                .entity("Caspian Sea", "LOCATION", null)
                .entity("NATO", "ORGANIZATION", null)
                .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", "2010-06-07", "COMPLETED", "Ilham Aliyev", "Safar Abiyev")
                .visit("Robert M. Gates", "London", "GB", null, null, "PLANNED")
                .commitment("Robert M. Gates", null, "relay the message to Hillary Rodham Clinton", "PROMISE", null,
                        PROMISE_SENTENCE)
                .commitment("Robert M. Gates", "Azerbaijan", "hold a bilateral defense consultation with Azerbaijan",
                        "PLAN", "2010-07", CONSULTATION_SENTENCE);
    }

    private static Report score(List<JsonNode> gold, JsonNode... predictions) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode prediction : predictions) {
            byId.put(prediction.get("id").asText(), prediction);
        }
        return Scorer.score(gold, byId);
    }

    private static Report scoreOne(Extraction gold, Extraction predicted) {
        return score(List.of(gold.asGold("a")), predicted.asPrediction("a"));
    }

    @Test
    void perfectPredictionScoresOneEverywhere() {
        Report report = scoreOne(bakuGold(), bakuGold());

        for (Area area : Area.values()) {
            Prf counts = report.counts(area);
            assertEquals(1.0, counts.precision(), area.label());
            assertEquals(1.0, counts.recall(), area.label());
            assertEquals(1.0, counts.f1(), area.label());
        }
        assertEquals(new Prf(5, 0, 0), report.entities());
        assertEquals(new Prf(2, 0, 0), report.visits());
        assertEquals(new Prf(2, 0, 0), report.commitments());
        assertEquals(1.0, report.hostF1());
        assertEquals(1.0, report.entityCountryAccuracy());
        assertEquals(1.0, report.personCountryAccuracy());
        assertEquals(1.0, report.personTitleAccuracy());
        assertEquals(1.0, report.visitPlaceAccuracy());
        assertEquals(1.0, report.visitStartAccuracy());
        assertEquals(1.0, report.visitEndAccuracy());
        assertEquals(1.0, report.visitStatusAccuracy());
        assertEquals(1.0, report.commitmentKindAccuracy());
        assertEquals(1.0, report.commitmentDueAccuracy());
        assertTrue(report.articles().get(0).isPerfect());
    }

    @Nested
    class Visits {

        @Test
        void oneMissingVisitHalvesRecallButNotPrecision() {
            Extraction predicted = new Extraction()
                    .visit("Robert M. Gates", "Baku", "AZ", "2010-06-06", "2010-06-07", "COMPLETED", "Ilham Aliyev", "Safar Abiyev");

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(1, 0, 1), report.visits());
            assertEquals(1.0, report.visits().precision());
            assertEquals(0.5, report.visits().recall());
            assertEquals(2.0 / 3, report.visits().f1(), EPSILON);
            assertEquals(List.of("Robert M. Gates -> London, GB (?..?, PLANNED)"),
                    report.articles().get(0).visits().misses());
        }

        @Test
        void extraVisitOnAnArticleWithoutVisitsCostsPrecision() {
            Extraction phoneCall = new Extraction().entity("Lloyd J. Austin III", "PERSON", "US");
            Extraction invented = new Extraction().entity("Lloyd J. Austin III", "PERSON", "US")
                    .visit("Lloyd J. Austin III", null, "KR", null, null, "COMPLETED");

            Report report = score(List.of(bakuGold().asGold("baku"), phoneCall.asGold("call")),
                    bakuGold().asPrediction("baku"), invented.asPrediction("call"));

            assertEquals(new Prf(2, 1, 0), report.visits());
            assertEquals(2.0 / 3, report.visits().precision(), EPSILON);
            assertEquals(1.0, report.visits().recall());
            assertEquals(List.of("Lloyd J. Austin III -> KR (?..?, COMPLETED)"),
                    report.articles().get(1).visits().falseHits());
        }

        @Test
        void visitorAndCountryIdentifyTheVisitTheRestIsJudgedAfterwards() {
            Extraction predicted = new Extraction()
                    .visit("Gates", "Baku City", "AZ", "2010-06-07", "2010-06-07", "ONGOING", "President Aliyev", "Elmar Mammadyarov")
                    .visit("Secretary Gates", null, "GB", null, null, "PLANNED");

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(2, 0, 0), report.visits());
            assertEquals(new Accuracy(1, 2), report.accuracy(Attribute.VISIT_PLACE),
                    "Baku is contained in Baku City; London against null is wrong");
            assertEquals(0.5, report.visitStartAccuracy());
            assertEquals(1.0, report.visitEndAccuracy());
            assertEquals(0.5, report.visitStatusAccuracy());
            assertEquals(new Prf(1, 1, 1), report.hosts());
            assertEquals(0.5, report.hostF1());
            List<Mismatch> mismatches = report.articles().get(0).mismatches();
            assertTrue(mismatches.contains(new Mismatch("visit.start", "Robert M. Gates -> AZ", "2010-06-06", "2010-06-07")));
            assertTrue(mismatches.contains(new Mismatch("visit.status", "Robert M. Gates -> AZ", "COMPLETED", "ONGOING")));
        }

        @Test
        void sameVisitorInAnotherCountryIsNotAMatch() {
            Extraction predicted = new Extraction().visit("Robert M. Gates", "Baku", "GE", null, null, "COMPLETED");

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(0, 1, 2), report.visits());
            assertTrue(Double.isNaN(report.visitStartAccuracy()), "nothing matched, nothing judged");
        }

        @Test
        void nullPlaceOnBothSidesIsCorrect() {
            Extraction gold = new Extraction().visit("John F. Kelly", null, "CO", "2012-12-17", null, "COMPLETED");

            Report report = scoreOne(gold, gold);

            assertEquals(1.0, report.visitPlaceAccuracy());
            assertEquals(1.0, report.hostF1(), "no hosts on either side is nothing to get wrong");
        }

        @Test
        void twoTripsToOneCountryArePairedByPlaceAndDate() {
            Extraction gold = new Extraction()
                    .visit("Jake Sullivan", "Jeddah", "SA", "2023-07-27", null, "COMPLETED")
                    .visit("Jake Sullivan", "Riyadh", "SA", "2023-09-01", null, "PLANNED");
            Extraction predicted = new Extraction()
                    .visit("Jake Sullivan", "Riyadh", "SA", "2023-09-01", null, "PLANNED")
                    .visit("Jake Sullivan", "Jeddah", "SA", "2023-07-27", null, "COMPLETED");

            Report report = scoreOne(gold, predicted);

            assertEquals(new Prf(2, 0, 0), report.visits());
            assertEquals(1.0, report.visitStartAccuracy());
            assertEquals(1.0, report.visitStatusAccuracy());
        }
    }

    @Nested
    class Commitments {

        @Test
        void sameEvidenceSentenceMatchesDespiteDifferentActionWording() {
            Extraction predicted = new Extraction().commitment("Gates", null, "pass on what he heard",
                    "PROMISE", null, "he promised to relay the message to Secretary of State Hillary Rodham Clinton");

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(1, 0, 1), report.commitments());
        }

        @Test
        void actionWordsMatchDespiteDifferentEvidence() {
            Extraction predicted = new Extraction().commitment("Robert Gates", "Azerbaijan",
                    "have a bilateral defense consultation", "PLAN", "2010-07", "An unrelated sentence entirely.");

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(1, 0, 1), report.commitments());
            assertEquals(List.of("Robert M. Gates: relay the message to Hillary Rodham Clinton [PROMISE]"),
                    report.articles().get(0).commitments().misses());
        }

        @Test
        void neitherEvidenceNorActionMeansNoMatch() {
            Extraction predicted = new Extraction().commitment("Robert M. Gates", null, "expand maritime security help",
                    "OFFER", null, "Gates mentioned the possibility of further U.S. help with maritime security.");

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(0, 1, 2), report.commitments());
        }

        @Test
        void anotherCommitterMeansNoMatchEvenInTheSameSentence() {
            Extraction predicted = new Extraction().commitment("Barack Obama", null,
                    "relay the message to Hillary Rodham Clinton", "PROMISE", null, PROMISE_SENTENCE);

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(0, 1, 2), report.commitments());
        }

        @Test
        void committerMatchesAcrossEntityTypes() {
            Extraction gold = new Extraction().commitment("United States", "Mexico",
                    "remit the recovered funds to advance the goals of the Bicentennial Framework", "PLAN", null,
                    "The United States will remit the recovered funds.");
            Extraction predicted = new Extraction().commitment("U.S.", "Mexico",
                    "remit the recovered funds", "PLAN", null, "The United States will remit the recovered funds.");

            assertEquals(new Prf(1, 0, 0), scoreOne(gold, predicted).commitments());
        }

        @Test
        void kindAndDueAreJudgedOnMatchedCommitments() {
            Extraction predicted = new Extraction()
                    .commitment("Robert M. Gates", null, "relay the message to Hillary Rodham Clinton", "PLEDGE", null,
                            PROMISE_SENTENCE)
                    .commitment("Robert M. Gates", "Azerbaijan", "hold a bilateral defense consultation with Azerbaijan",
                            "PLAN", "2010-06", CONSULTATION_SENTENCE);

            Report report = scoreOne(bakuGold(), predicted);

            assertEquals(new Prf(2, 0, 0), report.commitments());
            assertEquals(0.5, report.commitmentKindAccuracy());
            assertEquals(0.5, report.commitmentDueAccuracy());
            assertEquals(new Accuracy(1, 2), report.accuracy(Attribute.COMMITMENT_DUE));
            List<Mismatch> mismatches = report.articles().get(0).mismatches();
            assertEquals(List.of(
                    new Mismatch("commitment.kind", "Robert M. Gates: relay the message to Hillary Rodham Clinton",
                            "PROMISE", "PLEDGE"),
                    new Mismatch("commitment.due", "Robert M. Gates: hold a bilateral defense consultation with Azerbaijan",
                            "2010-07", "2010-06")), mismatches);
        }

        @Test
        void twoCommitmentsFromOneSentenceArePairedByTheirActions() {
            String sentence = "The Netherlands will commit troops to Resolute Support and make financial commitments against Ebola.";
            Extraction gold = new Extraction()
                    .commitment("Netherlands", null, "commit troops to the Resolute Support mission", "PLEDGE", null, sentence)
                    .commitment("Netherlands", null, "make financial commitments against Ebola", "PLEDGE", "2014-12", sentence);
            Extraction predicted = new Extraction()
                    .commitment("Netherlands", null, "make financial commitments against Ebola", "PLEDGE", "2014-12", sentence)
                    .commitment("Netherlands", null, "commit troops to Resolute Support", "PLEDGE", null, sentence);

            Report report = scoreOne(gold, predicted);

            assertEquals(new Prf(2, 0, 0), report.commitments());
            assertEquals(1.0, report.commitmentDueAccuracy());
        }
    }

    @Nested
    class Entities {

        @Test
        void eachGoldEntityIsMatchedAtMostOnce() {
            Extraction gold = new Extraction().entity("Robert M. Gates", "PERSON", "US");
            Extraction predicted = new Extraction().entity("Gates", "PERSON", "US").entity("Robert Gates", "PERSON", "US");

            Report report = scoreOne(gold, predicted);

            assertEquals(new Prf(1, 1, 0), report.entities());
        }

        @Test
        void typesMustAgree() {
            Extraction gold = new Extraction().entity("NATO", "ORGANIZATION", null);
            Extraction predicted = new Extraction().entity("NATO", "LOCATION", null);

            assertEquals(new Prf(0, 1, 1), scoreOne(gold, predicted).entities());
        }

        @Test
        void acronymAndContainmentMatchOrganizations() {
            Extraction gold = new Extraction()
                    .entity("North Atlantic Treaty Organization", "ORGANIZATION", null)
                    .entity("U.S. Southern Command", "ORGANIZATION", "US");
            Extraction predicted = new Extraction()
                    .entity("NATO", "ORGANIZATION", null)
                    .entity("Southern Command", "ORGANIZATION", "US");

            assertEquals(new Prf(2, 0, 0), scoreOne(gold, predicted).entities());
        }

        @Test
        void countryAccuracyCoversPlacesAndOrganizationsOnly() {
            Extraction gold = new Extraction()
                    .entity("Baku", "LOCATION", "AZ")
                    .entity("Caspian Sea", "LOCATION", null)
                    .entity("Ilham Aliyev", "PERSON", "AZ", "President of Azerbaijan");
            Extraction predicted = new Extraction()
                    .entity("Baku", "LOCATION", "AZ")
                    .entity("Caspian Sea", "LOCATION", "AZ")
                    .entity("Ilham Aliyev", "PERSON", "US", "Azerbaijani President");

            Report report = scoreOne(gold, predicted);

            assertEquals(new Accuracy(1, 2), report.accuracy(Attribute.ENTITY_COUNTRY));
            assertEquals(new Accuracy(0, 1), report.accuracy(Attribute.PERSON_COUNTRY));
            assertEquals(new Accuracy(0, 1), report.accuracy(Attribute.PERSON_TITLE),
                    "'Azerbaijani' is not 'Azerbaijan': titles compare by words");
        }

        @Test
        void titleWordOrderDoesNotMatter() {
            Extraction gold = new Extraction().entity("Chuck Hagel", "PERSON", "US", "Secretary of Defense");
            Extraction predicted = new Extraction().entity("Chuck Hagel", "PERSON", "US", "Defense Secretary");

            assertEquals(1.0, scoreOne(gold, predicted).personTitleAccuracy());
        }
    }

    @Nested
    class Articles {

        @Test
        void articleWithoutPredictionMissesEverything() {
            Report report = score(List.of(bakuGold().asGold("a")));

            assertEquals(new Prf(0, 0, 5), report.entities());
            assertEquals(new Prf(0, 0, 2), report.visits());
            assertEquals(0.0, report.visits().f1());
            assertFalse(report.articles().get(0).predicted());
        }

        @Test
        void predictionsWithoutGoldAreListedNotScored() {
            Report report = score(List.of(bakuGold().asGold("a")), bakuGold().asPrediction("a"),
                    bakuGold().asPrediction("zz-unknown"));

            assertEquals(1.0, report.visits().f1());
            assertEquals(List.of("zz-unknown"), report.unscoredPredictionIds());
        }

        @Test
        void duplicateGoldIdsAreRejected() {
            List<JsonNode> gold = List.of(bakuGold().asGold("a"), bakuGold().asGold("a"));
            assertThrows(IllegalArgumentException.class, () -> Scorer.score(gold, Map.of()));
        }

        @Test
        void goldArticleWithoutGoldIsRejected() {
            JsonNode article = bakuGold().asPrediction("a");
            assertThrows(IllegalArgumentException.class, () -> Scorer.score(List.of(article), Map.of()));
        }

        @Test
        void noGoldAndNoPredictionsIsVacuouslyPerfect() {
            Report report = scoreOne(new Extraction(), new Extraction());

            assertEquals(1.0, report.visits().f1());
            assertEquals(1.0, report.commitments().f1());
            assertTrue(Double.isNaN(report.commitmentKindAccuracy()));
        }
    }
}
