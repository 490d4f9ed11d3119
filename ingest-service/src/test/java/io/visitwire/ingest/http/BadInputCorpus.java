package io.visitwire.ingest.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests a real feed, a careless client or a hostile one sends, each with the answer it must get. Generated
 * from a valid article by breaking one thing at a time, plus hand-written oddities, plus requests written byte
 * by byte where an HTTP client would have tidied them up (method case, fragments, odd headers, oversized heads).
 */
final class BadInputCorpus {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    /** The problem types of the API's own refusals; the HTTP layer's refusals are plain {@code about:blank}. */
    static final String TYPE_PREFIX = "tag:visitwire,2025:problem:";
    static final String ABOUT_BLANK = "about:blank";

    /** How a case reaches the server. */
    sealed interface Request permits Post, Raw {
    }

    /** A POST sent with an ordinary HTTP client; {@code contentType} null sends none. */
    record Post(String path, String contentType, byte[] body) implements Request {
    }

    /** Bytes written to a socket as they are, for what an HTTP client would refuse to send or would normalise. */
    record Raw(byte[] bytes) implements Request {
    }

    /**
     * One bad request and the whole answer it must get: the status, the problem type of its JSON body, the
     * {@code Allow} header (405 only, else null) and what {@code visitwire_articles_rejected_total} counts for it,
     * by reason (nothing for requests the HTTP layer refuses before an article route sees them).
     */
    record Case(String name, Request request, int expectedStatus, String type, String allow, Map<String, Integer> counted) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A request the API's handlers refuse, counted once under {@code reason}, whose problem type is the reason. */
    static Case refused(String name, Request request, int status, String reason) {
        return new Case(name, request, status, TYPE_PREFIX + reason, null, Map.of(reason, 1));
    }

    /** A request the HTTP layer refuses before any article route: a plain problem, not counted as an article. */
    static Case httpError(String name, String raw, int status) {
        return new Case(name, raw(raw), status, ABOUT_BLANK, null, Map.of());
    }

    static Case methodNotAllowed(String name, String raw, String allow) {
        return new Case(name, raw(raw), 405, ABOUT_BLANK, allow, Map.of());
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
        contentTypeWithoutMediaType(cases);
        routing(cases);
        requestTargets(cases);
        methodOverride(cases);
        malformedHttp(cases);
        return cases;
    }

    private static void malformedJson(List<Case> cases) {
        String valid = json(VALID);
        // every cut of a valid article is malformed: the parser must never take a prefix for a document
        for (int cut = 1; cut < valid.length(); cut += Math.max(1, valid.length() / 40)) {
            cases.add(article("truncated at " + cut, valid.substring(0, cut), 400, "malformed_json"));
        }
        for (String text : List.of("{", "}", "{{}}", "{\"id\":}", "{\"id\" \"x\"}", "{'id':'x','title':'t','body':'b'}",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\",}", "{\"id\":\"x\" \"title\":\"t\"}", "NaN", "undefined",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\"} {\"id\":\"y\"}", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\"}]",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\",\"body\":\"c\"}", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"\\q\"}",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":\"unterminated}", "<article>no</article>", "id=x&title=t&body=b",
                "{\"id\":\"x\",\"title\":\"t\",\"body\":b}", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"b\" /* c */}",
                "\u0000", "[", "{\"id\":0x10,\"title\":\"t\",\"body\":\"b\"}")) {
            cases.add(article("malformed " + text, text, 400, "malformed_json"));
        }
        cases.add(refused("empty request", new Post("/articles", JSON, new byte[0]), 400, "empty_request"));
        cases.add(article("whitespace request", "  \n\t ", 400, "malformed_json"));
        for (String notAnObject : List.of("[]", "[{\"id\":\"x\"}]", "1", "\"text\"", "null", "true", "false", "3.14")) {
            cases.add(article("not an object: " + notAnObject, notAnObject, 400, "invalid_article"));
        }
    }

    private static void wrongTypes(List<Case> cases) {
        List<Object> wrongValues = List.of(42, true, List.of("a"), Map.of("k", "v"), 1.5);
        for (String field : List.of("id", "title", "body", "url", "source", "published", "dateline")) {
            for (Object wrong : wrongValues) {
                Map<String, Object> article = new LinkedHashMap<>(VALID);
                article.put(field, wrong);
                cases.add(article(field + " as " + wrong.getClass().getSimpleName(), json(article), 400, "invalid_article"));
            }
        }
    }

