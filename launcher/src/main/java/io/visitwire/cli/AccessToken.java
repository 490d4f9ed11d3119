package io.visitwire.cli;

import java.security.SecureRandom;
import java.util.Base64;

/** The bearer token of the local HTTP API: the configured one, else a fresh random one per run. */
public final class AccessToken {

    public static final String ENV = "VISITWIRE_HTTP_AUTH_TOKEN";
    private static final int TOKEN_BYTES = 24;

    public static String configuredOrNew() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private AccessToken() {
    }
}
