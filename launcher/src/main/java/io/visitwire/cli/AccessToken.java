package io.visitwire.cli;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The bearer token of the local HTTP API: the configured one, else a fresh random one per run. */
public final class AccessToken {

    public static final String ENV = "VISITWIRE_HTTP_AUTH_TOKEN";
    private static final int TOKEN_BYTES = 24;

    public static String configuredOrNew() {
        return configured().orElseGet(AccessToken::generate);
    }

    /** The token set in {@link #ENV}, if any. */
    public static Optional<String> configured() {
        String configured = System.getenv(ENV);
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(configured.trim());
    }

    public static String generate() {
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private AccessToken() {
    }
}
