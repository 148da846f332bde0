package io.authpack.core.logincode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import io.authpack.core.error.AuthingError;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * One-time codes that turn a registration (forceLogin / generateToken) into tokens at the token
 * endpoint, so tokens are only ever minted by Keycloak's own token endpoint with its client checks.
 *
 * <p>A code is 256 random bits, lives {@value #TTL_SECONDS} seconds and is bound to realm, user and
 * client. Only its SHA-256 is stored, in the cluster-wide single-use store; redemption is
 * {@code remove()}, which exactly one caller wins on any node. A code is never logged.
 */
public final class LoginCodeService {
    public static final int TTL_SECONDS = 60;
    private static final String KEY_PREFIX = "authpack.login-code.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;

    public LoginCodeService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** What a redeemed code stands for. */
    public record Redemption(String userId, boolean countsAsLogin) {
    }

    /**
     * @param countsAsLogin true for forceLogin: redeeming it is a login (LOGIN event, loginsCount + 1)
     */
    public String issue(UserModel user, ClientModel client, boolean countsAsLogin) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        store().put(key(code), TTL_SECONDS, Map.of(
                "realm", realm.getId(),
                "user", user.getId(),
                "client", client.getClientId(),
                "login", Boolean.toString(countsAsLogin)));
        return code;
    }

    /** Consumes the code; a wrong, expired, used, foreign-realm or other-client code is refused alike. */
    public Redemption redeem(String code, ClientModel client) {
        if (code == null || code.isEmpty() || code.length() > 128) {
            throw AuthingError.CODE_WRONG.exception("Login code is invalid, expired or already used");
        }
        Map<String, String> notes = store().remove(key(code));
        if (notes == null || !realm.getId().equals(notes.get("realm")) || !client.getClientId().equals(notes.get("client"))) {
            throw AuthingError.CODE_WRONG.exception("Login code is invalid, expired or already used");
        }
        return new Redemption(notes.get("user"), Boolean.parseBoolean(notes.get("login")));
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }

    private static String key(String code) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return KEY_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
