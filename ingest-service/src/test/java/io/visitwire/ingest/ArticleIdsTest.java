package io.visitwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.defense.gov/News/Article/123              | https://www.defense.gov/News/Article/123",
            "HTTPS://WWW.Defense.GOV/News/Article/123              | https://www.defense.gov/News/Article/123",
            "https://www.defense.gov/News/Article/123/             | https://www.defense.gov/News/Article/123",
            "https://www.defense.gov/News/Article/123#comments     | https://www.defense.gov/News/Article/123",
            "https://www.defense.gov/                              | https://www.defense.gov",
            "https://www.defense.gov                               | https://www.defense.gov",
            "https://www.defense.gov:443/a                         | https://www.defense.gov/a",
            "http://www.defense.gov:80/a                           | http://www.defense.gov/a",
            "http://www.defense.gov:8080/a                         | http://www.defense.gov:8080/a",
            "https://user:secret@example.org/a                     | https://example.org/a",
            "https://example.org/a?utm_source=x&id=7&utm_medium=y  | https://example.org/a?id=7",
            "https://example.org/a?UTM_Campaign=x                  | https://example.org/a",
            "https://example.org/a?fbclid=abc&gclid=def&page=2     | https://example.org/a?page=2",
            "https://example.org/a?b=2&a=1                         | https://example.org/a?b=2&a=1",
            "https://example.org/Path/Case?Q=Case                  | https://example.org/Path/Case?Q=Case",
            "'  https://example.org/a  '                           | https://example.org/a",
            "https://example.org/a/?utm_source=x#top               | https://example.org/a",
    })
    void canonicalizesUrls(String url, String canonical) {
        assertEquals(canonical, ArticleIds.canonicalUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org/a", "/relative/path", "ftp://example.org/file", "mailto:someone@example.org",
            "https://exa mple.org/a", "https://", "not a url"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThrows(IllegalArgumentException.class, () -> ArticleIds.canonicalUrl(url));
    }

    @Test
    void urlIdIsPrefixedSha256OfTheCanonicalUrl() {
        String id = ArticleIds.fromUrl("https://example.org/a");
        // printf '%s' https://example.org/a | sha256sum
        assertEquals("url-b5b10dd0429e69ac7cfaf0a20b6901c1265c50b55d1751bcb684ed96ef7b300a", id);
        assertEquals(id, ArticleIds.fromUrl("https://Example.org/a/?utm_source=rss"));
    }

    @Test
    void equivalentUrlsGiveTheSameId() {
        assertEquals(ArticleIds.fromUrl("https://example.org/news/1"),
                ArticleIds.fromUrl("HTTPS://Example.org/news/1/?utm_source=feed#p2"));
        assertNotEquals(ArticleIds.fromUrl("https://example.org/news/1"), ArticleIds.fromUrl("https://example.org/news/2"));
        assertNotEquals(ArticleIds.fromUrl("https://example.org/news/1"), ArticleIds.fromUrl("http://example.org/news/1"));
    }

    @Test
    void contentIdDependsOnSourceTitleAndPublished() {
        String id = ArticleIds.fromContent("AFPS", "Gates visits Baku", "2010-06-07");
        assertTrue(id.matches("content-[0-9a-f]{64}"), id);
        assertEquals(id, ArticleIds.fromContent(" AFPS ", "Gates visits Baku\n", "2010-06-07"));
        assertNotEquals(id, ArticleIds.fromContent(null, "Gates visits Baku", "2010-06-07"));
        assertNotEquals(id, ArticleIds.fromContent("AFPS", "Gates visits London", "2010-06-07"));
        assertNotEquals(id, ArticleIds.fromContent("AFPS", "Gates visits Baku", "2010-06-08"));
        // the separator keeps fields apart: moving text from one field to the next changes the id
        assertNotEquals(ArticleIds.fromContent("A", "BC", "2010-06-07"), ArticleIds.fromContent("AB", "C", "2010-06-07"));
    }

    @Test
    void contentIdIgnoresUnicodeNormalizationForm() {
        String composed = "Caf\u00e9 talks";
        String decomposed = "Cafe\u0301 talks";
        assertEquals(ArticleIds.fromContent(null, composed, "2010-06-07"), ArticleIds.fromContent(null, decomposed, "2010-06-07"));
    }

    @Test
    void deriveChoosesUrlThenContentThenNothing() {
        assertEquals(Optional.of(ArticleIds.fromUrl("https://example.org/a")),
                ArticleIds.derive("https://example.org/a", "S", "T", "2010-06-07"));
        assertEquals(Optional.of(ArticleIds.fromContent("S", "T", "2010-06-07")),
                ArticleIds.derive(null, "S", "T", "2010-06-07"));
        assertEquals(Optional.empty(), ArticleIds.derive(null, "S", "T", null));
        assertEquals(Optional.empty(), ArticleIds.derive(null, "S", null, "2010-06-07"));
    }

    @Test
    void derivedIdsFitTheIdLimit() {
        assertTrue(ArticleIds.fromUrl("https://example.org/" + "x".repeat(5000)).length() <= ArticleIds.MAX_ID_CHARS);
        assertTrue(ArticleIds.fromContent("s", "t".repeat(1000), "2010-06-07").length() <= ArticleIds.MAX_ID_CHARS);
    }
}
