// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fora.encoding.EncodingException;
import io.fora.encoding.ValueCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.Done;
import org.apache.pekko.NotUsed;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.model.ContentType;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpCharsets;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpEntity;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaType;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.model.headers.Location;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.model.ws.Message;
import org.apache.pekko.http.javadsl.model.ws.TextMessage;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.RejectionHandler;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.apache.pekko.stream.BoundedSourceQueue;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.javadsl.Flow;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;

/**
 * The REST and WebSocket API under {@code /api/v1} (see {@code docs/http-api.md}), the OpenAPI
 * document and the {@code /docs} page. Every refusal is an RFC 9457 problem.
 */
final class Routes extends AllDirectives {
    static final ContentType PROBLEM_JSON =
            ContentTypes.create(MediaTypes.applicationWithFixedCharset("problem+json", HttpCharsets.UTF_8));
    private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/5.29.3";

    private final Computations engine;
    private final ServerConfig config;
    private final Materializer materializer;

    Routes(Computations engine, ServerConfig config, ActorSystem<?> system) {
        this.engine = engine;
        this.config = config;
        this.materializer = Materializer.matFromSystem(system);
    }

    Route route() {
        return handleExceptions(exceptions(), () -> handleRejections(rejections(), () -> concat(
                pathPrefix("api", () -> pathPrefix("v1", () -> concat(
                        path("cluster", () -> get(() -> complete(json(200, cluster())))),
                        path("health", () -> get(() -> complete(json(200, health())))),
                        pathPrefix("objects", () -> concat(
                                pathEnd(() -> post(() -> body(this::defineObject))),
                                path(PathMatchers.segment(), id -> concat(
                                        get(() -> parameterOptional("maxBytes", max -> downloadObject(id, max))),
                                        delete(() -> releaseObject(id)))))),
                        pathPrefix("computations", () -> concat(
                                pathEnd(() -> concat(
                                        post(() -> extractRequest(req -> parameterOptional("wait", wait -> parameterOptional("path",
                                                path -> body(bytes -> submit(req, bytes, wait, path)))))),
                                        get(() -> complete(json(200, list()))))),
                                path(PathMatchers.segment(), id -> concat(
                                        get(() -> extractRequest(req -> parameterOptional("wait",
                                                wait -> answer(engine.get(id), Requests.waitMillis(wait.orElse(null)), wantsText(req))))),
                                        delete(() -> complete(json(200, engine.cancel(id).toJson()))))))),
                        path("events", () -> parameterOptional("computation", filter -> handleWebSocketMessages(events(filter)))),
                        path("openapi.json", () -> get(() -> getFromResource("io/fora/gateway/openapi.json", ContentTypes.APPLICATION_JSON)))))),
                pathPrefix("docs", () -> concat(
                        pathEndOrSingleSlash(() -> get(() -> getFromResource("io/fora/gateway/docs.html", ContentTypes.TEXT_HTML_UTF8))),
                        path("problems", () -> get(() -> getFromResource("io/fora/gateway/problems.html", ContentTypes.TEXT_HTML_UTF8))),
                        // the Swagger UI package's own page shows its demo API: ours is /docs
                        path("index.html", () -> redirect(Uri.create("/docs"), StatusCodes.FOUND)),
                        get(() -> getFromResourceDirectory(SWAGGER_UI)))),
                pathSingleSlash(() -> redirect(Uri.create("/docs"), StatusCodes.FOUND)))));
    }

    // ---- handlers ----

    private Route body(java.util.function.Function<byte[], Route> inner) {
        return entity(Unmarshaller.entityToByteArray(), inner);
    }

    /**
     * A submission: the JSON request, or a module's source itself as a {@code text/x-python}
     * body, named by the {@code path} parameter.
     */
    private Route submit(HttpRequest req, byte[] bytes, Optional<String> wait, Optional<String> path) {
        long waitMs = Requests.waitMillis(wait.orElse(null));
        MediaType type = req.entity().getContentType().mediaType();
        boolean source = type.mainType().equals("text") && type.subType().equals("x-python");
        if (!source && path.isPresent()) {
            throw ApiException.badRequest("the 'path' parameter names a text/x-python body; a JSON request gives its 'path' member");
        }
        Requests.Submission s = source ? Requests.moduleSource(bytes, path.orElse(null)) : Requests.submission(bytes, config.maxDepth());
        return answer(engine.submit(s), waitMs, wantsText(req));
    }

