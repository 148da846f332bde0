package io.authpack.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A local SMS gateway for the {@code http} sender: records every text Keycloak posts, so tests read
 * the code a user would receive. It can be told to answer with an error status.
 */
public final class SmsSink implements AutoCloseable {
    private final HttpServer server;
    private final ConcurrentLinkedQueue<JsonNode> messages = new ConcurrentLinkedQueue<>();
    private final AtomicInteger status = new AtomicInteger(200);

    public SmsSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/sms", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = Http.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                int answer = status.get();
                if (answer == 200) {
                    messages.add(body);
                }
                exchange.sendResponseHeaders(answer, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** Answers every following text with this HTTP status (200 to accept again). */
    public void answerWith(int httpStatus) {
        status.set(httpStatus);
    }

    public List<JsonNode> messagesTo(String e164) {
        return messages.stream().filter(m -> e164.equals(m.path("to").asText())).toList();
    }

    /** The code of the latest text to this number and scene; fails if none arrived. */
    public String lastCode(String e164, String scene) {
        List<JsonNode> matching = messages.stream()
                .filter(m -> e164.equals(m.path("to").asText()) && scene.equals(m.path("scene").asText())).toList();
        if (matching.isEmpty()) {
            throw new AssertionError("no " + scene + " text to " + e164 + " arrived");
        }
        return matching.get(matching.size() - 1).path("code").asText();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
