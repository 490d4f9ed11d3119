package io.visitwire.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.extraction.commitments.CommitmentRule;
import io.visitwire.extraction.visits.VisitRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule ids written on every visit and commitment: well-formed, one per rule, each described. */
class RuleCatalogueTest {

    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");

    @Test
    void idsAreLowerCaseDotSeparatedUniqueAndPrefixedByTheirArea() {
        List<String> ids = new ArrayList<>();
        for (VisitRule rule : VisitRule.values()) {
            assertTrue(rule.id().startsWith("visit."), rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
            ids.add(rule.id());
        }
        for (CommitmentRule rule : CommitmentRule.values()) {
            assertTrue(rule.id().startsWith("commitment."), rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
            ids.add(rule.id());
        }
        ids.forEach(id -> assertTrue(ID.matcher(id).matches(), id));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "an id names one rule: " + ids);
    }
}
