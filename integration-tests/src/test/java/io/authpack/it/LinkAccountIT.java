package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.authpack.client.AuthenticationClient;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** linkAccount: social identities move to the primary account and the secondary account is deleted. */
class LinkAccountIT extends AuthpackIT {
    private String realmName;
    private Realm realm;

    @BeforeEach
    void realmWithAnIdentityProvider() {
        realmName = Realm.uniqueName("link");
        admin.createRealm(realmName, "app", Map.of("registrationAllowed", true));
        admin.setup(realmName, "app");
        for (String alias : new String[] {"github", "google"}) {
            Http.Reply idp = admin.post("/" + realmName + "/identity-provider/instances", Map.of("alias", alias, "providerId", alias,
                    "enabled", true, "config", Map.of("clientId", "x", "clientSecret", "y")));
            assertEquals(201, idp.status(), idp.body());
        }
        realm = new Realm(server.baseUrl(), realmName, "app");
    }

    private String user(String name) {
        return realm.registerByUsername(name, PASSWORD).json().get("id").asText();
    }

    private void linkIdentity(String userId, String alias, String idpUserId) {
        Http.Reply linked = admin.post("/" + realmName + "/users/" + userId + "/federated-identity/" + alias,
                Map.of("identityProvider", alias, "userId", idpUserId, "userName", idpUserId));
        assertEquals(204, linked.status(), linked.body());
    }

    private Http.Reply link(String primaryToken, String secondaryToken) {
        return Http.postJson(realm.api("/users/link"), Map.of("primaryUserToken", primaryToken, "secondaryUserToken", secondaryToken));
    }

    @Test
    void identitiesMoveAndTheSecondaryAccountIsDeleted() {
        String primary = Realm.uniqueName("primary");
        String secondary = Realm.uniqueName("secondary");
        user(primary);
        String secondaryId = user(secondary);
        linkIdentity(secondaryId, "github", "gh-42");
        Http.Reply linked = link(realm.accessToken("username", primary, PASSWORD), realm.accessToken("username", secondary, PASSWORD));
        assertEquals(200, linked.status(), linked.body());
        assertEquals(200, linked.code());

        String primaryToken = realm.accessToken("username", primary, PASSWORD);
        var identities = realm.me(primaryToken).get("identities");
        assertEquals(1, identities.size());
        assertEquals("github", identities.get(0).get("provider").asText());
        assertEquals("gh-42", identities.get(0).get("userIdInIdp").asText());
        assertEquals(404, admin.get("/" + realmName + "/users/" + secondaryId).status());
    }

    @Test
    void aProviderAlreadyLinkedToThePrimaryIs2213AndNothingChanges() {
        String primary = Realm.uniqueName("p");
        String secondary = Realm.uniqueName("s");
        String primaryId = user(primary);
        String secondaryId = user(secondary);
        linkIdentity(primaryId, "github", "gh-1");
        linkIdentity(secondaryId, "google", "g-2");
        linkIdentity(secondaryId, "github", "gh-2");
        Http.Reply refused = link(realm.accessToken("username", primary, PASSWORD), realm.accessToken("username", secondary, PASSWORD));
        assertEquals(409, refused.status(), refused.body());
        assertEquals(2213, refused.code());
        assertEquals(200, admin.get("/" + realmName + "/users/" + secondaryId).status());
        assertEquals(2, admin.get("/" + realmName + "/users/" + secondaryId + "/federated-identity").json().size());
    }

    @Test
    void bothAccountsMustBeProvenByValidTokens() {
        String primary = Realm.uniqueName("pp");
        user(primary);
        String token = realm.accessToken("username", primary, PASSWORD);
        assertEquals(2207, link(token, "forged.token.value").code());
        assertEquals(2231, link(token, token).code());
        assertEquals(2231, Http.postJson(realm.api("/users/link"), Map.of("primaryUserToken", token)).code());
    }

    @Test
    void javaClient() {
        String primary = Realm.uniqueName("sdkp");
        String secondary = Realm.uniqueName("sdks");
        user(primary);
        linkIdentity(user(secondary), "google", "g-9");
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), realmName, "app");
        assertEquals(200, client.linkAccount(realm.accessToken("username", primary, PASSWORD),
                realm.accessToken("username", secondary, PASSWORD)).getCode());
    }
}