    private static void missingFields(List<Case> cases) {
        for (String field : List.of("title", "body")) {
            Map<String, Object> missing = new LinkedHashMap<>(VALID);
            missing.remove(field);
            cases.add(article("missing " + field, json(missing), 400, "invalid_article"));
            Map<String, Object> nulled = new LinkedHashMap<>(VALID);
            nulled.put(field, null);
            cases.add(article("null " + field, json(nulled), 400, "invalid_article"));
            for (String blank : List.of("", " ", "\n\t  ", "\u00a0")) {
                Map<String, Object> empty = new LinkedHashMap<>(VALID);
                empty.put(field, blank);
                cases.add(article("blank " + field + " '" + blank.replace("\n", "\\n") + "'", json(empty), 400, "invalid_article"));
            }
        }
        Map<String, Object> noWayToAnId = new LinkedHashMap<>(VALID);
        noWayToAnId.remove("id");
        noWayToAnId.remove("url");
        noWayToAnId.remove("published");
        cases.add(article("no id and nothing to derive one from", json(noWayToAnId), 400, "invalid_article"));
        Map<String, Object> blankId = new LinkedHashMap<>(VALID);
        blankId.put("id", " ");
        cases.add(article("blank id", json(blankId), 400, "invalid_article"));
        cases.add(article("empty object", "{}", 400, "invalid_article"));
    }

    private static void invalidDates(List<Case> cases) {
        for (String date : List.of("2010-13-01", "2010-02-30", "2010-00-10", "2010-6-7", "07/06/2010", "June 7, 2010",
                "yesterday", "2010", "2010-06", "20100607", "2010-06-07T25:00:00Z", "2010-06-07T10:61:00",
                "2010-06-07 10:00", "2010-06-07T10:00:00+25:00", "-2010-06-07", "2010/06/07", "7 June 2010",
                "2010-06-07Z", "0000-00-00", "2010-06-07T", "now")) {
            Map<String, Object> article = new LinkedHashMap<>(VALID);
            article.put("published", date);
            cases.add(article("published '" + date + "'", json(article), 400, "invalid_article"));
        }
    }

