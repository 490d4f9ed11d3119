package io.visitwire.sink.visits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key of a visit on {@code visits.v1}: visitor + country + start, folded so that two
 * articles spelling the visitor differently ("Robert Hale", "Robert J. Hale") agree.
 */
public final class VisitIds {

    public static String of(String visitorName, String country, String start) {
        String material = surnameKey(visitorName) + "|" + (country == null ? "" : country) + "|"
                + (start == null ? "undated" : start);
        return "visit-" + sha256(material).substring(0, 24);
    }

    /** Folds case and diacritics and keeps the last name: the part every report of a person shares. */
    public static String surnameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
        String[] words = folded.split("\\s+");
        return words[words.length - 1];
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private VisitIds() {
    }
}
