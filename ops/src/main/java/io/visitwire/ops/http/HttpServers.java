package io.visitwire.ops.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.micrometer.MicrometerPlugin;
import io.micrometer.core.instrument.MeterRegistry;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP servers visitwire runs (the ingest API, the enrich and sink operator endpoints), configured alike:
 * <ul>
 *   <li>every error is a {@link ProblemDetails} body, Jetty's own included ({@link ProblemErrorHandler});</li>
 *   <li>routes match exactly, as HTTP defines them: methods are case-sensitive ({@code post} is not {@code POST}),
 *       a trailing slash is another path, an {@code X-HTTP-Method-Override} header is refused (the request line
 *       says what the request is) and so is a fragment in the request target (a fragment stays with the client:
 *       RFC 9112 §3.2 has no place for it);</li>
 *   <li>a known path asked with another method gets 405 with {@code Allow}, an unknown one 404;</li>
 *   <li>the server binds the one interface it is given, loopback unless configured otherwise.</li>
 * </ul>
 * Refusals are logged at debug: anonymous clients must not be able to fill the log. A handler that fails with an
 * exception is a bug: logged at error with its stack trace, answered 500 without it.
 */
public final class HttpServers {

    private static final Logger log = LoggerFactory.getLogger(HttpServers.class);
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";
    private static final int MAX_ECHOED_CHARS = 200;

    private HttpServers() {
    }

    /**
     * Starts a server on {@code host}:{@code port} (0 = any free port) with {@code routes}.
     *
     * @param host an interface address or name: {@code 127.0.0.1} for this machine only, {@code 0.0.0.0} for every
     *             IPv4 interface, {@code ::} for every interface
     */
    public static Javalin start(String host, int port, Consumer<JavalinDefaultRoutingApi<?>> routes) {
        return Javalin.create(config -> configure(config, routes)).start(host, port);
    }

    /**
     * As {@link #start(String, int, Consumer)}, timing every request in {@code requests} as
     * {@code jetty.server.requests{method,uri,status,outcome,exception}} (Javalin's Micrometer plugin: {@code uri} is
     * the route's path template, {@code NOT_FOUND} for a path or method no route has, so random paths add no
     * series), and Jetty's connection and thread-pool meters: refusals by the HTTP layer count as well as the API's.
     */
    public static Javalin start(String host, int port, MeterRegistry requests, Consumer<JavalinDefaultRoutingApi<?>> routes) {
        return Javalin.create(config -> {
            configure(config, routes);
            config.registerPlugin(new MicrometerPlugin(metrics -> metrics.registry = requests));
        }).start(host, port);
    }

    /** Addresses that mean "every interface": a client on this machine reaches them as localhost. */
    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

    /**
     * The address a client uses to reach a server bound to {@code host}: a wildcard bind is reached as
     * localhost, any other address as itself (a server bound to one interface answers only there).
     */
    public static String clientUrl(String host, int port) {
        return url(WILDCARDS.contains(host) ? "localhost" : host, port);
    }

    /** {@code http://host:port}, an IPv6 address in brackets. */
    public static String url(String host, int port) {
        boolean ipv6 = host.contains(":") && !host.startsWith("[");
        return "http://" + (ipv6 ? "[" + host + "]" : host) + ":" + port;
    }

    private static void configure(JavalinConfig config, Consumer<JavalinDefaultRoutingApi<?>> routes) {
        config.showJavalinBanner = false;
        config.startupWatcherEnabled = false;
        config.router.ignoreTrailingSlashes = false;
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
        // the Allow header needs each path's methods; Javalin tells them only as routes are added
        Map<String, Set<HandlerType>> methods = new ConcurrentHashMap<>();
        config.events(events -> events.handlerAdded(route -> {
            if (route.getHttpMethod().isHttpMethod()) {
                methods.computeIfAbsent(route.getPath(), path -> EnumSet.noneOf(HandlerType.class)).add(route.getHttpMethod());
            }
        }));
        config.router.mount(router -> {
            router.before(HttpServers::requireExactRequestLine);
            router.exception(HttpResponseException.class, (refusal, ctx) -> refuse(ctx, refusal, methods));
            router.exception(Exception.class, HttpServers::fail);
            routes.accept(router);
        });
    }

    /** Javalin upper-cases the method and obeys X-HTTP-Method-Override; HTTP does neither. */
    private static void requireExactRequestLine(Context ctx) {
        if (hasFragment(ctx)) {
            throw new BadRequestResponse("the request target has a fragment ('#...'); a fragment is not sent to the server");
        }
        if (ctx.header(METHOD_OVERRIDE) != null) {
            throw new BadRequestResponse(METHOD_OVERRIDE + " is not supported: send the method in the request line");
        }
        if (!ctx.req().getMethod().equals(ctx.method().name())) {
            throw new MethodNotAllowedResponse();
        }
    }

    /** Jetty leaves the fragment out of the request's URI; the request line as parsed still has it. */
    private static boolean hasFragment(Context ctx) {
        Request request = Request.getBaseRequest(ctx.req());
        return request != null && request.getMetaData() != null && request.getMetaData().getURI().getFragment() != null;
    }

    private static void refuse(Context ctx, HttpResponseException refusal, Map<String, Set<HandlerType>> methods) {
        int status = refusal.getStatus();
        String method = echo(ctx.req().getMethod());
        String path = echo(ctx.path());
        String detail;
        if (refusal instanceof MethodNotAllowedResponse) {
            Set<HandlerType> allowed = methods.get(ctx.path());
            if (allowed == null) {
                // a method Javalin does not know, on a path nothing is registered at
                status = HttpStatus.NOT_FOUND.getCode();
                detail = "no resource at " + path;
            } else {
                String allow = allow(allowed);
                ctx.header("Allow", allow);
                detail = "method " + method + " is not allowed on " + path + "; allowed: " + allow;
            }
        } else if (refusal instanceof NotFoundResponse) {
            detail = "no resource at " + path;
        } else {
            detail = refusal.getMessage();
        }
        log.debug("{} {} refused with {}: {}", method, path, status, detail);
        ProblemDetails.send(ctx, ProblemDetails.ofStatus(status, detail));
    }

    private static void fail(Exception failure, Context ctx) {
        log.error("Failed to answer {} {}", ctx.req().getMethod(), echo(ctx.path()), failure);
        ProblemDetails.send(ctx, ProblemDetails.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
                "the server failed to answer this request; its log has the cause"));
    }

    /** Javalin answers HEAD wherever there is a GET. */
    private static String allow(Set<HandlerType> methods) {
        EnumSet<HandlerType> allowed = EnumSet.copyOf(methods);
        if (allowed.contains(HandlerType.GET)) {
            allowed.add(HandlerType.HEAD);
        }
        return allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** What the client sent, short enough to quote back. */
    private static String echo(String text) {
        return text.length() > MAX_ECHOED_CHARS ? text.substring(0, MAX_ECHOED_CHARS) + "..." : text;
    }
}
