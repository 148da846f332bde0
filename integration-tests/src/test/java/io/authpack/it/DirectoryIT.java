package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.client.AuthenticationClient;
import io.authpack.client.AuthingException;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Directories;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * loginByLdap and loginByAd against real directories: Debian's OpenLDAP and a Samba Active
 * Directory domain controller, each federated into one realm by Keycloak's own LDAP provider.
 */
class DirectoryIT extends AuthpackIT {
    private static Directories directories;
    private static String realmName;

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback START = (ExtensionContext context) ->
            directories = Directories.instance(context);

    private Realm realm;

    @BeforeEach
    void realmWithBothDirectories() {
        if (realmName == null) {
            realmName = Realm.uniqueName("dirs");
            admin.createRealm(realmName, "app", Map.of("registrationAllowed", true, "bruteForceProtected", true,
                    "failureFactor", 30));
            admin.setup(realmName, "app");
            federateBothDirectories(realmName);
        }
        realm = new Realm(server.baseUrl(), realmName, "app");
    }

    /** OpenLDAP (vendor other) and Samba AD (vendor ad) as Keycloak LDAP federations of the realm. */
    private void federateBothDirectories(String realm) {
        ldapComponent(realm, "openldap", directories.openldapUrl(), Map.of(
                "vendor", "other", "bindDn", Directories.OPENLDAP_ADMIN_DN, "bindCredential", Directories.OPENLDAP_ADMIN_PASSWORD,
                "usersDn", "ou=people,dc=example,dc=org", "usernameLDAPAttribute", "uid", "rdnLDAPAttribute", "uid",
                "uuidLDAPAttribute", "entryUUID", "userObjectClasses", "inetOrgPerson, organizationalPerson"));
        ldapComponent(realm, "samba-ad", directories.sambaUrl(), Map.of(
                "vendor", "ad", "bindDn", Directories.SAMBA_ADMIN_DN, "bindCredential", Directories.SAMBA_ADMIN_PASSWORD,
                "usersDn", "CN=Users,DC=example,DC=org", "usernameLDAPAttribute", "sAMAccountName", "rdnLDAPAttribute", "cn",
                "uuidLDAPAttribute", "objectGUID", "userObjectClasses", "person, organizationalPerson, user",
                "customUserSearchFilter", "(!(isCriticalSystemObject=TRUE))"));
    }

    private void ldapComponent(String realm, String name, String url, Map<String, String> specific) {
        Map<String, List<String>> config = new HashMap<>();
        Map<String, String> all = new HashMap<>(specific);
        all.putAll(Map.of("enabled", "true", "priority", "0", "connectionUrl", url, "authType", "simple",
                "editMode", "READ_ONLY", "importEnabled", "true", "searchScope", "1", "pagination", "false",
                "connectionTimeout", "3000", "readTimeout", "5000"));
        all.forEach((k, v) -> config.put(k, List.of(v)));
        String realmId = admin.get("/" + realm).json().get("id").asText();
        Http.Reply created = admin.post("/" + realm + "/components", Map.of("name", name, "providerId", "ldap",
                "providerType", "org.keycloak.storage.UserStorageProvider", "parentId", realmId, "config", config));
        assertEquals(201, created.status(), created.body());
    }

    private Http.Reply login(String method, String username, String password) {
        return realm.login(method, username, password);
    }

    @Test
    void ldapLoginImportsTheDirectoryUser() {
        Http.Reply reply = login("ldap", "lisa", "Lisa-pass-1");
        assertEquals(200, reply.status(), reply.body());
        JsonNode me = realm.me(reply.json().get("access_token").asText());
        assertEquals("lisa", me.get("username").asText());
        assertEquals("lisa@example.org", me.get("email").asText());
        assertEquals("Lisa Ldap", me.get("givenName").asText(), "Keycloak's default LDAP mapping: cn is the first name");
        assertEquals("Ldap", me.get("familyName").asText());
        JsonNode identity = me.get("identities").get(0);
        assertEquals("ldap", identity.get("provider").asText());
        assertEquals("openldap", identity.get("connectionName").asText());
        assertTrue(identity.get("userIdInIdp").asText().length() > 10, "the directory's entryUUID");
    }