    /**
     * True when the client prefers text/plain to JSON: a module's answer then comes as the text
     * {@code fora run} prints (its status in the {@code Fora-Status} header).
     */
    private static boolean wantsText(HttpRequest req) {
        String accept = req.getHeader("Accept").map(h -> h.value().toLowerCase(java.util.Locale.ROOT)).orElse("");
        int text = accept.indexOf("text/plain"), json = accept.indexOf("application/json");
        return text >= 0 && (json < 0 || text < json);
    }

    /** The computation's state now, or once it has ended if that is within {@code waitMs}. */
    private Route answer(Computation c, long waitMs, boolean text) {
        if (c.hasEnded() || waitMs == 0) return complete(state(c, text));
        CompletableFuture<HttpResponse> later = c.ended.copy()
                .completeOnTimeout(c, waitMs, TimeUnit.MILLISECONDS)
                .thenApply(x -> state(x, text));
        return completeWithFuture(later);
    }

    private static final ContentType TEXT_UTF8 = ContentTypes.create(MediaTypes.TEXT_PLAIN, HttpCharsets.UTF_8);

    private HttpResponse state(Computation c, boolean text) {
        boolean ended = c.hasEnded();
        String plain = text && c.kind == Requests.Kind.MODULE ? (ended ? c.plain() : "") : null;
        HttpResponse r = plain == null ? json(ended ? 200 : 202, c.toJson())
                : HttpResponse.create().withStatus(ended ? 200 : 202)
                        .withEntity(HttpEntities.create(TEXT_UTF8, plain.getBytes(io.fora.encoding.Utf8Escape.INSTANCE)));
        r = r.addHeader(RawHeader.create("Fora-Computation", c.id)).addHeader(RawHeader.create("Fora-Status", c.status().wire));
        return ended ? r : r.addHeader(Location.create("/api/v1/computations/" + c.id));
    }

    private Route defineObject(byte[] bytes) {
        Requests.Definition d = Requests.definition(bytes, config.maxDepth());
        if (d.hasValue()) return complete(json(201, defined(engine.defineValue(d.value()))));
        return completeWithFuture(engine.defineFromSource(d)
                .thenApply(e -> json(201, defined(e)))
                .exceptionally(Routes::problemOf));
    }

    private static String defined(ObjectStore.Entry e) {
        return "{\"id\":\"" + e.id() + "\",\"type\":" + Computations.quote(e.type()) + "}";
    }

    private Route downloadObject(String id, Optional<String> maxBytes) {
        long max = Requests.maxBytes(maxBytes.orElse(null));
        ObjectStore.Entry e = engine.objects().get(id);
        return completeWithFuture(engine.download(id, max)
                .thenApply(value -> json(200, "{\"id\":\"" + e.id() + "\",\"type\":" + Computations.quote(e.type()) + ",\"value\":" + value + "}"))
                .exceptionally(Routes::problemOf));
    }

    private Route releaseObject(String id) {
        if (!engine.objects().release(id)) throw ApiException.notFound("no object with id '" + Ids.printable(id) + "' (never defined, or released)");
        return complete(HttpResponse.create().withStatus(StatusCodes.NO_CONTENT));
    }

    /**
     * Liveness and readiness for probes and load balancers: the gateway answers, so it is up. A
     * manager with no worker yet is up too (computations wait for one): {@code workers} says how
     * many are.
     */
    private String health() {
        io.fora.grid.GridNode grid = engine.grid();
        long workers = grid == null ? 1 : grid.view().members().stream().filter(m -> m.status().equals("up")).count();
        return "{\"status\":\"up\",\"workers\":" + workers + ",\"version\":\"" + ForaServer.VERSION + "\"}";
    }

