package io.visitwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.schemas.avro.Article;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

    private static final Instant RECEIVED = Instant.parse("2024-05-01T10:15:30Z");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArticleParser parser = new ArticleParser();

    /** The reference article of CONTRACT.md, with a gold field that must be ignored. */
    private static ObjectNode validArticle() {
        ObjectNode article = NODES.objectNode();
        article.put("id", "dod-2010-06-07-gates-baku");
        article.put("url", "https://www.defense.gov/news/newsarticle.aspx?id=59524");
        article.put("source", "American Forces Press Service");
        article.put("published", "2010-06-07");
        article.put("dateline", "ABOARD A MILITARY AIRCRAFT");
        article.put("title", "Gates Thanks Azerbaijan for Support in Afghanistan");
        article.put("body", "After arriving in the Azerbaijani capital of Baku yesterday, Gates met with President Ilham Aliyev.\n");
        article.putObject("gold").putArray("visits").addObject().put("visitor", "Robert M. Gates");
        return article;
    }

    private Article valid(ObjectNode document) {
        ParseResult result = parser.parse(document, RECEIVED);
        assertInstanceOf(ParseResult.Valid.class, result, () -> "expected valid, got " + result.problems());
        return ((ParseResult.Valid) result).article();
    }

    private List<Problem> invalid(ObjectNode document) {
        ParseResult result = parser.parse(document, RECEIVED);
        assertInstanceOf(ParseResult.Invalid.class, result, "expected problems");
        return result.problems();
    }

    private static String fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    @Test
    void parsesTheReferenceArticleAndIgnoresUnknownFields() {
        Article article = valid(validArticle());
        assertEquals("dod-2010-06-07-gates-baku", article.getId());
        assertEquals("https://www.defense.gov/news/newsarticle.aspx?id=59524", article.getUrl());
        assertEquals("American Forces Press Service", article.getSource());
        assertEquals("2010-06-07", article.getPublished());
        assertEquals("ABOARD A MILITARY AIRCRAFT", article.getDateline());
        assertEquals("Gates Thanks Azerbaijan for Support in Afghanistan", article.getTitle());
        assertTrue(article.getBody().startsWith("After arriving"));
        assertEquals(RECEIVED, article.getReceivedAt());
        assertTrue(parser.parse(validArticle(), RECEIVED).isValid());
    }

    @Test
    void optionalFieldsMayBeNullAbsentOrBlank() {
        ObjectNode document = validArticle();
        document.putNull("url");
        document.remove("source");
        document.put("dateline", "   ");
        document.putNull("published");
        Article article = valid(document);
        assertNull(article.getUrl());
        assertNull(article.getSource());
        assertNull(article.getDateline());
        assertNull(article.getPublished());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "body"})
    void titleAndBodyAreRequired(String field) {
        ObjectNode missing = validArticle();
        missing.remove(field);
        assertEquals(List.of(new Problem(field, "field '" + field + "' is required")), invalid(missing));

        ObjectNode nulled = validArticle();
        nulled.putNull(field);
        assertEquals(List.of(new Problem(field, "field '" + field + "' is required")), invalid(nulled));

        ObjectNode blank = validArticle();
        blank.put(field, " \n\t ");
        assertEquals(List.of(new Problem(field, "field '" + field + "' must not be blank")), invalid(blank));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "title     | 42              | number",
            "title     | true            | boolean",
            "body      | [\"a\",\"b\"]   | array",
            "body      | {\"text\":\"a\"} | object",
            "id        | 7               | number",
            "url       | 1.5             | number",
            "source    | false           | boolean",
            "published | 20100607        | number",
            "dateline  | []              | array",
    })
    void wrongTypesAreNamed(String field, String json, String type) {
        ObjectNode document = validArticle();
        document.set(field, ArticleParser.readJson(json));
        assertEquals(List.of(new Problem(field, "field '" + field + "' must be a string, got " + type)), invalid(document));
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        ObjectNode document = NODES.objectNode();
        document.put("id", 5);
        document.put("title", 1);
        document.put("published", "yesterday");
        assertEquals("body,id,published,title", fields(invalid(document)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"an article\"", "42", "null", "true"})
    void documentMustBeAnObject(String json) {
        ParseResult result = parser.parseLine(json, RECEIVED);
        assertEquals(1, result.problems().size());
        assertNull(result.problems().get(0).field());
        assertTrue(result.problems().get(0).message().startsWith("an article must be a JSON object"),
                result.problems().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"title\": }", "{'title': 'single quotes'}", "{\"a\":1} {\"b\":2}", "", "   ",
            "{\"title\":\"a\",\"title\":\"b\",\"body\":\"c\"}"})
    void malformedJsonIsADocumentProblem(String json) {
        ParseResult result = parser.parseLine(json, RECEIVED);
        assertEquals(1, result.problems().size());
        Problem problem = result.problems().get(0);
        assertNull(problem.field());
        assertTrue(problem.message().startsWith("malformed JSON"), problem.message());
        assertFalse(problem.message().contains("Source:"), problem.message());
    }

    @Test
    void readJsonThrowsOnMalformedInput() {
        assertThrows(ArticleParser.MalformedJsonException.class, () -> ArticleParser.readJson("{\"a\":"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-06-07", "2010-06-07T14:30:00Z", "2010-06-07T14:30:00+04:00", "2010-06-07T14:30:00.123-05:00",
            "2010-06-07T14:30:00", "2010-06-07T14:30", "2012-02-29"})
    void acceptsIsoDatesAndDateTimes(String published) {
        ObjectNode document = validArticle();
        document.put("published", published);
        assertEquals(published, valid(document).getPublished());
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 7, 2010", "07/06/2010", "2010-6-7", "2010-06", "2010", "2010-13-01", "2010-02-30",
            "2011-02-29", "2010-06-07T25:00:00Z", "2010-06-07 14:30:00", "2010-06-07T14:30:00Z[Europe/Paris]",
            "1275868800", "2010-06-07Z"})
    void rejectsOtherDateForms(String published) {
        ObjectNode document = validArticle();
        document.put("published", published);
        List<Problem> problems = invalid(document);
        assertEquals("published", fields(problems));
        assertTrue(problems.get(0).message().contains("ISO date"), problems.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "body", "id", "source", "dateline", "url"})
    void rejectsControlCharacters(String field) {
        ObjectNode document = validArticle();
        String value = field.equals("url") ? "https://example.org/a\u0007b" : "abc\u0007def";
        document.put(field, value);
        List<Problem> problems = invalid(document);
        assertEquals(field, fields(problems));
        if (!field.equals("url")) {
            assertTrue(problems.get(0).message().contains("U+0007"), problems.get(0).message());
        }
    }

    @Test
    void rejectsNulDeleteAndC1Controls() {
        for (String text : List.of("a\u0000b", "a\u007Fb", "a\u0085b", "a\u001Bb")) {
            ObjectNode document = validArticle();
            document.put("body", text);
            assertEquals("body", fields(invalid(document)), text);
        }
    }

    @Test
    void allowsNewlinesCarriageReturnsAndTabs() {
        ObjectNode document = validArticle();
        document.put("body", "Line one.\r\nLine two.\n\tIndented.");
        document.put("title", "Title\twith tab");
        assertEquals("Line one.\r\nLine two.\n\tIndented.", valid(document).getBody());
    }

    @Test
    void rejectsUnpairedSurrogates() {
        ObjectNode document = validArticle();
        document.put("body", "broken \uD83D text");
        List<Problem> problems = invalid(document);
        assertTrue(problems.get(0).message().contains("unpaired surrogate"), problems.get(0).message());
    }

    @Test
    void acceptsUnicodeText() {
        ObjectNode document = validArticle();
        document.put("title", "Гейтс в Баку — 盖茨访问巴库 🇦🇿");
        document.put("source", "Agence France-Presse (édition française)");
        document.put("dateline", "BAKU, Azerbaïdjan");
        document.put("body", "Ilham Əliyev met Gates. 😀 Zero\u200Bwidth and RTL \u05E9\u05DC\u05D5\u05DD.");
        Article article = valid(document);
        assertEquals("Гейтс в Баку — 盖茨访问巴库 🇦🇿", article.getTitle());
    }

    @Test
    void unicodeJsonEscapesAreDecoded() {
        Article article = valid((ObjectNode) ArticleParser.readJson(
                "{\"id\":\"x\",\"title\":\"Caf\\u00e9\",\"body\":\"\\ud83d\\ude00 \\n ok\"}"));
        assertEquals("Café", article.getTitle());
        assertEquals("😀 \n ok", article.getBody());
    }

    @Test
    void escapedControlCharactersAreStillRejected() {
        List<Problem> problems = parser.parseLine("{\"id\":\"x\",\"title\":\"a\\u0000b\",\"body\":\"c\"}", RECEIVED).problems();
        assertEquals("title", fields(problems));
    }

    @Test
    void titleLimitIsInCharactersNotBytes() {
        ObjectNode document = validArticle();
        document.put("title", "é".repeat(ArticleParser.MAX_TITLE_CHARS));
        valid(document);
        document.put("title", "😀".repeat(ArticleParser.MAX_TITLE_CHARS));
        valid(document);
        document.put("title", "a".repeat(ArticleParser.MAX_TITLE_CHARS + 1));
        List<Problem> problems = invalid(document);
        assertEquals(List.of(new Problem("title", "field 'title' is 1001 characters long, more than the 1000 allowed")), problems);
    }

    @Test
    void idLimit() {
        ObjectNode document = validArticle();
        document.put("id", "i".repeat(ArticleIds.MAX_ID_CHARS));
        valid(document);
        document.put("id", "i".repeat(ArticleIds.MAX_ID_CHARS + 1));
        assertEquals("id", fields(invalid(document)));
    }

    @Test
    void bodyLimitIsInBytesOfUtf8() {
        ArticleParser small = new ArticleParser(10);
        ObjectNode document = validArticle();
        document.put("body", "0123456789");
        assertTrue(small.parse(document, RECEIVED).isValid());
        document.put("body", "012345678é");
        List<Problem> problems = small.parse(document, RECEIVED).problems();
        assertEquals(List.of(new Problem("body", "field 'body' is 11 bytes of UTF-8, more than the 10 allowed")), problems);
        document.put("body", "😀😀");
        assertTrue(small.parse(document, RECEIVED).isValid());
        document.put("body", "😀😀😀");
        assertEquals("body", fields(small.parse(document, RECEIVED).problems()));
    }

    @Test
    void defaultBodyLimitIsOneMebibyte() {
        ObjectNode document = validArticle();
        document.put("body", "a".repeat(ArticleParser.DEFAULT_MAX_BODY_BYTES));
        valid(document);
        document.put("body", "a".repeat(ArticleParser.DEFAULT_MAX_BODY_BYTES + 1));
        assertEquals("body", fields(invalid(document)));
    }

    @Test
    void refusesANonPositiveBodyLimit() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleParser(0));
    }

    @Test
    void missingIdIsDerivedFromTheUrl() {
        ObjectNode document = validArticle();
        document.remove("id");
        Article article = valid(document);
        assertEquals(ArticleIds.fromUrl("https://www.defense.gov/news/newsarticle.aspx?id=59524"), article.getId());
        assertEquals("https://www.defense.gov/news/newsarticle.aspx?id=59524", article.getUrl());
    }

    @Test
    void nullIdIsDerivedToo() {
        ObjectNode document = validArticle();
        document.putNull("id");
        assertTrue(valid(document).getId().startsWith(ArticleIds.URL_PREFIX));
    }

    @Test
    void missingIdWithoutUrlIsDerivedFromSourceTitleAndPublished() {
        ObjectNode document = validArticle();
        document.remove("id");
        document.remove("url");
        assertEquals(ArticleIds.fromContent("American Forces Press Service",
                "Gates Thanks Azerbaijan for Support in Afghanistan", "2010-06-07"), valid(document).getId());
    }

    @Test
    void missingIdWithoutUrlOrPublishedIsRefused() {
        ObjectNode document = validArticle();
        document.remove("id");
        document.remove("url");
        document.remove("published");
        List<Problem> problems = invalid(document);
        assertEquals("id", fields(problems));
        assertTrue(problems.get(0).message().contains("'url'"), problems.get(0).message());
    }

    @Test
    void blankIdIsRefusedNotDerived() {
        ObjectNode document = validArticle();
        document.put("id", "  ");
        assertEquals(List.of(new Problem("id", "field 'id' must not be blank")), invalid(document));
    }

    @Test
    void producerIdIsKeptAsGiven() {
        ObjectNode document = validArticle();
        document.put("id", "Reuters:2010/06/07#1 ünïcode");
        assertEquals("Reuters:2010/06/07#1 ünïcode", valid(document).getId());
    }

    @Test
    void invalidUrlIsAProblemOnUrl() {
        ObjectNode document = validArticle();
        document.put("url", "www.defense.gov/news");
        List<Problem> problems = invalid(document);
        assertEquals("url", fields(problems));
        assertEquals("field 'url' must be an absolute http or https URL", problems.get(0).message());
    }

    @Test
    void invalidUrlWithoutIdIsOnlyAProblemOnUrl() {
        ObjectNode document = validArticle();
        document.remove("id");
        document.remove("published");
        document.put("url", "ftp://example.org/a");
        assertEquals("url", fields(invalid(document)));
    }

    @Test
    void parseLineAcceptsAJsonLine() {
        ParseResult result = parser.parseLine(
                "{\"id\":\"a1\",\"title\":\"T\",\"body\":\"B\",\"published\":\"2010-06-07T10:00:00Z\",\"gold\":{}}", RECEIVED);
        assertTrue(result.isValid(), () -> result.problems().toString());
    }

    @Test
    void parsingIsPure() {
        ObjectNode document = validArticle();
        String before = document.toString();
        Article first = valid(document);
        Article second = valid(document);
        assertEquals(first, second);
        assertEquals(before, document.toString());
    }
}
