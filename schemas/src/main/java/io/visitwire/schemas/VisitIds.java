package io.visitwire.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The key of a visit on {@code visits.v1}, and when two visitor names denote one person.
 *
 * <p>A key is minted once, by the first report of a visit, and every later report merged into
 * that visit keeps it. It is derived from that first report's article as well as its visitor,
 * country and start, because {@code visits.v1} is compacted: two visits under one key would
 * leave only the last one written. Visitor, country and start alone do not tell visits apart
 * (two people with one surname, undated reports months apart, a start known only to the year),
 * while one article reports one person in one country once.
 */
public final class VisitIds {

    public static String of(String visitorName, String country, String start, String firstArticleId) {
        String material = String.join("|", String.join(" ", nameWords(visitorName)), country == null ? "" : country,
                start == null ? "undated" : start, firstArticleId);
        return "visit-" + sha256(material).substring(0, 24);
    }

    /** Folds case and diacritics and keeps the last name: the part every report of a person shares. */
    public static String surnameKey(String name) {
        List<String> words = nameWords(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /**
     * Same surname, and the first given names agree where both reports give one ("Robert Hale",
     * "Robert J. Hale", "R. Hale" and "Hale" are one person; "Kenji Adeyemi" and "Samuel Adeyemi" two).
     */
    public static boolean samePerson(String a, String b) {
        List<String> first = nameWords(a);
        List<String> second = nameWords(b);
        if (first.isEmpty() || second.isEmpty() || !surnameKey(a).equals(surnameKey(b))) {
            return false;
        }
        if (first.size() == 1 || second.size() == 1) {
            return true;
        }
        String givenA = first.get(0);
        String givenB = second.get(0);
        return givenA.equals(givenB)
                || givenA.length() == 1 && givenB.startsWith(givenA)
                || givenB.length() == 1 && givenA.startsWith(givenB);
    }

    private static List<String> nameWords(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split("\\s+"));
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