    private String cluster() {
        Runtime rt = Runtime.getRuntime();
        String tail = ",\"computations\":{\"running\":" + engine.running() + ",\"total\":" + engine.total() + "}"
                + ",\"objects\":" + engine.objects().size() + ",\"version\":\"" + ForaServer.VERSION + "\"}";
        io.fora.grid.GridNode grid = engine.grid();
        if (grid == null) {
            long used = rt.totalMemory() - rt.freeMemory();
            return "{\"workers\":1,\"cores\":" + rt.availableProcessors() + ",\"threads\":" + engine.pool().threads()
                    + ",\"memory\":{\"maxBytes\":" + rt.maxMemory() + ",\"usedBytes\":" + used + "}"
                    + ",\"members\":[{\"address\":\"local\",\"cores\":" + engine.pool().threads() + ",\"busyCores\":"
                    + (engine.pool().threads() - engine.pool().idleThreads()) + ",\"memory\":{\"maxBytes\":" + rt.maxMemory()
                    + ",\"usedBytes\":" + used + "},\"status\":\"up\"}]" + tail;
        }
        StringBuilder members = new StringBuilder("[");
        int cores = 0;
        long max = 0, used = 0;
        for (io.fora.grid.GridView.Member m : grid.view().members()) {
            if (members.length() > 1) members.append(',');
            members.append("{\"address\":").append(Computations.quote(m.address())).append(",\"cores\":").append(m.cores())
                   .append(",\"busyCores\":").append(m.busyCores()).append(",\"memory\":{\"maxBytes\":").append(m.heapMaxBytes())
                   .append(",\"usedBytes\":").append(m.heapUsedBytes()).append("},\"status\":\"").append(m.status())
                   .append("\",\"computations\":").append(m.computations())
                   .append(",\"piecesSent\":").append(m.piecesSent()).append(",\"piecesRun\":").append(m.piecesRun())
                   .append(",\"bytesSent\":").append(m.bytesSent());
            io.fora.grid.GridView.Pages p = m.pages();
            members.append(",\"pages\":{\"inMemoryBytes\":").append(p.inMemoryBytes()).append(",\"onDiskBytes\":").append(p.onDiskBytes())
                   .append(",\"budgetBytes\":").append(p.budgetBytes()).append(",\"transfersInFlight\":").append(p.transfersInFlight())
                   .append(",\"dataEndpoint\":").append(p.dataEndpoint() == null ? "null" : Computations.quote(p.dataEndpoint()))
                   .append(",\"pagesReceived\":").append(p.pagesReceived()).append(",\"asksServed\":").append(p.asksServed()).append("}}");
            if (m.status().equals("up")) {
                cores += m.cores();
                max += m.heapMaxBytes();
                used += m.heapUsedBytes();
            }
        }
        members.append(']');
        return "{\"workers\":" + grid.view().workersUp() + ",\"cores\":" + cores + ",\"threads\":" + cores
                + ",\"memory\":{\"maxBytes\":" + max + ",\"usedBytes\":" + used + "}"
                + ",\"manager\":" + Computations.quote(grid.clusterAddress()) + ",\"members\":" + members + tail;
    }

