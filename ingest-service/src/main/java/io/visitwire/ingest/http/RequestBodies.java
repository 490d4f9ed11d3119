package io.visitwire.ingest.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Checks the content type and reads a request body, never more than the limit into memory. */
final class RequestBodies {

    static final Set<String> JSON_TYPES = Set.of("application/json");
    static final Set<String> JSON_LINES_TYPES =
            Set.of("application/x-ndjson", "application/jsonl", "application/json-lines", "text/plain");

    /**
     * @throws RejectedRequest 415 unless the media type is one of {@code accepted} with no charset or UTF-8
     */
    static void requireContentType(Context ctx, Set<String> accepted) {
        String header = ctx.header("Content-Type");
        String expected = String.join(", ", accepted.stream().sorted().toList());
        if (header == null || header.isBlank()) {
            throw new RejectedRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), RejectionReason.UNSUPPORTED_MEDIA_TYPE,
                    "missing Content-Type; expected " + expected);
        }
        // -1 keeps empty parts: ";" is two empty parts, not none
        String[] parts = header.split(";", -1);
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            throw new RejectedRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), RejectionReason.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type has parameters but no media type; expected " + expected);
        }
        if (!accepted.contains(mediaType)) {
            throw new RejectedRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), RejectionReason.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported Content-Type '" + mediaType + "'; expected " + expected);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new RejectedRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                            RejectionReason.UNSUPPORTED_MEDIA_TYPE, "unsupported charset '" + charset + "'; only UTF-8 is accepted");
                }
            }
        }
    }

    /**
     * The whole body, at most {@code maxBytes}.
     *
     * @throws RejectedRequest 413 if the declared or actual length exceeds {@code maxBytes}, 400 if the body is empty
     *                         or cut short, 408 if it stopped arriving (the connection's idle timeout)
     */
    static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try (InputStream in = ctx.bodyInputStream()) {
            // One byte past the limit tells "exactly at the limit" from "over it" for chunked requests.
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            // Jetty's message names its internals (java.util.concurrent.TimeoutException ...): say what happened instead
            if (causedByTimeout(e)) {
                throw new RejectedRequest(HttpStatus.REQUEST_TIMEOUT.getCode(), RejectionReason.EMPTY_REQUEST,
                        "the request body stopped arriving before it was complete");
            }
            throw new RejectedRequest(HttpStatus.BAD_REQUEST.getCode(), RejectionReason.EMPTY_REQUEST,
                    "the request body ended before it was complete (Content-Length or chunked encoding broken)");
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (body.length == 0) {
            throw new RejectedRequest(HttpStatus.BAD_REQUEST.getCode(), RejectionReason.EMPTY_REQUEST, "empty request body");
        }
        return body;
    }

    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static RejectedRequest tooLarge(long maxBytes) {
        return new RejectedRequest(HttpStatus.CONTENT_TOO_LARGE.getCode(), RejectionReason.TOO_LARGE,
                "request body larger than " + maxBytes + " bytes");
    }

    private RequestBodies() {
    }
}
