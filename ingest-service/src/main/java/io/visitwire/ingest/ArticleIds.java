package io.visitwire.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The id rule of {@code articles.raw.v1} (DESIGN.md): the producer's id if given; else a hash of the
 * canonical URL; else a hash of source + title + published. Derived ids are deterministic, so re-posting
 * the same article lands on the same Kafka key and downstream consumers treat it as the same article.
 *
 * <p>Derived ids are {@value #URL_PREFIX} or {@value #CONTENT_PREFIX} followed by the lower-case hex SHA-256
 * of the canonical input; the prefix says which rule produced the id, and neither can collide with the other.
 */
public final class ArticleIds {

    /** Longest id accepted from a producer, in Unicode code points. */
    public static final int MAX_ID_CHARS = 200;

    public static final String URL_PREFIX = "url-";
    public static final String CONTENT_PREFIX = "content-";

    /**
     * Query parameters that only track the click, not select the content. {@code utm_*} is matched as a prefix.
     */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
            "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id");
    private static final String TRACKING_PREFIX = "utm_";

    /** Separates the parts hashed for a content id; control characters never occur in accepted fields. */
    private static final String PART_SEPARATOR = "\u001f";

    /**
     * The id for an article that came without one, or empty when neither rule applies (no URL, and not both
     * title and published).
     *
     * @throws IllegalArgumentException if {@code url} is given but is not an absolute http(s) URL
     */
    public static Optional<String> derive(String url, String source, String title, String published) {
        if (url != null) {
            return Optional.of(fromUrl(url));
        }
        if (title != null && published != null) {
            return Optional.of(fromContent(source, title, published));
        }
        return Optional.empty();
    }

    /** {@value #URL_PREFIX} + SHA-256 of {@link #canonicalUrl(String)}. */
    public static String fromUrl(String url) {
        return URL_PREFIX + sha256Hex(canonicalUrl(url));
    }

    /**
     * {@value #CONTENT_PREFIX} + SHA-256 of source, title and published (each stripped and NFC-normalized, so
     * the same text typed with composed or decomposed accents gives the same id). A missing source counts as
     * empty.
     */
    public static String fromContent(String source, String title, String published) {
        if (title == null || published == null) {
            throw new IllegalArgumentException("a content id needs both title and published");
        }
        StringJoiner parts = new StringJoiner(PART_SEPARATOR);
        parts.add(normalize(source)).add(normalize(title)).add(normalize(published));
        return CONTENT_PREFIX + sha256Hex(parts.toString());
    }

    /**
     * The URL in the form two postings of the same page agree on: scheme and host in lower case, default
     * port, user info, fragment and trailing slashes dropped, tracking parameters ({@code utm_*},
     * {@code fbclid}, {@code gclid} …) removed from the query; the other parameters keep their order.
     *
     * @throws IllegalArgumentException if the text is not an absolute http or https URL with a host
     */
    public static String canonicalUrl(String url) {
        URI uri = parse(url.strip());
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        StringBuilder canonical = new StringBuilder(scheme).append("://").append(authority(uri, scheme));
        canonical.append(withoutTrailingSlashes(uri.getRawPath()));
        String query = withoutTrackingParameters(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL: " + e.getReason() + " at index " + e.getIndex(), e);
        }
    }

    private static String authority(URI uri, String scheme) {
        if (uri.getHost() != null) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return defaultPort ? host : host + ":" + port;
        }
        // Hosts java.net.URI does not parse as server names (e.g. internationalized ones) stay as written.
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("must be an absolute http or https URL with a host");
        }
        int userInfoEnd = authority.lastIndexOf('@');
        return authority.substring(userInfoEnd + 1).toLowerCase(Locale.ROOT);
    }

    private static String withoutTrailingSlashes(String path) {
        if (path == null) {
            return "";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    private static String withoutTrackingParameters(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!name.startsWith(TRACKING_PREFIX) && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private ArticleIds() {
    }
}
