package io.visitwire.ops.http;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.function.Consumer;

/**
 * Routes to serve on another service's server, with the OpenAPI document that describes them: how
 * {@code visitwire up} adds the sink's query API to the ingest port and to its {@code /openapi.json}.
 *
 * @param routes  adds the routes to a Javalin instance or router
 * @param openApi an OpenAPI 3 document of those routes, merged into the server's own ({@link OpenApiDocuments#merge})
 */
public record DocumentedRoutes(Consumer<JavalinDefaultRoutingApi<?>> routes, byte[] openApi) {

    /** These routes and {@code other}'s, described by both documents. */
    public DocumentedRoutes and(DocumentedRoutes other) {
        return new DocumentedRoutes(router -> {
            routes.accept(router);
            other.routes.accept(router);
        }, OpenApiDocuments.merge(openApi, other.openApi));
    }
}
