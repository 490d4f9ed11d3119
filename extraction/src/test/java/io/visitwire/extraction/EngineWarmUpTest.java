package io.visitwire.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.schemas.avro.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineWarmUpTest {

    @Test
    void bundledArticlesAreCompleteEnglishNewsWithADatelineAndAPublicationDate() {
        List<Article> corpus = EngineWarmUp.corpus();
        assertEquals(12, corpus.size());
        for (Article a : corpus) {
            assertTrue(a.getBody().length() > 1_000, a.getId().toString());
            assertFalse(a.getTitle().toString().isBlank());
            assertTrue(a.getPublished().toString().matches("\\d{4}-\\d{2}-\\d{2}"), a.getPublished().toString());
        }
    }

    @Test
    void runsTheAskedNumberOfArticlesGoingRoundTheCorpus() {
        List<String> seen = new ArrayList<>();
        EngineWarmUp.run(article -> {
            seen.add(article.getId().toString());
            return null;
        }, 30);
        assertEquals(30, seen.size());
        assertEquals(seen.get(0), seen.get(12));
    }

    @Test
    void zeroTurnsItOff() {
        EngineWarmUp.run(article -> {
            throw new AssertionError("no article expected");
        }, 0);
    }
}
