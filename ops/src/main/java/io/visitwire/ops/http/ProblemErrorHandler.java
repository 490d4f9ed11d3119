package io.visitwire.ops.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.ByteBufferOutputStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own error answers as problem details instead of its HTML pages: requests it refuses before any route
 * (bad request line or header, 414, 417, 426, 431, 505: {@link #badMessageError}) and errors sent through the
 * servlet API ({@code sendError}, whatever the client's {@code Accept}).
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        // anonymous clients can send these at will: debug only, so they cannot fill the log
        log.debug("Refused a malformed HTTP request with {}: {}", status, reason);
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        fields.put(HttpHeader.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE);
        return ByteBuffer.wrap(ProblemDetails.bytes(ProblemDetails.ofStatus(status, detail(status, reason))));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        log.debug("Answering {} {} with {}: {}", request.getMethod(), request.getRequestURI(), code, message);
        ByteBufferOutputStream out = new ByteBufferOutputStream(baseRequest.getResponse().getHttpOutput().getBuffer());
        response.setContentType(ProblemDetails.CONTENT_TYPE);
        out.write(ProblemDetails.bytes(ProblemDetails.ofStatus(code, detail(code, message))));
        baseRequest.getHttpChannel().sendResponseAndComplete();
    }

    /**
     * Jetty's reason when it names the fault ("No Host", "Illegal character ..."), else what the status means for
     * the client; never an exception's text.
     */
    private static String detail(int status, String reason) {
        boolean meaningful = reason != null && !reason.isBlank() && !reason.equals(ProblemDetails.reasonPhrase(status))
                && !reason.equals(HttpStatus.getMessage(status)) && !reason.contains("Exception") && !reason.contains("java.");
        if (meaningful) {
            return reason;
        }
        return switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> "the request line is longer than the server accepts";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the request's header fields are larger than the server accepts";
            case HttpStatus.EXPECTATION_FAILED_417 -> "only 'Expect: 100-continue' is supported";
            case HttpStatus.UPGRADE_REQUIRED_426, HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 -> "send the request in HTTP/1.1";
            default -> ProblemDetails.reasonPhrase(status);
        };
    }
}
