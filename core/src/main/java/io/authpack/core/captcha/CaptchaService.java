package io.authpack.core.captcha;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import io.authpack.core.code.RateLimiter;
import io.authpack.core.error.AuthingError;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Authing's login captcha: after {@code authpack.captcha.failureLimit} failed logins from one client
 * IP within {@code authpack.captcha.windowSeconds} (realm attributes; 0 switches it off), every
 * login from that IP needs {@code captcha_id} + {@code captcha_code}: 2000 without, 2001 when wrong.
 *
 * <p>A captcha is single use and lives 2 minutes; only a SHA-256 of realm, id and answer is kept,
 * in the cluster-wide single-use store. Failures per IP are slot counters in the same store.
 */
public final class CaptchaService {
    public static final String FAILURE_LIMIT = "authpack.captcha.failureLimit";
    public static final String WINDOW_SECONDS = "authpack.captcha.windowSeconds";
    private static final int TTL_SECONDS = 120;
    private static final int DIGITS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger DEV = Logger.getLogger("authpack.dev.captcha");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final boolean logAnswers;

    public CaptchaService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        CaptchaSettings settings = session.getProvider(CaptchaSettings.class);
        this.logAnswers = settings != null && settings.logAnswers();
    }

    /** {@code {captchaId, image}} with the image as a PNG data URI. */
    public Map<String, String> create() {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            answer.append(RANDOM.nextInt(10));
        }
        session.singleUseObjects().put(key(id), TTL_SECONDS, Map.of("answer", digest(id, answer.toString())));
        if (logAnswers) {
            DEV.infof("[authpack-dev-captcha] id=%s answer=%s", id, answer);
        }
        return Map.of("captchaId", id, "image", CaptchaImage.pngDataUri(answer.toString()));
    }

    /**
     * Enforces the captcha for a login from {@code clientIp}: nothing to do below the failure limit;
     * above it, the captcha must be given (2000) and right (2001). A captcha is consumed by any try.
     */
    public void check(String clientIp, String captchaId, String captchaCode) {
        if (clientIp == null || !required(clientIp)) {
            return;
        }
        if (captchaId == null || captchaCode == null || captchaId.length() > 64) {
            throw AuthingError.CAPTCHA_REQUIRED.exception("Captcha required: get one from GET /captcha");
        }
        Map<String, String> stored = session.singleUseObjects().remove(key(captchaId));
        if (stored == null || !MessageDigest.isEqual(digest(captchaId, captchaCode.trim()).getBytes(StandardCharsets.US_ASCII),
                stored.getOrDefault("answer", "").getBytes(StandardCharsets.US_ASCII))) {
            throw AuthingError.CODE_WRONG.exception("Captcha is wrong or expired");
        }
    }

    /** Counts one failed login from this IP. */
    public void recordFailure(String clientIp) {
        int limit = limit();
        if (clientIp == null || limit <= 0) {
            return;
        }
        try {
            new RateLimiter(session.singleUseObjects()).window(failureKey(clientIp), Integer.MAX_VALUE - 1, window());
        } catch (RuntimeException e) {
            // the counter only needs to reach the limit
        }
    }

    private boolean required(String clientIp) {
        int limit = limit();
        return limit > 0 && new RateLimiter(session.singleUseObjects()).used(failureKey(clientIp), window()) >= limit;
    }

    private int limit() {
        return attribute(FAILURE_LIMIT, 0);
    }

    private int window() {
        return Math.max(60, attribute(WINDOW_SECONDS, 900));
    }

    private int attribute(String name, int fallback) {
        try {
            String value = realm.getAttribute(name);
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private String failureKey(String clientIp) {
        return realm.getId() + ".loginfail." + clientIp;
    }

    private String key(String id) {
        return "authpack.captcha." + realm.getId() + "." + id;
    }

    private String digest(String id, String answer) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((realm.getId() + "|" + id + "|" + answer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
