package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authpack.client.AuthenticationClient;
import io.authpack.client.AuthingException;
import io.authpack.client.JwtTokenStatus;
import io.authpack.client.LoginOptions;
import io.authpack.client.RefreshToken;
import io.authpack.client.RegisterOptions;
import io.authpack.client.RegisterProfile;
import io.authpack.client.User;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java AuthenticationClient against the real server, with the Authing SDK's method names. */
class ClientIT extends AuthpackIT {
    private AuthenticationClient client;

    @BeforeEach
    void newClient() {
        client = new AuthenticationClient(server.baseUrl(), "demo", "demo-app");
    }

    @Test
    void registerByEmailWithForceLoginReturnsALoggedInUser() {
        String email = Realm.uniqueEmail("sdk");
        User user = client.registerByEmail(email, PASSWORD, new RegisterProfile().nickname("sdk"),
                new RegisterOptions().forceLogin(true));
        assertEquals(email, user.getEmail());
        assertEquals("sdk", user.getNickname());
        assertNotNull(user.getToken());
        assertNotNull(user.getTokenExpiredAt());
        assertNull(user.getLoginCode());
        User me = client.getCurrentUser();
        assertEquals(user.getId(), me.getId());
        assertEquals(1, me.getLoginsCount());
    }

    @Test
    void registerByUsernameThenLoginByUsername() {
        String username = Realm.uniqueName("sdkuser");
        User registered = client.registerByUsername(username, PASSWORD);
        assertNull(registered.getToken());
        User user = client.loginByUsername(username, PASSWORD);
        assertEquals(username, user.getUsername());
        assertNotNull(user.getToken());
        assertNotNull(user.getRefreshToken());
        assertEquals(1, user.getLoginsCount());
    }

    @Test
    void loginByEmailWithAutoRegister() {
        String email = Realm.uniqueEmail("sdkauto");
        User user = client.loginByEmail(email, PASSWORD, new LoginOptions().autoRegister(true));
        assertEquals(email, user.getEmail());
    }

    @Test
    void errorsCarryTheAuthingCode() {
        AuthingException wrong = assertThrows(AuthingException.class,
                () -> client.loginByEmail(Realm.uniqueEmail("nobody"), PASSWORD));
        assertEquals(2333, wrong.getCode());
        String email = Realm.uniqueEmail("dup");
        client.registerByEmail(email, PASSWORD);
        AuthingException exists = assertThrows(AuthingException.class, () -> client.registerByEmail(email, PASSWORD));
        assertEquals(2026, exists.getCode());
        assertEquals(409, exists.getHttpStatus());
        AuthingException weak = assertThrows(AuthingException.class,
                () -> client.registerByEmail(Realm.uniqueEmail("weak"), "abc"));
        assertEquals(2029, weak.getCode());
    }

    @Test
    void checkLoginStatusRefreshAndLogout() {
        String username = Realm.uniqueName("sdksess");
        client.registerByUsername(username, PASSWORD);
        client.loginByUsername(username, PASSWORD);

        JwtTokenStatus status = client.checkLoginStatus();
        assertEquals(200, status.getCode());
        assertTrue(status.getStatus());

        String before = client.getToken();
        RefreshToken refreshed = client.refreshToken();
        assertNotNull(refreshed.getToken());
        assertFalse(before.equals(client.getToken()), "refresh stores the new access token");
        assertTrue(refreshed.getExp() > refreshed.getIat());

        String last = client.getToken();
        client.logout();
        assertNull(client.getToken());
        assertNull(client.getCurrentUser());
        assertEquals(2206, client.checkLoginStatus(last).getCode());
    }
}
