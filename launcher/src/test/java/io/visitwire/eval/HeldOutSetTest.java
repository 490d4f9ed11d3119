package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code dev/held-out.txt} is the seeded choice its header describes: 12 of the dev articles after the first 13,
 * by {@code Collections.shuffle} with {@code new Random(14)}. A list edited by hand, or a dev file reordered
 * under it, would no longer be a choice made before looking.
 */
class HeldOutSetTest {

    static final long SEED = 14;
    static final int FIRST_NEW_ARTICLE = 13;
    static final int HELD_OUT = 12;

    @Test
    void theListIsTheSeededChoiceInFileOrder() throws IOException {
        List<String> ids = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : resource("/dev/articles.jsonl").lines().filter(l -> !l.isBlank()).toList()) {
            ids.add(json.readTree(line).get("id").asText());
        }
        List<String> fresh = new ArrayList<>(ids.subList(FIRST_NEW_ARTICLE, ids.size()));
        Collections.shuffle(fresh, new Random(SEED));
        Set<String> chosen = Set.copyOf(fresh.subList(0, HELD_OUT));

        List<String> listed = List.copyOf(IdSelection.parseIds(resource("/dev/held-out.txt")));

        assertEquals(48, ids.size(), "the choice was made among the 35 articles after the first 13 of 48");
        assertEquals(ids.stream().filter(chosen::contains).toList(), listed);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HeldOutSetTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
