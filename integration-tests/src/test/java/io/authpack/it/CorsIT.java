package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/** Browser apps call the API cross-origin: only the origins the calling application registered are allowed. */
class CorsIT extends AuthpackIT {

    private Http.Reply postFrom(String origin, String path, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(demo.api(path))).header("Content-Type", "application/json")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(Http.write(body))));
    }

    @Test
    void publicCallsAllowTheNamedApplicationsWebOrigins() {
        Map<String, Object> body = Map.of("email", Realm.uniqueEmail("cors"), "password", PASSWORD, "clientId", "demo-app");
        Http.Reply allowed = postFrom("http://localhost:3000", "/register/email", body);
        assertEquals(201, allowed.status(), allowed.body());
        assertEquals("http://localhost:3000", allowed.header("Access-Control-Allow-Origin"));

        Http.Reply foreign = postFrom("https://evil.example", "/register/email",
                Map.of("email", Realm.uniqueEmail("cors"), "password", PASSWORD, "clientId", "demo-app"));
        assertNull(foreign.header("Access-Control-Allow-Origin"));
    }

    @Test
    void errorsCarryTheHeadersToo() {
        Http.Reply error = postFrom("http://localhost:3000", "/token/status", Map.of("clientId", "demo-app"));
        assertEquals(400, error.status());
        assertEquals("http://localhost:3000", error.header("Access-Control-Allow-Origin"), "the app can read the error");
    }

    @Test
    void bearerCallsAllowTheTokensOrigins() {
        String username = Realm.uniqueName("corsme");
        demo.registerByUsername(username, PASSWORD);
        String token = demo.accessToken("username", username, PASSWORD);
        Http.Reply me = Http.send(HttpRequest.newBuilder(URI.create(demo.api("/me"))).header("Origin", "http://localhost:3000")
                .header("Authorization", "Bearer " + token).GET());
        assertEquals(200, me.status());
        assertEquals("http://localhost:3000", me.header("Access-Control-Allow-Origin"));
        Http.Reply foreign = Http.send(HttpRequest.newBuilder(URI.create(demo.api("/me"))).header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + token).GET());
        assertNull(foreign.header("Access-Control-Allow-Origin"));
    }
}
