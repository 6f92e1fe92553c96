package org.mdscape.cloud.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process stand-in for the Cloud Billing Catalog's REST API on a loopback port: {@code GET /v1/services}
 * and {@code GET /v1/services/ID/skus}, served from {@code billing-catalog/catalog.json} in pages of at most
 * {@code pageSize} with nextPageToken, as the real API pages. It can also answer HTTP 500 or never answer,
 * and it logs every request so tests can count them.
 */
public final class FakeCloudCatalog implements AutoCloseable {
    public enum Behaviour { SERVE, FAIL_500, STALL }

    private static final Pattern SKUS = Pattern.compile("^/v1/(services/[^/]+)/skus$");

    private final JsonNode fixture;
    private final int pageSize;
    private final Behaviour behaviour;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-cloud-catalog");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    public FakeCloudCatalog(int pageSize, Behaviour behaviour) {
        this.pageSize = pageSize;
        this.behaviour = behaviour;
        try (InputStream in = FakeCloudCatalog.class.getResourceAsStream("/billing-catalog/catalog.json")) {
            fixture = new ObjectMapper().readTree(in);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The fixture as the fake serves it, for tests that compute expected prices independently. */
    public static JsonNode fixture() throws IOException {
        try (InputStream in = FakeCloudCatalog.class.getResourceAsStream("/billing-catalog/catalog.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request so far as "GET path?query". */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public long requestsTo(String pathPart) {
        return requests().stream().filter(r -> r.contains(pathPart)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
        try (exchange) {
            switch (behaviour) {
                case FAIL_500 -> {
                    send(exchange, 500, "{\"error\": {\"code\": 500, \"message\": \"backend error\", \"status\": \"INTERNAL\"}}");
                    return;
                }
                case STALL -> {
                    try {
                        released.await(60, TimeUnit.SECONDS); // until close(): the client must give up first
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
                case SERVE -> {
                }
            }
            Map<String, String> params = params(query);
            Matcher skus = SKUS.matcher(path);
            if (exchange.getRequestMethod().equals("GET") && path.equals("/v1/services")) {
                send(exchange, 200, page("services", fixture.get("services"), params).toString());
            } else if (exchange.getRequestMethod().equals("GET") && skus.matches() && fixture.get("skus").has(skus.group(1))) {
                send(exchange, 200, page("skus", fixture.get("skus").get(skus.group(1)), params).toString());
            } else {
                send(exchange, 404, "{\"error\": {\"code\": 404, \"message\": \"not found\", \"status\": \"NOT_FOUND\"}}");
            }
        }
    }

    /** Items from pageToken (an offset here; opaque to clients) on, at most min(pageSize asked, the fake's). */
    private ObjectNode page(String field, JsonNode all, Map<String, String> params) {
        int from = params.containsKey("pageToken") && !params.get("pageToken").isEmpty() ? Integer.parseInt(params.get("pageToken")) : 0;
        int asked = params.containsKey("pageSize") ? Integer.parseInt(params.get("pageSize")) : 0;
        int size = asked > 0 ? Math.min(asked, pageSize) : pageSize;
        ObjectNode body = new ObjectMapper().createObjectNode();
        ArrayNode items = body.putArray(field);
        for (int i = from; i < Math.min(from + size, all.size()); i++) {
            items.add(all.get(i));
        }
        body.put("nextPageToken", from + size < all.size() ? Integer.toString(from + size) : "");
        return body;
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