    private String list() {
        List<Computation> all = engine.list();
        StringBuilder sb = new StringBuilder("{\"computations\":[");
        for (int i = 0; i < all.size(); i++) {
            Computation c = all.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"id\":\"").append(c.id).append("\",\"status\":\"").append(c.status().wire)
              .append("\",\"elapsedMs\":").append(c.elapsedMs()).append('}');
        }
        return sb.append("]}").toString();
    }

    /** Progress events out; what the client sends is read and dropped. */
    private Flow<Message, Message, NotUsed> events(Optional<String> filter) {
        Source<Message, NotUsed> out = Source.<String>queue(256)
                .watchTermination((BoundedSourceQueue<String> queue, java.util.concurrent.CompletionStage<Done> done) -> {
                    Events.Listener l = (id, json) -> {
                        if (filter.isEmpty() || filter.get().equals(id)) queue.offer(json);
                    };
                    engine.events().subscribe(l);
                    done.whenComplete((d, t) -> engine.events().unsubscribe(l));
                    filter.ifPresent(id -> {
                        try {
                            Computation c = engine.get(id);
                            queue.offer("{\"event\":\"" + (c.hasEnded() ? "ended" : "progress") + "\",\"id\":\"" + c.id
                                    + "\",\"status\":\"" + c.status().wire + "\",\"elapsedMs\":" + c.elapsedMs()
                                    + ",\"coresBusy\":" + (c.hasEnded() ? 0 : c.progress.coresBusy()) + "}");
                        } catch (ApiException unknown) {
                            queue.offer("{\"event\":\"unknown\",\"id\":" + Computations.quote(id) + "}");
                        }
                    });
                    return NotUsed.getInstance();
                })
                .map(json -> (Message) TextMessage.create(json));
        Sink<Message, ?> in = Sink.foreach(m -> {
            if (m.isText()) m.asTextMessage().getStreamedText().runWith(Sink.ignore(), materializer);
            else m.asBinaryMessage().getStreamedData().runWith(Sink.ignore(), materializer);
        });
        return Flow.fromSinkAndSourceCoupled(in, out);
    }

    // ---- answers ----

    static HttpResponse json(int status, String body) {
        return HttpResponse.create().withStatus(status)
                .withEntity(HttpEntities.create(ContentTypes.APPLICATION_JSON, body.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse problem(int status, String error, String detail, Map<String, Object> extras) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ValueCodec.JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "/docs/problems#" + error);
            g.writeStringField("title", title(status, error));
            g.writeNumberField("status", status);
            g.writeStringField("detail", detail == null ? "" : detail);
            g.writeStringField("error", error);
            for (Map.Entry<String, Object> e : extras.entrySet()) {
                g.writeFieldName(e.getKey());
                writePlain(g, e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.create().withStatus(status)
                .withEntity(HttpEntities.create(PROBLEM_JSON, out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String title(int status, String error) {
        return switch (error) {
            case "PythonToForaConversionError" -> "The code or value cannot run on Fora";
            case "ResultExceededBytecountThreshold" -> "The value is larger than the limit you gave";
            case "ComputationError" -> "The Python code raised an exception";
            case "NotFound" -> "Not found";
            case "PayloadTooLarge" -> "The body is larger than the server accepts";
            case "BadRequest" -> "The request is not valid";
            default -> StatusCodes.get(status).reason();
        };
    }

    /** Plain JSON for problem members: strings, numbers, lists and maps of them. */
    private static void writePlain(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Boolean b -> g.writeBoolean(b);
            case List<?> l -> {
                g.writeStartArray();
                for (Object o : l) writePlain(g, o);
                g.writeEndArray();
            }
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeFieldName(String.valueOf(e.getKey()));
                    writePlain(g, e.getValue());
                }
                g.writeEndObject();
            }
            default -> g.writeString(v.toString());
        }
    }

    static HttpResponse problemOf(Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return switch (cause) {
            case ApiException e -> problem(e.status(), e.error(), e.getMessage(), e.extras());
            case EncodingException e -> problem(400, "BadRequest", e.getMessage(), Map.of());
            case org.apache.pekko.http.scaladsl.model.EntityStreamSizeException e ->
                    problem(413, "PayloadTooLarge", "the body is larger than the " + e.limit() + " bytes this server accepts", Map.of());
            default -> problem(500, "ForaError", "internal error: " + cause, Map.of());
        };
    }

    private ExceptionHandler exceptions() {
        return ExceptionHandler.newBuilder()
                .matchAny(t -> complete(problemOf(t)))
                .build();
    }

    /** Pekko's own refusals (unknown path, wrong method, oversized body...) as problems too. */
    private RejectionHandler rejections() {
        return RejectionHandler.defaultHandler().mapRejectionResponse(response -> {
            if (response.entity().getContentType().equals(PROBLEM_JSON)) return response;
            String text = response.entity() instanceof HttpEntity.Strict s ? s.getData().utf8String() : "";
            int status = response.status().intValue();
            if (status == 413) text = "the body is larger than the " + config.maxBodyBytes() + " bytes this server accepts";
            String error = switch (status) {
                case 404 -> "NotFound";
                case 405 -> "MethodNotAllowed";
                case 413 -> "PayloadTooLarge";
                default -> "BadRequest";
            };
            return problem(status, error, text, Map.of()).withHeaders(response.getHeaders());
        });
    }
}