    private static void controlCharacters(List<Case> cases) {
        for (char control : new char[] {'\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f',
                '\u001f', '\u0085'}) {
            for (String field : List.of("title", "body")) {
                Map<String, Object> article = new LinkedHashMap<>(VALID);
                article.put(field, "before" + control + "after");
                cases.add(article(field + " with U+" + String.format("%04X", (int) control), json(article), 400, "invalid_article"));
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
            cases.add(refused("invalid UTF-8 sequence " + i, new Post("/articles", JSON, body), 400, "malformed_json"));
        }
        cases.add(article("lone surrogate escape", "{\"id\":\"n2\",\"title\":\"\\ud800\",\"body\":\"text\"}", 400,
                "invalid_article"));
    }

    private static void oversized(List<Case> cases, int maxBodyBytes) {
        for (int extra : new int[] {ArticleHandler.ENVELOPE_BYTES + 1, 2 * maxBodyBytes}) {
            Map<String, Object> article = new LinkedHashMap<>(VALID);
            article.put("body", "x".repeat(maxBodyBytes + extra));
            cases.add(article("body of " + (maxBodyBytes + extra) + " bytes", json(article), 413, "too_large"));
        }
        // over max.body.bytes but within what the request may carry: the README promises 413 for this too
        Map<String, Object> justOver = new LinkedHashMap<>(VALID);
        justOver.put("body", "x".repeat(maxBodyBytes + 1));
        cases.add(article("body of max.body.bytes + 1", json(justOver), 413, "too_large"));
        cases.add(new Case("batch whose only line has a body over max.body.bytes",
                new Post("/articles:batch", NDJSON, (json(justOver) + "\n").getBytes(StandardCharsets.UTF_8)), 400,
                TYPE_PREFIX + "no_valid_article", null, Map.of("too_large", 1)));
        Map<String, Object> longTitle = new LinkedHashMap<>(VALID);
        longTitle.put("title", "t".repeat(1001));
        cases.add(article("title of 1001 characters", json(longTitle), 400, "invalid_article"));
        Map<String, Object> longId = new LinkedHashMap<>(VALID);
        longId.put("id", "i".repeat(201));
        cases.add(article("id of 201 characters", json(longId), 400, "invalid_article"));
    }

    private static void unsupportedMediaTypes(List<Case> cases) {
        byte[] body = json(VALID).getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/html", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1", "image/png",
                "application/octet-stream", "text/csv")) {
            cases.add(refused("content type " + type, new Post("/articles", type, body), 415, "unsupported_media_type"));
            cases.add(refused("batch content type " + type, new Post("/articles:batch", type, body), 415,
                    "unsupported_media_type"));
        }
        cases.add(refused("no content type", new Post("/articles", null, body), 415, "unsupported_media_type"));
    }

    private static void badFieldValues(List<Case> cases) {
        for (String url : List.of("not a url", "ftp://example.org/x", "javascript:alert(1)", "//example.org/x",
                "http://", "mailto:news@example.org")) {
            Map<String, Object> article = new LinkedHashMap<>(VALID);
            article.put("url", url);
            cases.add(article("url '" + url + "'", json(article), 400, "invalid_article"));
        }
    }

    private static void batchesWithOnlyBadLines(List<Case> cases) {
        cases.add(new Case("batch of malformed lines", new Post("/articles:batch", NDJSON,
                "{\n{\"id\":1}\n[]\n".getBytes(StandardCharsets.UTF_8)), 400, TYPE_PREFIX + "no_valid_article", null,
                Map.of("malformed_json", 1, "invalid_article", 2)));
        cases.add(refused("empty batch", new Post("/articles:batch", NDJSON, new byte[0]), 400, "empty_request"));
        cases.add(refused("batch of blank lines", new Post("/articles:batch", NDJSON,
                "\n\n  \n".getBytes(StandardCharsets.UTF_8)), 400, "empty_request"));
        cases.add(new Case("batch with only a missing body", new Post("/articles:batch", NDJSON,
                "{\"id\":\"b1\",\"title\":\"t\"}\n".getBytes(StandardCharsets.UTF_8)), 400, TYPE_PREFIX + "no_valid_article",
                null, Map.of("invalid_article", 1)));
    }

    /** A Content-Type of parameters only: the media type is missing, as much as with no header at all. */
    private static void contentTypeWithoutMediaType(List<Case> cases) {
        for (String path : List.of("/articles", "/articles:batch")) {
            for (String header : List.of(";", ";;", " ; ", "; charset=utf-8", ";application/json")) {
                cases.add(refused("Content-Type '" + header + "' on " + path,
                        raw(post(path, "Content-Type: " + header, json(VALID))), 415, "unsupported_media_type"));
            }
            cases.add(refused("empty Content-Type on " + path, raw(post(path, "Content-Type:", json(VALID))), 415,
                    "unsupported_media_type"));
        }
    }

    /** Methods and paths are matched exactly, as HTTP defines them: methods are case-sensitive, paths are exact. */
    private static void routing(List<Case> cases) {
        String article = json(VALID);
        for (String method : List.of("post", "Post", "pOST")) {
            cases.add(methodNotAllowed("method '" + method + "' on /articles", request(method, "/articles", JSON, article), "POST"));
        }
        cases.add(methodNotAllowed("method 'post' on /articles:batch", request("post", "/articles:batch", NDJSON, article),
                "POST"));
        for (String method : List.of("GET", "PUT", "PATCH", "DELETE", "OPTIONS", "FOO")) {
            cases.add(methodNotAllowed(method + " /articles", request(method, "/articles", JSON, article), "POST"));
        }
        cases.add(methodNotAllowed("PUT /articles:batch", request("PUT", "/articles:batch", NDJSON, article), "POST"));
        for (String opsPath : List.of("/health", "/ready", "/metrics")) {
            cases.add(methodNotAllowed("POST " + opsPath, request("POST", opsPath, JSON, article), "GET, HEAD"));
        }
        cases.add(methodNotAllowed("get /health", request("get", "/health", null, null), "GET, HEAD"));
        for (String path : List.of("/articles/", "/articles:batch/", "/Articles", "//articles", "/articles/x", "/", "/nope",
                "/articles;jsessionid=1", "/articles%2F", "/articles:batch:batch")) {
            cases.add(httpError("POST " + path, request("POST", path, JSON, article), 404));
        }
        cases.add(httpError("GET /nope", request("GET", "/nope", null, null), 404));
        cases.add(httpError("lowercase method on an unknown path", request("post", "/nope", JSON, article), 404));
    }

    /** A fragment stays with the client: the request target has no place for one (RFC 9112 §3.2). */
    private static void requestTargets(List<Case> cases) {
        String article = json(VALID);
        for (String target : List.of("/articles#x", "/articles#", "/articles:batch#frag", "/articles?x=1#y")) {
            cases.add(httpError("fragment in " + target, request("POST", target, target.contains("batch") ? NDJSON : JSON,
                    target.contains("batch") ? article + "\n" : article), 400));
        }
        cases.add(httpError("fragment in GET /health#x", request("GET", "/health#x", null, null), 400));
    }

    /** Javalin would route GET + X-HTTP-Method-Override: POST to the POST handler; the request line decides. */
    private static void methodOverride(List<Case> cases) {
        String article = json(VALID);
        cases.add(httpError("GET /articles overridden to POST", request("GET", "/articles", JSON, article,
                "X-HTTP-Method-Override: POST"), 400));
        cases.add(httpError("POST /articles overridden to PUT", request("POST", "/articles", JSON, article,
                "X-HTTP-Method-Override: PUT"), 400));
        cases.add(httpError("GET /articles:batch overridden to post", request("GET", "/articles:batch", NDJSON, article,
                "X-HTTP-Method-Override: post"), 400));
    }

    /** What Jetty refuses before any route: each must still be a JSON problem, with no exception named. */
    private static void malformedHttp(List<Case> cases) {
        String article = json(VALID);
        cases.add(httpError("header line without a colon", "POST /articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nNoColonHere\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}", 400));
        cases.add(httpError("Content-Length that is not a number", "POST /articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}", 400));
        cases.add(httpError("two different Content-Lengths", "POST /articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}",
                400));
        cases.add(httpError("no Host header", "POST /articles HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}", 400));
        cases.add(httpError("control character in the request target", "GET /hea\u0001lth HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n", 400));
        cases.add(httpError("bad percent-encoding in the path", "POST /articles%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}", 400));
        cases.add(refused("chunk size that is not hex", new Raw(("POST /articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)), 400, "empty_request"));
        cases.add(httpError("request target of 10,000 characters", "GET /" + "a".repeat(10_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 414));
        cases.add(httpError("one header of 10,000 bytes", request("POST", "/articles", JSON, article,
                "X-Padding: " + "p".repeat(10_000)), 431));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            many.append("X-Header-").append(i).append(": ").append("v".repeat(20)).append(i < 399 ? "\r\n" : "");
        }
        cases.add(httpError("400 headers", request("POST", "/articles", JSON, article, many.toString()), 431));
        cases.add(httpError("Expect other than 100-continue", request("POST", "/articles", JSON, article,
                "Expect: a-miracle"), 417));
        cases.add(httpError("HTTP/2.0 request line on HTTP/1.1", "GET /health HTTP/2.0\r\nHost: localhost\r\n\r\n", 426));
        cases.add(httpError("Transfer-Encoding other than chunked", "POST /articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n{}", 400));
        cases.add(httpError("a path above the root", request("POST", "/../articles", JSON, article), 400));
        cases.add(httpError("an encoded path above the root", request("POST", "/%2e%2e/articles", JSON, article), 400));
        // OPTIONS * asks about the server itself, which has nothing to say
        cases.add(httpError("asterisk-form request target", "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                404));
        cases.add(httpError("unknown HTTP version", "GET /health HTTP/7.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                505));
    }

    private static Case article(String name, String body, int status, String reason) {
        return refused(name, new Post("/articles", JSON, body.getBytes(StandardCharsets.UTF_8)), status, reason);
    }

    private static Raw raw(String request) {
        return new Raw(request.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST of {@code body} with one header line given as is (any Content-Type among them). */
    private static String post(String path, String headerLine, String body) {
        return request("POST", path, null, body, headerLine);
    }

    /**
     * An HTTP/1.1 request as a client could write it: {@code contentType} and {@code body} may be null, and
     * {@code extraHeaders} are written as given (CRLF-separated lines).
     */
    static String request(String method, String target, String contentType, String body, String... extraHeaders) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n");
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        return request.append("\r\n").append(body == null ? "" : body).toString();
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
