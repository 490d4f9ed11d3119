package io.visitwire.ingest.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.visitwire.ingest.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** Lets a request through only with {@code Authorization: Bearer <the configured token>}. */
final class BearerTokenCheck implements Handler {

    private static final String PREFIX = "Bearer ";

    private final byte[] expected;
    private final Handler next;
    private final IngestMetrics metrics;

    BearerTokenCheck(String token, Handler next, IngestMetrics metrics) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
        this.next = next;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            refuse(ctx, "missing bearer token: send 'Authorization: Bearer <token>'");
            return;
        }
        byte[] presented = header.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
        // constant time, so the comparison tells an attacker nothing about how close a guess was
        if (!MessageDigest.isEqual(expected, presented)) {
            refuse(ctx, "invalid bearer token");
            return;
        }
        next.handle(ctx);
    }

    private void refuse(Context ctx, String message) {
        metrics.rejected(RejectionReason.UNAUTHORIZED, 1);
        ctx.header("WWW-Authenticate", "Bearer realm=\"visitwire\"");
        JsonResponses.send(ctx, new RejectedRequest(HttpStatus.UNAUTHORIZED.getCode(), RejectionReason.UNAUTHORIZED,
                "unauthorized", List.of(Problem.ofDocument(message))));
    }
}
