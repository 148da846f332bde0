package io.authpack.client;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * HTTP plumbing shared by all calls. {@link HttpClient}s are pooled per timeout for the whole JVM, because the
 * Authing usage pattern is one {@link AuthenticationClient} per end-user session and each {@code HttpClient} owns
 * a connection pool and a selector thread.
 */
final class Transport {

    /**
     * @param retryAfter the {@code Retry-After} header as sent (delta-seconds or an HTTP date), or {@code null}
     */
    record Response(int status, String body, String retryAfter) {
        Response(int status, String body) {
            this(status, body, null);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ConcurrentMap<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();
    private static final String USER_AGENT = "authpack-client-java";

    private final HttpClient http;
    private final Duration timeout;

    Transport(Duration timeout) {
        this.timeout = timeout;
        this.http = CLIENTS.computeIfAbsent(timeout, t -> HttpClient.newBuilder()
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    Response getJson(URI uri, String authorization) {
        return send(builder(uri, authorization).GET().build());
    }

    Response postJson(URI uri, Object body, String authorization) {
        return sendJson("POST", uri, body, authorization);
    }

    Response patchJson(URI uri, Object body, String authorization) {
        return sendJson("PATCH", uri, body, authorization);
    }

    Response putJson(URI uri, Object body, String authorization) {
        return sendJson("PUT", uri, body, authorization);
    }

    Response delete(URI uri, String authorization) {
        return send(builder(uri, authorization).DELETE().build());
    }

    private Response sendJson(String method, URI uri, Object body, String authorization) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Request body cannot be written as JSON", e);
        }
        return send(builder(uri, authorization)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    Response postEmpty(URI uri, String authorization) {
        return send(builder(uri, authorization).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Response postForm(URI uri, String form, String authorization) {
        return send(builder(uri, authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build());
    }

    private HttpRequest.Builder builder(URI uri, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (HttpTimeoutException e) {
            throw Errors.unavailable("Timed out after " + timeout.toMillis() + " ms calling " + describe(request), e);
        } catch (IOException e) {
            throw Errors.unavailable("Could not reach " + describe(request) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.unavailable("Interrupted while calling " + describe(request), e);
        }
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }
}
