package io.visitwire.ingest.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests a real feed or a careless client sends, each with the status it must get. Generated
 * from a valid article by breaking one thing at a time, plus hand-written oddities.
 */
final class BadInputCorpus {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    /** One bad request: what it is, where it goes, and the 4xx it must get. */
    record Case(String name, String path, String contentType, byte[] body, int expectedStatus) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Map<String, Object> VALID = validArticle();

    static List<Case> all(int maxBodyBytes) {
        List<Case> cases = new ArrayList<>();
        malformedJson(cases);
        wrongTypes(cases);
        missingFields(cases);
        invalidDates(cases);
        controlCharacters(cases);
        notUtf8(cases);
        oversized(cases, maxBodyBytes);
        unsupportedMediaTypes(cases);
        badFieldValues(cases);
        batchesWithOnlyBadLines(cases);
        return cases;
    }

    private static void malformedJson(List<Case> cases) {
        String valid = json(VALID);
        // every cut of a valid article is malformed: the parser must never take a prefix for a document
        for (int cut = 1; cut < valid.length(); cut += Math.max(1, valid.length() / 40)) {
            cases.add(article("truncated at " + cut, valid.substring(0, cut), 400));
        }
        for (String text : List.of("{", "}", "{{}}", "{\"id\":}", "{\"id\" \"x\"}", "{'id':'x','title':'t','body':'b'}",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\",}", "{\"id\":\"x\" \"title\":\"t\"}", "NaN", "undefined",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\"} {\"id\":\"y\"}", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\"}]",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\",\"body\":\"c\"}", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"\\q\"}",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"unterminated}", "<article>no</article>", "id=x&title=t&body=b",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":b}", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\" /* c */}",
                "\u0000", "[", "{\"id\":0x10,\"title\":\"t\",\"body\":\"b\"}")) {
            cases.add(article("malformed " + text, text, 400));
        }
        cases.add(new Case("empty request", "/articles", JSON, new byte[0], 400));
        cases.add(new Case("whitespace request", "/articles", JSON, "  \n\t ".getBytes(StandardCharsets.UTF_8), 400));
        for (String notAnObject : List.of("[]", "[{\"id\":\"x\"}]", "1", "\"text\"", "null", "true", "false", "3.14")) {
            cases.add(article("not an object: " + notAnObject, notAnObject, 400));
        }
    }

    private static void wrongTypes(List<Case> cases) {
        List<Object> wrongValues = List.of(42, true, List.of("a"), Map.of("k", "v"), 1.5);
        for (String field : List.of("id", "title", "body", "url", "source", "published", "dateline")) {
            for (Object wrong : wrongValues) {
                Map<String, Object> article = new LinkedHashMap<>(VALID);
                article.put(field, wrong);
                cases.add(article(field + " as " + wrong.getClass().getSimpleName(), json(article), 400));
            }
        }
    }

    private static void missingFields(List<Case> cases) {
        for (String field : List.of("title", "body")) {
            Map<String, Object> missing = new LinkedHashMap<>(VALID);
            missing.remove(field);
            cases.add(article("missing " + field, json(missing), 400));
            Map<String, Object> nulled = new LinkedHashMap<>(VALID);
            nulled.put(field, null);
            cases.add(article("null " + field, json(nulled), 400));
            for (String blank : List.of("", " ", "\n\t  ", "\u00a0")) {
                Map<String, Object> empty = new LinkedHashMap<>(VALID);
                empty.put(field, blank);
                cases.add(article("blank " + field + " '" + blank.replace("\n", "\\n") + "'", json(empty), 400));
            }
        }
        Map<String, Object> noWayToAnId = new LinkedHashMap<>(VALID);
        noWayToAnId.remove("id");
        noWayToAnId.remove("url");
        noWayToAnId.remove("published");
        cases.add(article("no id and nothing to derive one from", json(noWayToAnId), 400));
        Map<String, Object> blankId = new LinkedHashMap<>(VALID);
        blankId.put("id", " ");
        cases.add(article("blank id", json(blankId), 400));
        cases.add(article("empty object", "{}", 400));
    }

    private static void invalidDates(List<Case> cases) {
        for (String date : List.of("2010-13-01", "2010-02-30", "2010-00-10", "2010-6-7", "07/06/2010", "June 7, 2010",
                "yesterday", "2010", "2010-06", "20100607", "2010-06-07T25:00:00Z", "2010-06-07T10:61:00",
                "2010-06-07 10:00", "2010-06-07T10:00:00+25:00", "-2010-06-07", "2010/06/07", "7 June 2010",
                "2010-06-07Z", "0000-00-00", "2010-06-07T", "now")) {
            Map<String, Object> article = new LinkedHashMap<>(VALID);
            article.put("published", date);
            cases.add(article("published '" + date + "'", json(article), 400));
        }
    }

