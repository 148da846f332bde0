package io.authpack.core.code;

import java.time.Instant;
import java.util.Map;

import io.authpack.core.error.AuthingError;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Cluster-wide limits on the single-use store: a cooldown is one {@code putIfAbsent} key, an
 * hourly cap is N slot keys of which each call must win one. Both are atomic across nodes, cost at
 * most N cache operations, and expire by themselves. A refused call answers 429 / 1002 with the
 * number of seconds to wait.
 *
 * <p>Keys name the realm, so realms never share a budget. Stateless apart from the store.
 */
public final class RateLimiter {
    private final SingleUseObjectProvider store;

    public RateLimiter(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** At most one call per {@code seconds} for this key. */
    public void cooldown(String key, int seconds) {
        if (seconds > 0 && !store.putIfAbsent("authpack.rl.cool." + key, seconds)) {
            throw tooMany(seconds, "Please wait before requesting another code");
        }
    }

    /**
     * At most {@code limit} calls per clock hour for this key. Callers take the lowest free slot, so
     * taken slots form a prefix; the first free one is found by galloping and binary search over
     * {@code contains}, then claimed with {@code putIfAbsent} (moving up if another node won it).
     * That is O(log limit) cache operations, so large caps stay cheap.
     */
    public void hourly(String key, int limit) {
        window(key, limit, 3600);
    }

    /** At most {@code limit} calls per fixed window of {@code seconds} for this key (see {@link #hourly}). */
    public void window(String key, int limit, int seconds) {
        long now = Instant.now().getEpochSecond();
        int untilNextWindow = (int) (seconds - now % seconds);
        String prefix = prefix(key, seconds, now);
        int slot = firstFreeSlot(prefix, limit);
        for (; slot <= limit; slot++) {
            if (store.putIfAbsent(prefix + slot, untilNextWindow + 60)) {
                return;
            }
        }
        throw tooMany(untilNextWindow, "Too many codes requested, please try again later");
    }

    /** How many calls this window has counted for the key so far. */
    public int used(String key, int seconds) {
        return firstFreeSlot(prefix(key, seconds, Instant.now().getEpochSecond()), Integer.MAX_VALUE - 1) - 1;
    }

    private static String prefix(String key, int seconds, long now) {
        return "authpack.rl.w" + seconds + "." + key + "." + (now / seconds) + ".";
    }

    private int firstFreeSlot(String prefix, int limit) {
        int taken = 0;
        int probe = 1;
        while (probe <= limit && store.contains(prefix + probe)) {
            taken = probe;
            probe *= 2;
        }
        int free = Math.min(probe, limit + 1);
        while (free - taken > 1) {
            int mid = (taken + free) >>> 1;
            if (store.contains(prefix + mid)) {
                taken = mid;
            } else {
                free = mid;
            }
        }
        return taken + 1;
    }

    private static RuntimeException tooMany(int retryAfter, String message) {
        return new io.authpack.core.error.AuthpackException(AuthingError.TOO_MANY_REQUESTS, message,
                Map.of("retryAfter", retryAfter));
    }
}
