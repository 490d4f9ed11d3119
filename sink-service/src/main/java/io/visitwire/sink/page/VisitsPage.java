package io.visitwire.sink.page;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.visitwire.ops.http.DocumentedRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The visits page: {@code GET /} for a person to look at the visit state, with its script and style sheet under
 * {@code /page/}. Three static files (resources next to this class, written by hand: no build step, no library),
 * which ask {@code GET /visits} of the server they came from; so the page needs the query API on the same port.
 *
 * <p>Read-only: it publishes nothing and carries no token, so it is served without one, like
 * {@code /openapi.json}. Its {@code Content-Security-Policy} lets it load and ask nothing but its own origin: no
 * CDN, no third-party script, and an article's text (anyone who can post writes it) cannot run as script.
 */
public final class VisitsPage {

    public static final String PAGE_PATH = "/";
    public static final String SCRIPT_PATH = "/page/visits.js";
    public static final String STYLE_PATH = "/page/visits.css";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final List<Asset> ASSETS = List.of(
            new Asset(PAGE_PATH, "index.html", "text/html; charset=utf-8"),
            new Asset(SCRIPT_PATH, "visits.js", "text/javascript; charset=utf-8"),
            new Asset(STYLE_PATH, "visits.css", "text/css; charset=utf-8"));
    /** The page's three paths as an OpenAPI 3 document, to merge into the document of the server that serves them. */
    private static final byte[] OPENAPI = Asset.read("openapi.json");

    /** The page's routes with the document that describes them, for a server whose {@code /openapi.json} lists every route. */
    public static DocumentedRoutes documented() {
        return new DocumentedRoutes(new VisitsPage()::registerRoutes, OPENAPI.clone());
    }

    static List<String> paths() {
        return ASSETS.stream().map(Asset::path).toList();
    }

    /** Adds the page's routes; installs no exception or JSON mapper, so it leaves the instance's other routes alone. */
    public void registerRoutes(JavalinDefaultRoutingApi<?> routes) {
        for (Asset asset : ASSETS) {
            routes.get(asset.path(), asset::serve);
        }
    }

    private record Asset(String path, String resource, String contentType, byte[] bytes) {

        Asset(String path, String resource, String contentType) {
            this(path, resource, contentType, read(resource));
        }

        void serve(Context ctx) {
            ctx.contentType(contentType)
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    // a new release's page, not yesterday's from the browser's cache
                    .header("Cache-Control", "no-cache")
                    .result(bytes);
        }

        private static byte[] read(String resource) {
            try (InputStream in = VisitsPage.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath next to " + VisitsPage.class.getName());
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
    }
}