    private static void controlCharacters(List<Case> cases) {
        for (char control : new char[] {'\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f',
                '\u001f', '\u0085'}) {
            for (String field : List.of("title", "body")) {
                Map<String, Object> article = new LinkedHashMap<>(VALID);
                article.put(field, "before" + control + "after");
                cases.add(article(field + " with U+" + String.format("%04X", (int) control), json(article), 400));
            }
        }
    }

    private static void notUtf8(List<Case> cases) {
        byte[][] invalid = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82},
                {(byte) 0xf0, (byte) 0x28, (byte) 0x8c, (byte) 0x28}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xe9}, {(byte) 0x80}};
        for (int i = 0; i < invalid.length; i++) {
            byte[] prefix = "{\"id\":\"n1\",\"title\":\"caf".getBytes(StandardCharsets.UTF_8);
            byte[] suffix = "\",\"body\":\"text\"}".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[prefix.length + invalid[i].length + suffix.length];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(invalid[i], 0, body, prefix.length, invalid[i].length);
            System.arraycopy(suffix, 0, body, prefix.length + invalid[i].length, suffix.length);
            cases.add(new Case("invalid UTF-8 sequence " + i, "/articles", JSON, body, 400));
        }
        cases.add(new Case("lone surrogate escape", "/articles", JSON,
                "{\"id\":\"n2\",\"title\":\"\\ud800\",\"body\":\"text\"}".getBytes(StandardCharsets.UTF_8), 400));
    }

    private static void oversized(List<Case> cases, int maxBodyBytes) {
        for (int extra : new int[] {ArticleHandler.ENVELOPE_BYTES + 1, 2 * maxBodyBytes}) {
            Map<String, Object> article = new LinkedHashMap<>(VALID);
            article.put("body", "x".repeat(maxBodyBytes + extra));
            cases.add(article("body of " + (maxBodyBytes + extra) + " bytes", json(article), 413));
        }
        Map<String, Object> longTitle = new LinkedHashMap<>(VALID);
        longTitle.put("title", "t".repeat(1001));
        cases.add(article("title of 1001 characters", json(longTitle), 400));
        Map<String, Object> longId = new LinkedHashMap<>(VALID);
        longId.put("id", "i".repeat(201));
        cases.add(article("id of 201 characters", json(longId), 400));
    }

    private static void unsupportedMediaTypes(List<Case> cases) {
        byte[] body = json(VALID).getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/html", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1", "image/png",
                "application/octet-stream", "text/csv")) {
            cases.add(new Case("content type " + type, "/articles", type, body, 415));
            cases.add(new Case("batch content type " + type, "/articles:batch", type, body, 415));
        }
        cases.add(new Case("no content type", "/articles", null, body, 415));
    }

    private static void badFieldValues(List<Case> cases) {
        for (String url : List.of("not a url", "ftp://example.org/x", "javascript:alert(1)", "//example.org/x",
                "http://", "mailto:news@example.org")) {
            Map<String, Object> article = new LinkedHashMap<>(VALID);
            article.put("url", url);
            cases.add(article("url '" + url + "'", json(article), 400));
        }
    }

    private static void batchesWithOnlyBadLines(List<Case> cases) {
        cases.add(new Case("batch of malformed lines", "/articles:batch", NDJSON,
                "{\n{\"id\":1}\n[]\n".getBytes(StandardCharsets.UTF_8), 400));
        cases.add(new Case("empty batch", "/articles:batch", NDJSON, new byte[0], 400));
        cases.add(new Case("batch of blank lines", "/articles:batch", NDJSON, "\n\n  \n".getBytes(StandardCharsets.UTF_8), 400));
        cases.add(new Case("batch with only a missing body", "/articles:batch", NDJSON,
                "{\"id\":\"b1\",\"title\":\"t\"}\n".getBytes(StandardCharsets.UTF_8), 400));
    }

    private static Case article(String name, String body, int status) {
        return new Case(name, "/articles", JSON, body.getBytes(StandardCharsets.UTF_8), status);
    }

    static String json(Map<String, Object> article) {
        try {
            return io.visitwire.schemas.RecordJson.MAPPER.writeValueAsString(article);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> validArticle() {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", "corpus-valid-1");
        article.put("url", "https://example.org/news/corpus");
        article.put("source", "Example Wire");
        article.put("published", "2024-02-29");
        article.put("dateline", "TALLINN");
        article.put("title", "Minister opens a port in Tallinn");
        article.put("body", "TALLINN, Feb. 29, 2024 — The minister arrived in Tallinn today.");
        return article;
    }

    private BadInputCorpus() {
    }
}
