package io.visitwire.sink.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.visitwire.ops.http.ProblemDetails;
import io.visitwire.schemas.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query API over the sink's state, on any Javalin instance (the sink's own port, or under {@code visitwire up}
 * the ingest port):
 * <ul>
 *   <li>{@code GET /visits?visitor=&country=&from=&to=&status=&limit=&cursor=} ({@link VisitQuery}):
 *       200 {@code {"visits":[...],"nextCursor":"..."|null}}, newest {@code updatedAt} first, ties by visit id;</li>
 *   <li>{@code GET /visits/{visitId}}: 200 the visit, or 404;</li>
 *   <li>{@code GET /commitments?committer=&kind=&dueBefore=&limit=&cursor=} ({@link CommitmentQuery}):
 *       200 {@code {"commitments":[...],"nextCursor":...}}, newest record first, ties by id;</li>
 *   <li>{@code GET /commitments/{commitmentId}}: 200 the commitment, or 404 (a visit's {@code commitmentIds} lead
 *       here).</li>
 * </ul>
 * Each record is the JSON form of its topic, as {@code visitwire tail} prints it. Errors are problem details: 400
 * names each parameter at fault ({@code problems}), 404 an unknown id, 503 with {@code Retry-After} whenever the
 * stores cannot give a complete answer (starting, rebalancing, an instance not answering).
 *
 * <p>The routes under {@code /internal/} are for sink instances asking one another ({@link PeerClient}): the
 * same queries restricted to the partitions named in {@code partitions}, answered from this instance's stores only.
 * Installs no exception or JSON mapper, so it leaves the instance's other routes alone.
 */
public final class QueryRoutes {

    public static final String VISITS_PATH = "/visits";
    public static final String VISIT_PATH = "/visits/{visitId}";
    public static final String COMMITMENTS_PATH = "/commitments";
    public static final String COMMITMENT_PATH = "/commitments/{commitmentId}";
    public static final String INTERNAL_VISITS_PATH = "/internal/visits";
    public static final String INTERNAL_VISIT_PATH = "/internal/visits/{visitId}";
    public static final String INTERNAL_COMMITMENTS_PATH = "/internal/commitments";
    public static final String INTERNAL_COMMITMENT_PATH = "/internal/commitments/{commitmentId}";
    /** The sink's OpenAPI document, when it runs on its own. */
    public static final String OPENAPI_PATH = "/openapi.json";
    /** Seconds a client should wait before asking again when the stores are not queryable. */
    static final int RETRY_AFTER_SECONDS = 2;
    static final String PARTITIONS = "partitions";
    static final String PARTITION = "partition";

    private static final Logger log = LoggerFactory.getLogger(QueryRoutes.class);
    private static final byte[] OPENAPI = readOpenApi();

    private final StateQueries queries;

    public QueryRoutes(StateQueries queries) {
        this.queries = queries;
    }

    /** The public and internal query routes; not {@link #OPENAPI_PATH}, which whoever composes the server serves. */
    public void registerRoutes(JavalinDefaultRoutingApi<?> routes) {
        routes.get(VISITS_PATH, answering(ctx -> json(ctx,
                queries.visits(VisitQuery.parse(ctx.queryParamMap()), ctx.queryString()).toJson("visits"))));
        routes.get(VISIT_PATH, byId("visit", "visitId", queries::visit));
        routes.get(COMMITMENTS_PATH, answering(ctx -> json(ctx,
                queries.commitments(CommitmentQuery.parse(ctx.queryParamMap()), ctx.queryString()).toJson("commitments"))));
        routes.get(COMMITMENT_PATH, byId("commitment", "commitmentId", queries::commitment));

        routes.get(INTERNAL_VISITS_PATH, answering(ctx -> json(ctx, queries.localVisits(
                VisitQuery.parse(ctx.queryParamMap(), with(VisitQuery.PARAMETERS, PARTITIONS)),
                Optional.of(partitions(ctx))).toInternalJson())));
        routes.get(INTERNAL_VISIT_PATH, localById("visit", "visitId", queries::localVisit));
        routes.get(INTERNAL_COMMITMENTS_PATH, answering(ctx -> json(ctx, queries.localCommitments(
                CommitmentQuery.parse(ctx.queryParamMap(), with(CommitmentQuery.PARAMETERS, PARTITIONS)),
                Optional.of(partitions(ctx))).toInternalJson())));
        routes.get(INTERNAL_COMMITMENT_PATH, localById("commitment", "commitmentId", queries::localCommitment));
    }

