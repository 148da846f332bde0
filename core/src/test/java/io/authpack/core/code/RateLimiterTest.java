package io.authpack.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

/** The slot arithmetic of the limiter, on an in-memory store with the single-use store's atomic operations. */
class RateLimiterTest {

    /** putIfAbsent / contains / remove with the same atomicity as the clustered store; counts operations. */
    static final class MemoryStore implements SingleUseObjectProvider {
        final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();
        final AtomicInteger operations = new AtomicInteger();

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            operations.incrementAndGet();
            entries.put(key, notes);
        }

        @Override
        public Map<String, String> get(String key) {
            operations.incrementAndGet();
            return entries.get(key);
        }

        @Override
        public Map<String, String> remove(String key) {
            operations.incrementAndGet();
            return entries.remove(key);
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            operations.incrementAndGet();
            return entries.replace(key, notes) != null;
        }

        @Override
        public boolean putIfAbsent(String key, long lifespanInSeconds) {
            operations.incrementAndGet();
            return entries.putIfAbsent(key, Map.of()) == null;
        }

        @Override
        public boolean contains(String key) {
            operations.incrementAndGet();
            return entries.containsKey(key);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void hourlyCapAllowsExactlyTheLimit() {
        MemoryStore store = new MemoryStore();
        RateLimiter limiter = new RateLimiter(store);
        for (int i = 0; i < 5; i++) {
            limiter.hourly("k", 5);
        }
        AuthpackException e = assertThrows(AuthpackException.class, () -> limiter.hourly("k", 5));
        assertEquals(AuthingError.TOO_MANY_REQUESTS, e.error());
        assertTrue((Integer) e.data().get("retryAfter") > 0);
    }

    @Test
    void largeCapsCostLogarithmicallyManyOperations() {
        MemoryStore store = new MemoryStore();
        RateLimiter limiter = new RateLimiter(store);
        for (int i = 0; i < 4000; i++) {
            limiter.hourly("big", 5000);
        }
        store.operations.set(0);
        limiter.hourly("big", 5000);
        assertTrue(store.operations.get() <= 30, "operations: " + store.operations.get());
    }

    @Test
    void keysDoNotShareBudgets() {
        RateLimiter limiter = new RateLimiter(new MemoryStore());
        limiter.hourly("a", 1);
        limiter.hourly("b", 1);
        assertThrows(AuthpackException.class, () -> limiter.hourly("a", 1));
    }

    @Test
    void cooldownAllowsOneCallPerWindow() {
        RateLimiter limiter = new RateLimiter(new MemoryStore());
        limiter.cooldown("phone", 60);
        AuthpackException e = assertThrows(AuthpackException.class, () -> limiter.cooldown("phone", 60));
        assertEquals(60, e.data().get("retryAfter"));
        limiter.cooldown("other", 60);
    }
}
