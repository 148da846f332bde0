package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/** The one admin call that enables Authpack on an existing realm, and the demo realm that shows it as config. */
class SetupIT extends AuthpackIT {

    @Test
    void setupEnablesAuthpackOnAnExistingRealmAndIsIdempotent() {
        String realm = Realm.uniqueName("existing");
        admin.createRealm(realm, "app", Map.of("registrationAllowed", true));
        Realm existing = new Realm(server.baseUrl(), realm, "app");

        Http.Reply first = admin.setup(realm, "app");
        assertEquals(200, first.status(), first.body());
        assertFalse(first.json().get("changes").isEmpty());

        Http.Reply second = admin.setup(realm, "app");
        assertEquals(200, second.status());
        assertEquals(0, second.json().get("changes").size(), second.body());
        assertEquals(first.json().get("directGrantFlow"), second.json().get("directGrantFlow"));

        JsonNode realmRep = admin.get("/" + realm).json();
        assertTrue(realmRep.get("eventsListeners").toString().contains("\"authpack\""));
        JsonNode profile = admin.get("/" + realm + "/users/profile").json();
        assertTrue(profile.toString().contains("\"phoneNumber\""));

        String username = Realm.uniqueName("setup");
        assertEquals(201, existing.registerByUsername(username, PASSWORD).status());
        Http.Reply login = existing.login("username", username, PASSWORD);
        assertEquals(200, login.status(), login.body());
        assertEquals(1, existing.me(login.json().get("access_token").asText()).get("loginsCount").asInt());
    }

    @Test
    void theDemoRealmIsExactlyWhatSetupProduces() {
        Http.Reply reply = admin.setup("demo", "demo-app");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(0, reply.json().get("changes").size(), "demo-realm.json already holds everything setup adds: " + reply.body());
    }

    @Test
    void setupNeedsAnAdministrator() {
        Http.Reply anonymous = Http.postJson(admin.url("/demo/authpack/setup"), Map.of());
        assertEquals(401, anonymous.status());
        String userToken = demo.accessToken("username", "alice", "Wonderland-2026");
        Http.Reply user = Http.postJson(admin.url("/demo/authpack/setup"), Map.of(), "Bearer " + userToken);
        assertTrue(user.status() == 401 || user.status() == 403, user.toString());
    }

    @Test
    void setupRefusesAnUnknownClientAndChangesNothing() {
        String realm = Realm.uniqueName("unknownclient");
        admin.createRealm(realm, "app", Map.of());
        Http.Reply reply = admin.setup(realm, "no-such-client");
        assertEquals(400, reply.status());
        assertEquals(2231, reply.code());
        assertFalse(admin.get("/" + realm).json().get("eventsListeners").toString().contains("authpack"));
    }
}