    @Test
    void adLoginImportsTheDomainUser() {
        Http.Reply reply = login("ad", "adam", "Adam-pass-1");
        assertEquals(200, reply.status(), reply.body());
        JsonNode me = realm.me(reply.json().get("access_token").asText());
        assertEquals("adam@example.org", me.get("email").asText(), me.toString());
        assertEquals("ad", me.get("identities").get(0).get("provider").asText());
        assertEquals("samba-ad", me.get("identities").get(0).get("connectionName").asText());
    }

    @Test
    void eachMethodRefusesTheOtherDirectorysUsersAndLocalUsersLikeAWrongPassword() {
        Http.Reply wrongPassword = login("ldap", "larry", "Not-larrys-1");
        assertEquals(401, wrongPassword.status(), wrongPassword.body());
        assertEquals(2333, wrongPassword.code());

        Http.Reply adUserByLdap = login("ldap", "adam", "Adam-pass-1");
        Http.Reply ldapUserByAd = login("ad", "lisa", "Lisa-pass-1");
        String local = Realm.uniqueName("local");
        assertEquals(201, realm.registerByUsername(local, PASSWORD).status());
        Http.Reply localByLdap = login("ldap", local, PASSWORD);
        Http.Reply localByAd = login("ad", local, PASSWORD);
        for (Http.Reply refused : List.of(adUserByLdap, ldapUserByAd, localByLdap, localByAd)) {
            assertEquals(wrongPassword.status(), refused.status(), refused.body());
            assertEquals(wrongPassword.body(), refused.body());
        }
        assertEquals(200, login("username", local, PASSWORD).status(), "the local user still logs in by username");
    }

    @Test
    void disabledAdAccountIsRefused() {
        assertEquals(200, login("ad", "ada", "Ada-pass-1").status());
        directories.sambaTool("user", "disable", "ada");
        try {
            Http.Reply refused = login("ad", "ada", "Ada-pass-1");
            assertTrue(refused.status() == 401 || refused.status() == 403, refused.body());
            assertTrue(refused.code() == 2005 || refused.code() == 2333, refused.body());
        } finally {
            directories.sambaTool("user", "enable", "ada");
        }
        String componentId = admin.get("/" + realmName + "/components?type=org.keycloak.storage.UserStorageProvider&name=samba-ad")
                .json().get(0).get("id").asText();
        assertEquals(200, admin.post("/" + realmName + "/user-storage/" + componentId + "/sync?action=triggerFullSync", Map.of()).status());
        assertEquals(200, login("ad", "ada", "Ada-pass-1").status(), "enabled again in AD and synchronised, logs in again");
    }

    @Test
    void passwordChangeInAdTakesEffect() {
        assertEquals(200, login("ad", "adam", "Adam-pass-1").status());
        directories.sambaTool("user", "setpassword", "adam", "--newpassword=Adam-pass-2");
        try {
            assertEquals(2333, login("ad", "adam", "Adam-pass-1").code());
            assertEquals(200, login("ad", "adam", "Adam-pass-2").status());
        } finally {
            directories.sambaTool("user", "setpassword", "adam", "--newpassword=Adam-pass-1");
        }
    }

    @Test
    void injectionLookingUsernamesNeverMatchAnotherEntry() {
        for (String username : List.of("*", "*)(uid=*", "lisa)(|(uid=*", "*)(sAMAccountName=*", "lis*")) {
            Http.Reply ldap = login("ldap", username, "Lisa-pass-1");
            assertEquals(2333, ldap.code(), username + " -> " + ldap.body());
            Http.Reply ad = login("ad", username, "Adam-pass-1");
            assertEquals(2333, ad.code(), username + " -> " + ad.body());
        }
        Http.Reply nul = login("ldap", "lisa\u0000", "Lisa-pass-1");
        assertEquals(400, nul.status(), nul.body());
        assertEquals(2231, nul.code());
    }

    @Test
    void unreachableDirectoryIs503WithAnOperatorLogLine() {
        String name = Realm.uniqueName("down");
        admin.createRealm(name, "app", Map.of());
        admin.setup(name, "app");
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ldapComponent(name, "gone", "ldap://127.0.0.1:" + closedPort, Map.of("vendor", "other",
                "bindDn", Directories.OPENLDAP_ADMIN_DN, "bindCredential", "x", "usersDn", "ou=people,dc=example,dc=org",
                "usernameLDAPAttribute", "uid", "rdnLDAPAttribute", "uid", "uuidLDAPAttribute", "entryUUID",
                "userObjectClasses", "inetOrgPerson"));
        Http.Reply reply = new Realm(server.baseUrl(), name, "app").login("ldap", "lisa", "Lisa-pass-1");
        assertEquals(503, reply.status(), reply.body());
        assertEquals(1000, reply.code());
        assertTrue(server.log().contains("Authpack LDAP login in realm " + name + ": directory unavailable"));
    }