    /** One record by the key its topic gives it, taking no query parameters. */
    private static Handler byId(String kind, String idParameter, Function<String, Optional<ObjectNode>> lookUp) {
        return answering(ctx -> {
            String id = ctx.pathParam(idParameter);
            new QueryParameters(ctx.queryParamMap(), Set.of()).check();
            json(ctx, lookUp.apply(id).orElseThrow(() -> new UnknownId(kind, id)));
        });
    }

    /** One record from this instance's store of the key's partition, which the asking instance names. */
    private static Handler localById(String kind, String idParameter,
                                     BiFunction<String, Optional<Integer>, Optional<ObjectNode>> lookUp) {
        return answering(ctx -> {
            String id = ctx.pathParam(idParameter);
            QueryParameters given = new QueryParameters(ctx.queryParamMap(), Set.of(PARTITION));
            Optional<Integer> partition = given.text(PARTITION).map(text -> partition(given, text));
            if (partition.isEmpty()) {
                given.fail(PARTITION, "required: the partition of the " + kind + " id");
            }
            given.check();
            json(ctx, lookUp.apply(id, partition).orElseThrow(() -> new UnknownId(kind, id)));
        });
    }

    /** The routes and, on {@link #OPENAPI_PATH}, their OpenAPI document: the sink's HTTP API when it runs on its own. */
    public void registerRoutesAndDocument(JavalinDefaultRoutingApi<?> routes) {
        registerRoutes(routes);
        routes.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(OPENAPI));
    }

    /** The OpenAPI 3 document of these routes and the operator endpoints (this class's resource {@code openapi.json}). */
    public static byte[] openApiDocument() {
        return OPENAPI.clone();
    }

    /** Refusals answered as problem details; anything else is a bug, left to the server's handler. */
    private static Handler answering(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (BadQuery e) {
                ObjectNode problem = ProblemDetails.of(400, ProblemDetails.type("invalid_query"), "Invalid query",
                        e.getMessage());
                ArrayNode problems = problem.putArray("problems");
                e.problems().forEach(p -> problems.addObject().put("field", p.field()).put("message", p.message()));
                ProblemDetails.send(ctx, problem);
            } catch (UnknownId e) {
                ProblemDetails.send(ctx, ProblemDetails.of(404, ProblemDetails.type("unknown_" + e.kind), "Unknown " + e.kind,
                        e.getMessage()));
            } catch (NotQueryable e) {
                log.debug("{} {} not answered: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                ProblemDetails.send(ctx, ProblemDetails.of(503, ProblemDetails.type("not_queryable"), "Not queryable yet",
                        e.getMessage() + "; ask again in " + RETRY_AFTER_SECONDS + " s"));
            }
        };
    }

    private static void json(Context ctx, ObjectNode body) throws JsonProcessingException {
        ctx.status(HttpStatus.OK).contentType("application/json").result(RecordJson.MAPPER.writeValueAsBytes(body));
    }

    private static Set<Integer> partitions(Context ctx) {
        QueryParameters given = new QueryParameters(Map.of(), Set.of());
        String text = ctx.queryParam(PARTITIONS);
        Set<Integer> partitions = new TreeSet<>();
        if (text == null || text.isBlank()) {
            given.fail(PARTITIONS, "required: the partitions to answer for, comma-separated");
        } else {
            for (String part : text.split(",")) {
                partitions.add(partition(given, part.strip()));
            }
        }
        given.check();
        return partitions;
    }

    private static int partition(QueryParameters given, String text) {
        try {
            int partition = Integer.parseInt(text);
            if (partition >= 0) {
                return partition;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        given.fail(PARTITION, "'" + text + "' is not a partition number");
        return 0;
    }

    private static Set<String> with(Set<String> names, String more) {
        Set<String> all = new HashSet<>(names);
        all.add(more);
        return all;
    }

    private static byte[] readOpenApi() {
        try (InputStream in = QueryRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read openapi.json", e);
        }
    }

    /** No record under the id asked for. */
    private static final class UnknownId extends RuntimeException {
        final String kind;

        UnknownId(String kind, String id) {
            super("no " + kind + " with id '" + (id.length() > 200 ? id.substring(0, 200) + "..." : id) + "'");
            this.kind = kind;
        }
    }
}
