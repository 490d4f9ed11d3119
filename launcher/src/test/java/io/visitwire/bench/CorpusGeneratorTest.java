package io.visitwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private final List<SyntheticArticle> corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).generate(200);

    @Test
    void sameSeedSameArticlesWhateverWasGeneratedBefore() {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        assertEquals(corpus, generator.generate(200));
        assertEquals(corpus.get(137), generator.article(137));
        assertEquals(corpus.subList(50, 60), generator.generate(50, 10));
        assertNotEquals(corpus.get(0).body(), new CorpusGenerator(1L).article(0).body());
    }

    @Test
    void everyArticleHasWireStoryLength() {
        for (SyntheticArticle article : corpus) {
            int tokens = article.approxTokens();
            assertTrue(tokens >= 500 && tokens <= 1000, article.id() + " has " + tokens + " tokens");
        }
    }

    @Test
    void articlesAreVaried() {
        assertEquals(200, corpus.stream().map(SyntheticArticle::id).distinct().count());
        assertEquals(200, corpus.stream().map(SyntheticArticle::body).distinct().count());
        assertTrue(distinct(corpus, SyntheticArticle::visitor) >= 150, "visitors");
        assertTrue(distinct(corpus, SyntheticArticle::hostCountry) >= 20, "host countries");
        assertTrue(distinct(corpus, SyntheticArticle::visitorCountry) >= 20, "visitor countries");
        assertTrue(distinct(corpus, a -> a.visitStart().getYear()) >= 8, "years");
        assertTrue(distinct(corpus, a -> a.title().split(" ")[0]) >= 20, "title openings");
        Set<String> openings = new HashSet<>();
        for (SyntheticArticle article : corpus) {
            String[] paragraphs = article.body().split("\n\n");
            assertTrue(paragraphs.length >= 9, article.id() + " paragraphs");
            openings.add(paragraphs[2].split(" ")[0] + paragraphs[3].split(" ")[0]);
        }
        assertTrue(openings.size() >= 50, "paragraph orders: " + openings.size());
    }

    @Test
    void articleNamesItsVisitAndItsVisitor() {
        for (SyntheticArticle article : corpus) {
            assertTrue(article.body().contains(article.visitor() + " arrived in " + article.city()), article.id());
            assertNotEquals(article.visitorCountry(), article.hostCountry(), article.id());
            assertTrue(!article.published().isBefore(article.visitStart()), article.id());
            String json = article.toJson();
            assertTrue(json.contains("\"id\":\"" + article.id() + "\""), json);
        }
    }

    @Test
    void tokenCountApproximatesTreebankTokens() {
        assertEquals(10, SyntheticArticle.countTokens("Gates met Aliyev in Baku, on June 7."));
        assertEquals(7, SyntheticArticle.countTokens("$20 million (3.5 percent)"));
    }

    private static <T> long distinct(List<SyntheticArticle> articles, java.util.function.Function<SyntheticArticle, T> f) {
        return articles.stream().map(f).collect(Collectors.toSet()).size();
    }
}
