package io.visitwire.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.avro.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns one JSON article (CONTRACT.md's input form, the body of {@code POST /articles} and one line of the
 * JSON Lines that {@code visitwire extract} reads) into an Avro {@link Article}, or says why it cannot.
 * A pure function: no I/O, no clock (the caller passes {@code receivedAt}), safe to share between threads.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The document must be a JSON object. Unknown fields (such as {@code gold}) are ignored.</li>
 *   <li>{@code title} and {@code body}: required, strings, not blank.</li>
 *   <li>{@code url}, {@code source}, {@code published}, {@code dateline}: optional; null, absent or blank
 *       means absent; otherwise a string.</li>
 *   <li>{@code url}: an absolute http or https URL.</li>
 *   <li>{@code published}: an ISO date ({@code 2010-06-07}) or ISO date-time with or without offset
 *       ({@code 2010-06-07T14:30:00Z}, {@code 2010-06-07T14:30:00+04:00}, {@code 2010-06-07T14:30}),
 *       kept as written.</li>
 *   <li>{@code id}: a string, not blank, at most {@value ArticleIds#MAX_ID_CHARS} characters. CONTRACT.md makes it
 *       required, but the Kafka contract lets producers leave it out, so a missing (or null) id is accepted
 *       when one can be derived by {@link ArticleIds}: from {@code url}, or else from {@code title} +
 *       {@code published} (+ {@code source}). Without either, the article is refused with a problem on
 *       {@code id}.</li>
 *   <li>Sizes: {@code body} at most {@link #maxBodyBytes()} bytes of UTF-8; {@code title}, {@code source} and
 *       {@code dateline} at most {@value #MAX_TITLE_CHARS} characters (code points), {@code url} at most
 *       {@value #MAX_URL_CHARS}.</li>
 *   <li>No string may contain control characters other than {@code \n}, {@code \r} and {@code \t}, nor
 *       unpaired surrogates (text that is not valid Unicode).</li>
 * </ul>
 * Every problem found is reported, not only the first.
 */
public final class ArticleParser {

    /** Default largest {@code body}: 1 MiB of UTF-8. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_SOURCE_CHARS = 1000;
    public static final int MAX_DATELINE_CHARS = 1000;
    public static final int MAX_URL_CHARS = 8192;

    /**
     * Strict reading: one JSON value per document (trailing content is an error) and no duplicate keys,
     * whose meaning would depend on the parser.
     */
    private static final ObjectReader JSON = RecordJson.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern SOURCE_IN_LOCATION = Pattern.compile("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]");
    /** Jackson's advice to the programmer (the bound class, the feature to enable) is no help to a client. */
    private static final Pattern JACKSON_INTERNALS = Pattern.compile(
            " \\(bound as `[^`]*`\\)|:? (not allowed as per|enable) `[^`]*`( to allow)?");

    private final int maxBodyBytes;

    public ArticleParser() {
        this(DEFAULT_MAX_BODY_BYTES);
    }

    public ArticleParser(int maxBodyBytes) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Reads one JSON document strictly (see {@link #JSON}).
     *
     * @throws MalformedJsonException if the text is not exactly one well-formed JSON value
     */
    public static JsonNode readJson(byte[] utf8, int offset, int length) {
        requireWellFormedUtf8(utf8, offset, length);
        try {
            JsonNode node = JSON.readTree(utf8, offset, length);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException("malformed JSON: no content");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(describe(e));
        } catch (IOException e) {
            throw new MalformedJsonException("malformed JSON: " + e.getMessage());
        }
    }

    /** {@link #readJson(byte[], int, int)} on the UTF-8 bytes of {@code text}. */
    public static JsonNode readJson(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return readJson(utf8, 0, utf8.length);
    }

    /**
     * Parses one line of JSON Lines (or any single JSON document): malformed JSON becomes a document-level
     * problem ({@link Problem#field()} {@code null}) instead of an exception.
     */
    public ParseResult parseLine(String line, Instant receivedAt) {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        return parseLine(utf8, 0, utf8.length, receivedAt);
    }

    /** {@link #parseLine(String, Instant)} on a slice of UTF-8 bytes, so a batch need not be copied per line. */
    public ParseResult parseLine(byte[] utf8, int offset, int length, Instant receivedAt) {
        JsonNode node;
        try {
            node = readJson(utf8, offset, length);
        } catch (MalformedJsonException e) {
            return new ParseResult.Invalid(List.of(Problem.ofDocument(e.getMessage())));
        }
        return parse(node, receivedAt);
    }

    /** Validates one JSON document and builds the article, stamped with {@code receivedAt}. */
    public ParseResult parse(JsonNode document, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (document == null || !document.isObject()) {
            String kind = document == null ? "nothing" : typeName(document);
            return new ParseResult.Invalid(List.of(Problem.ofDocument("an article must be a JSON object, got " + kind)));
        }
        Fields fields = new Fields(document);
        String title = fields.required("title", MAX_TITLE_CHARS);
        String body = fields.requiredWithinBytes("body", maxBodyBytes);
        String url = fields.optional("url", MAX_URL_CHARS);
        String source = fields.optional("source", MAX_SOURCE_CHARS);
        String published = fields.optional("published", Integer.MAX_VALUE);
        String dateline = fields.optional("dateline", MAX_DATELINE_CHARS);
        String id = fields.identifier("id", ArticleIds.MAX_ID_CHARS);

        if (url != null) {
            url = fields.checkUrl(url);
        }
        if (published != null && !isIsoDateOrDateTime(published)) {
            fields.problem("published", "must be an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][offset]), got '"
                    + excerpt(published) + "'");
            published = null;
        }
        if (id == null && !fields.hasProblem("id") && url == null && !fields.hasProblem("url")
                && published == null && !fields.hasProblem("published")) {
            fields.problem("id", "is required unless 'url', or both 'title' and 'published', are given to derive it from");
        }
        if (fields.hasProblems()) {
            return new ParseResult.Invalid(fields.problems, fields.bodyTooLarge);
        }
        if (id == null) {
            id = ArticleIds.derive(url, source, title, published)
                    .orElseThrow(() -> new IllegalStateException("checked above: url or title+published present"));
        }
        return new ParseResult.Valid(Article.newBuilder()
                .setId(id)
                .setUrl(url)
                .setSource(source)
                .setPublished(published)
                .setDateline(dateline)
                .setTitle(title)
                .setBody(body)
                .setReceivedAt(receivedAt)
                .build());
    }

    /**
     * Jackson decodes some ill-formed UTF-8 (encoded surrogates, for one) without complaint; the
     * JDK's decoder in REPORT mode does not, so the bytes are checked first.
     */
    private static void requireWellFormedUtf8(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, offset, length));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new MalformedJsonException("the request is not valid UTF-8 text");
        }
    }

    /** Blank also when made of no-break or other Unicode spaces, which {@link String#isBlank} keeps. */
    static boolean isBlankText(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    static boolean isIsoDateOrDateTime(String text) {
        // the ISO formatters also take signed and five-digit years, which no news article has
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return false;
        }
        return parses(text, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from)
                || parses(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from)
                || parses(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from);
    }

    private static boolean parses(String text, DateTimeFormatter format, java.time.temporal.TemporalQuery<?> query) {
        try {
            format.parse(text, query);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        // Jackson names the (redacted) source inside nested locations; only line and column help the client.
        String message = SOURCE_IN_LOCATION.matcher(e.getOriginalMessage()).replaceAll("[$1]");
        message = JACKSON_INTERNALS.matcher(message).replaceAll("");
        return "malformed JSON" + where + ": " + message;
    }

    private static String typeName(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** A short, printable excerpt of a value for a problem message; never the whole value. */
    private static String excerpt(String value) {
        String cut = value.codePointCount(0, value.length()) > 40
                ? value.substring(0, value.offsetByCodePoints(0, 40)) + "…" : value;
        StringBuilder printable = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                printable.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }

    /** Reads fields of one document and collects problems as it goes. */
    private static final class Fields {
        private final JsonNode document;
        private final List<Problem> problems = new ArrayList<>();
        private boolean bodyTooLarge;

        Fields(JsonNode document) {
            this.document = document;
        }

        String required(String name, int maxChars) {
            JsonNode node = document.get(name);
            if (node == null || node.isNull()) {
                problem(name, "is required");
                return null;
            }
            return nonBlank(name, node, maxChars);
        }

        /** Like an optional field, except that blank is an error: a blank id must not silently become a derived one. */
        String identifier(String name, int maxChars) {
            JsonNode node = document.get(name);
            return node == null || node.isNull() ? null : nonBlank(name, node, maxChars);
        }

        private String nonBlank(String name, JsonNode node, int maxChars) {
            String text = text(name, node);
            if (text == null) {
                return null;
            }
            if (isBlankText(text)) {
                problem(name, "must not be blank");
                return null;
            }
            return checkChars(name, text, maxChars);
        }

        String requiredWithinBytes(String name, int maxBytes) {
            String text = required(name, Integer.MAX_VALUE);
            if (text != null) {
                long bytes = utf8Length(text);
                if (bytes > maxBytes) {
                    problem(name, "is " + bytes + " bytes of UTF-8, more than the " + maxBytes + " allowed");
                    bodyTooLarge = true;
                    return null;
                }
            }
            return text;
        }

        String optional(String name, int maxChars) {
            JsonNode node = document.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            String text = text(name, node);
            if (text == null || isBlankText(text)) {
                return null;
            }
            return checkChars(name, text, maxChars);
        }

        String checkUrl(String url) {
            try {
                ArticleIds.canonicalUrl(url);
                return url;
            } catch (IllegalArgumentException e) {
                problem("url", e.getMessage());
                return null;
            }
        }

        private String text(String name, JsonNode node) {
            if (!node.isTextual()) {
                problem(name, "must be a string, got " + typeName(node));
                return null;
            }
            return node.textValue();
        }

        private String checkChars(String name, String text, int maxChars) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                    problem(name, String.format(Locale.ROOT,
                            "contains control character U+%04X at index %d; only \\n, \\r and \\t are allowed", (int) c, i));
                    return null;
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    problem(name, "contains an unpaired surrogate at index " + i + " (not valid Unicode)");
                    return null;
                }
            }
            if (maxChars != Integer.MAX_VALUE && text.length() > maxChars) {
                int codePoints = text.codePointCount(0, text.length());
                if (codePoints > maxChars) {
                    problem(name, "is " + codePoints + " characters long, more than the " + maxChars + " allowed");
                    return null;
                }
            }
            return text;
        }

        void problem(String field, String message) {
            problems.add(new Problem(field, "field '" + field + "' " + message));
        }

        boolean hasProblem(String field) {
            return problems.stream().anyMatch(p -> field.equals(p.field()));
        }

        boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** UTF-8 length without encoding; the text has been checked to hold no unpaired surrogates. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The text is not one well-formed JSON document. The message says where and why, not what it held. */
    public static final class MalformedJsonException extends RuntimeException {
        public MalformedJsonException(String message) {
            super(message);
        }
    }
}
