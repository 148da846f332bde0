package io.authpack.core.code;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.authpack.core.error.AuthingError;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Verification codes for SMS and email: random, short-lived, single use, bound to realm + channel +
 * target + scene, limited in wrong tries, and never stored or logged in clear.
 *
 * <p>Storage is the cluster-wide single-use store. The entry holds an HMAC of the code keyed with
 * the realm's HMAC key, which lives in the database and not in the cache, so a cache dump does not
 * reveal codes even though six digits are few. Checking compares in constant time; redemption is
 * {@code remove()}, which exactly one caller wins on any node. Each wrong try takes one of
 * {@code maxAttempts} slot keys; when none is left the code is removed.
 *
 * <p>Not thread-safe; one instance per request.
 */
public final class VerificationCodes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final CodeChannel channel;
    private final CodePolicy policy;
    private final SingleUseObjectProvider store;

    public VerificationCodes(KeycloakSession session, RealmModel realm, CodeChannel channel, CodePolicy policy) {
        this.session = session;
        this.realm = realm;
        this.channel = channel;
        this.policy = policy;
        this.store = session.singleUseObjects();
    }

    /**
     * Applies the per-IP cap, the per-target cooldown and hourly cap, in that order, before a code
     * is created or anything is sent.
     */
    public void checkSendLimits(String target, String clientIp) {
        RateLimiter limiter = new RateLimiter(store);
        if (clientIp != null) {
            limiter.hourly(realm.getId() + "." + channel.key() + ".ip." + clientIp, policy.perIpHourly());
        }
        limiter.cooldown(realm.getId() + "." + channel.key() + "." + target, policy.cooldownSeconds());
        limiter.hourly(realm.getId() + "." + channel.key() + ".to." + target, policy.perTargetHourly());
    }

    /** Creates and stores a new code for target + scene, replacing an earlier one; returns it for delivery. */
    public String issue(String target, String scene) {
        String code = randomDigits(policy.length());
        put(target, scene, digest(code));
        return code;
    }

    /**
     * Records that a code was sent by a gateway that keeps the code itself (Twilio Verify): the
     * entry carries no code, only the validity window and the attempt counter.
     */
    public void issueExternal(String target, String scene) {
        put(target, scene, "");
    }

    /**
     * Consumes the code for target + scene: 2300 when none is pending (never sent, expired, used,
     * or killed by wrong tries), 2001 when it is wrong.
     */
    public void verify(String target, String scene, String code) {
        verify(target, scene, code, null);
    }

    /**
     * As {@link #verify(String, String, String)}; with {@code externalCheck} the gateway decides
     * whether the code is right (Twilio Verify) while Authpack still enforces expiry, attempts and
     * single use.
     */
    public void verify(String target, String scene, String code, BooleanSupplier externalCheck) {
        if (code == null || !code.matches("\\d{4,10}")) {
            throw AuthingError.CODE_WRONG.exception();
        }
        String key = key(target, scene);
        Map<String, String> entry = store.get(key);
        if (entry == null || entry.get("id") == null) {
            throw AuthingError.CODE_EXPIRED.exception();
        }
        boolean matches = externalCheck != null
                ? externalCheck.getAsBoolean()
                : MessageDigest.isEqual(digest(code).getBytes(StandardCharsets.US_ASCII),
                        entry.getOrDefault("hmac", "").getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            countWrongTry(key, entry.get("id"));
            throw AuthingError.CODE_WRONG.exception();
        }
        if (store.remove(key) == null) {
            throw AuthingError.CODE_WRONG.exception();
        }
    }

    private void countWrongTry(String key, String id) {
        for (int slot = 1; slot <= policy.maxAttempts(); slot++) {
            if (store.putIfAbsent(key + ".wrong." + id + "." + slot, policy.ttlSeconds())) {
                if (slot == policy.maxAttempts()) {
                    store.remove(key);
                }
                return;
            }
        }
        store.remove(key);
    }

    private void put(String target, String scene, String hmac) {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        store.put(key(target, scene), policy.ttlSeconds(),
                Map.of("id", Base64.getUrlEncoder().withoutPadding().encodeToString(id), "hmac", hmac));
    }

    private String key(String target, String scene) {
        return "authpack.code." + realm.getId() + "." + channel.key() + "." + target + "." + scene;
    }

    private static String randomDigits(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    private String digest(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(codeKey());
            mac.update((realm.getId() + "|" + channel.key() + "|").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private SecretKey codeKey() {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        if (key != null && key.getSecretKey() != null) {
            return new SecretKeySpec(key.getSecretKey().getEncoded(), "HmacSHA256");
        }
        throw new IllegalStateException("Realm " + realm.getName() + " has no active HS512 key to protect codes");
    }
}
