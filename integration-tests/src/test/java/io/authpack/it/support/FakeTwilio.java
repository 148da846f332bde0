package io.authpack.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that answers like Twilio's REST API (Programmable Messaging and Verify), so the
 * real Twilio SDK inside Keycloak can be driven and its requests checked. Verify codes are made
 * here, as Twilio makes them, and can be read by the test as the user's phone would show them.
 * A message to {@link #INVALID_NUMBER} is refused with Twilio's error 21211.
 */
public final class FakeTwilio implements AutoCloseable {
    public static final String INVALID_NUMBER = "+12025550199";

    /** One request as Twilio received it. */
    public record Received(String method, String path, String authorization, Map<String, String> form) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, String> verifyCodes = new ConcurrentHashMap<>();

    public FakeTwilio() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> requests() {
        return List.copyOf(received);
    }

    /** The code Twilio Verify "texted" to this number. */
    public String verifyCode(String to) {
        return verifyCodes.get(to);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> form = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Authorization"), form));
            if (path.matches("/2010-04-01/Accounts/[^/]+/Messages\\.json")) {
                if (INVALID_NUMBER.equals(form.get("To"))) {
                    answer(exchange, 400, "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\","
                            + "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}");
                } else {
                    answer(exchange, 201, "{\"sid\":\"SM" + "0".repeat(32) + "\",\"status\":\"queued\",\"to\":\""
                            + form.get("To") + "\",\"body\":\"\"}");
                }
            } else if (path.matches("/v2/Services/[^/]+/Verifications")) {
                String code = String.valueOf(100000 + (int) (Math.random() * 900000));
                verifyCodes.put(form.get("To"), code);
                answer(exchange, 201, "{\"sid\":\"VE" + "0".repeat(32) + "\",\"status\":\"pending\",\"to\":\""
                        + form.get("To") + "\",\"channel\":\"sms\",\"valid\":false}");
            } else if (path.matches("/v2/Services/[^/]+/VerificationCheck")) {
                String expected = verifyCodes.get(form.get("To"));
                if (expected == null) {
                    answer(exchange, 404, "{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}");
                } else {
                    boolean ok = expected.equals(form.get("Code"));
                    answer(exchange, 200, "{\"sid\":\"VE" + "0".repeat(32) + "\",\"status\":\"" + (ok ? "approved" : "pending")
                            + "\",\"valid\":" + ok + ",\"to\":\"" + form.get("To") + "\"}");
                }
            } else {
                answer(exchange, 404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");
            }
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
