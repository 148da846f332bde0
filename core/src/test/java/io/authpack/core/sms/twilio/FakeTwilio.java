package io.authpack.core.sms.twilio;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that answers the few Twilio REST calls Authpack makes the way Twilio does
 * (status codes and JSON shapes from Twilio's API reference), and records every request.
 */
final class FakeTwilio implements AutoCloseable {
    static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    static final String AUTH_TOKEN = "tok-5ecret-never-logged-0123456789";
    static final String VERIFY_SERVICE_SID = "VA00000000000000000000000000000001";

    private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/(AC\\w+)/Messages\\.json");
    private static final Pattern VERIFICATIONS = Pattern.compile("/v2/Services/(VA\\w+)/Verifications");
    private static final Pattern VERIFICATION_CHECK = Pattern.compile("/v2/Services/(VA\\w+)/VerificationCheck");

    /** One request as received. */
    record Recorded(String method, String path, String rawQuery, String authorization, String contentType,
                    String rawBody, Map<String, List<String>> form) {
        String field(String name) {
            List<String> values = form.get(name);
            return values == null ? null : values.get(0);
        }

        String basicUser() {
            return basic()[0];
        }

        String basicPassword() {
            return basic()[1];
        }

        private String[] basic() {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length())),
                    StandardCharsets.UTF_8);
            return decoded.split(":", 2);
        }
    }

    private final HttpServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    /** Numbers Twilio refuses with 21211. */
    final Set<String> invalidNumbers = ConcurrentHashMap.newKeySet();
    /** The code Verify "sent" to each number with a pending verification. */
    final Map<String, String> pendingVerifications = new ConcurrentHashMap<>();
    /** When set, every request gets this status with a Twilio error body. */
    volatile Integer failEverythingWith;

    FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    Recorded onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawBody;
            try (InputStream in = exchange.getRequestBody()) {
                rawBody = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), rawBody, parseForm(rawBody));
            requests.add(request);
            answer(exchange, request);
        }
    }

    private void answer(HttpExchange exchange, Recorded request) throws IOException {
        if (failEverythingWith != null) {
            int status = failEverythingWith;
            send(exchange, status, error(20500, "An internal server error has occurred", status));
            return;
        }
        if (!authorized(request)) {
            send(exchange, 401, error(20003, "Authenticate", 401));
            return;
        }
        Matcher m;
        if ("POST".equals(request.method()) && (m = MESSAGES.matcher(request.path())).matches()) {
            String to = request.field("To");
            if (invalidNumbers.contains(to)) {
                send(exchange, 400, error(21211, "The 'To' number " + to + " is not a valid phone number.", 400));
                return;
            }
            send(exchange, 201, json(Map.of("sid", "SM" + "0".repeat(31) + "1", "account_sid", m.group(1),
                    "to", to, "from", String.valueOf(request.field("From")), "body", String.valueOf(request.field("Body")),
                    "status", "queued", "num_segments", "1", "direction", "outbound-api", "api_version", "2010-04-01")));
        } else if ("POST".equals(request.method()) && (m = VERIFICATIONS.matcher(request.path())).matches()
                && VERIFY_SERVICE_SID.equals(m.group(1))) {
            String to = request.field("To");
            pendingVerifications.putIfAbsent(to, "123456");
            send(exchange, 201, json(Map.of("sid", "VE" + "0".repeat(31) + "1", "service_sid", m.group(1),
                    "account_sid", ACCOUNT_SID, "to", to, "channel", String.valueOf(request.field("Channel")),
                    "status", "pending", "valid", false)));
        } else if ("POST".equals(request.method()) && (m = VERIFICATION_CHECK.matcher(request.path())).matches()
                && VERIFY_SERVICE_SID.equals(m.group(1)) && pendingVerifications.containsKey(request.field("To"))) {
            String to = request.field("To");
            boolean approved = pendingVerifications.get(to).equals(request.field("Code"));
            if (approved) {
                pendingVerifications.remove(to);
            }
            send(exchange, 200, json(Map.of("sid", "VE" + "0".repeat(31) + "1", "service_sid", m.group(1),
                    "account_sid", ACCOUNT_SID, "to", to, "channel", "sms",
                    "status", approved ? "approved" : "pending", "valid", approved)));
        } else {
            send(exchange, 404, error(20404, "The requested resource " + request.path() + " was not found", 404));
        }
    }

    private static boolean authorized(Recorded request) {
        if (request.authorization() == null || !request.authorization().startsWith("Basic ")) {
            return false;
        }
        return ACCOUNT_SID.equals(request.basicUser()) && AUTH_TOKEN.equals(request.basicPassword());
    }

    private static String error(int code, String message, int status) {
        return json(Map.of("code", code, "message", message, "more_info", "https://www.twilio.com/docs/errors/" + code,
                "status", status));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    /** Flat JSON objects are all Twilio's answers need here. */
    private static String json(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(key).append("\":");
            if (value instanceof String s) {
                out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                out.append(value);
            }
        });
        return out.append('}').toString();
    }
}
