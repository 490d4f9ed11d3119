package io.visitwire.enrich.guard;

import io.visitwire.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two postings of an article the same article: every field the enrichment reads.
 * The time it was received is not part of it, so a re-post is recognised as one.
 */
public final class ArticleFingerprint {

    public static String of(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {article.getUrl(), article.getSource(), article.getPublished(),
                    article.getDateline(), article.getTitle(), article.getBody()}) {
                digest.update((field == null ? "\u0000" : field).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private ArticleFingerprint() {
    }
}
