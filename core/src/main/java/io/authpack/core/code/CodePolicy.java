package io.authpack.core.code;

/**
 * The limits one channel's codes obey in a realm.
 *
 * @param length          digits per code
 * @param ttlSeconds      how long a code is valid
 * @param maxAttempts     wrong tries after which the code is dead
 * @param cooldownSeconds minimum time between two codes to one target
 * @param perTargetHourly codes per target per clock hour
 * @param perIpHourly     codes per client IP per clock hour
 */
public record CodePolicy(int length, int ttlSeconds, int maxAttempts, int cooldownSeconds,
                         int perTargetHourly, int perIpHourly) {
}