    @Test
    void javaClientLoginByLdapAndLoginByAd() {
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), realmName, "app");
        assertEquals("larry@example.org", client.loginByLdap("larry", "Larry-pass-1").getEmail());
        assertEquals("ada@example.org", client.loginByAd("ada", "Ada-pass-1").getEmail());
        AuthingException refused = org.junit.jupiter.api.Assertions.assertThrows(AuthingException.class,
                () -> client.loginByAd("larry", "Larry-pass-1"));
        assertEquals(2333, refused.getCode());
    }

    @Test
    void browserLdapAndAdForms() throws IOException {
        String name = Realm.uniqueName("dirweb");
        admin.createRealm(name, "web", Map.of("internationalizationEnabled", true, "supportedLocales", List.of("en", "zh-CN")));
        admin.put("/" + name + "/clients/" + admin.get("/" + name + "/clients?clientId=web").json().get(0).get("id").asText(),
                Map.of("clientId", "web", "publicClient", true, "redirectUris", List.of("http://localhost:3000/*")));
        federateBothDirectories(name);

        browserFlow(name, "authpack-ldap-form");
        assertEquals("http://localhost:3000/cb", formLogin(name, "lisa", "Lisa-pass-1", "Sign in with your LDAP account", ""));
        assertTrue(formLogin(name, "adam", "Adam-pass-1", "Sign in with your LDAP account", "").contains("/auth"),
                "an AD user stays on the LDAP form");

        browserFlow(name, "authpack-ad-form");
        assertEquals("http://localhost:3000/cb", formLogin(name, "adam", "Adam-pass-1", "Sign in with your Active Directory account", ""));
        formLogin(name, "adam", "Adam-pass-1", "\u4f7f\u7528 Active Directory \u8d26\u53f7\u767b\u5f55", "&ui_locales=zh-CN");
    }

    /** Makes a one-step browser flow with this authenticator the realm's browser flow. */
    private void browserFlow(String realm, String authenticator) {
        String alias = "only " + authenticator;
        assertEquals(201, admin.post("/" + realm + "/authentication/flows", Map.of("alias", alias, "providerId", "basic-flow",
                "topLevel", true, "builtIn", false)).status());
        String path = "/" + realm + "/authentication/flows/" + URLEncoder.encode(alias, StandardCharsets.UTF_8).replace("+", "%20");
        assertEquals(201, admin.post(path + "/executions/execution", Map.of("provider", authenticator)).status());
        com.fasterxml.jackson.databind.node.ObjectNode execution = (com.fasterxml.jackson.databind.node.ObjectNode)
                admin.get(path + "/executions").json().get(0);
        execution.put("requirement", "REQUIRED");
        int updated = admin.put(path + "/executions", execution).status();
        assertTrue(updated == 202 || updated == 204, "execution update: " + updated);
        admin.updateRealm(realm, Map.of("browserFlow", alias));
    }

    /** Logs in through the form; returns where the browser was sent (the app's callback on success). */
    private String formLogin(String realm, String username, String password, String expectedTitle, String extra) throws IOException {
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setJavaScriptEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            browser.getOptions().setRedirectEnabled(true);
            HtmlPage page = browser.getPage(server.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=web"
                    + "&response_type=code&scope=openid&state=s&redirect_uri="
                    + URLEncoder.encode("http://localhost:3000/cb", StandardCharsets.UTF_8) + extra);
            assertTrue(page.asNormalizedText().contains(expectedTitle), page.asNormalizedText());
            page.<HtmlInput>getHtmlElementById("username").setValue(username);
            page.<HtmlInput>getHtmlElementById("password").setValue(password);
            browser.getOptions().setRedirectEnabled(false);
            var response = page.<org.htmlunit.html.HtmlElement>getHtmlElementById("kc-login").click().getWebResponse();
            String location = response.getResponseHeaderValue("Location");
            if (location != null) {
                assertTrue(location.contains("code="), location);
                return location.substring(0, location.indexOf('?'));
            }
            assertNotEquals(302, response.getStatusCode());
            return response.getWebRequest().getUrl().toString();
        }
    }
}
