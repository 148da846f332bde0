package io.authpack.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Verifies access tokens received from the token endpoint against the realm's published keys, so that a client
 * never stores a token it could not have obtained from that realm (a wrong URL, a man in the middle, a mixed-up
 * realm). Key sets are cached per JWKS URL for the whole JVM and refreshed when a token names an unknown key, which
 * follows Keycloak key rotation without a download per login.
 */
final class TokenVerifier {

    private static final int MAX_JWKS_BYTES = 512 * 1024;

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private static final ConcurrentMap<String, JWKSource<SecurityContext>> KEY_SOURCES = new ConcurrentHashMap<>();

    private final DefaultJWTProcessor<SecurityContext> processor;

    TokenVerifier(URI jwksUri, String issuer, Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        JWKSource<SecurityContext> keys = KEY_SOURCES.computeIfAbsent(jwksUri + " " + millis,
                k -> JWKSourceBuilder.<SecurityContext>create(toUrl(jwksUri),
                        new DefaultResourceRetriever(millis, millis, MAX_JWKS_BYTES)).build());
        processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp")));
    }

    /**
     * @throws AuthingException code 2207 (HTTP 401) when the token is malformed, badly signed, expired or from
     *                          another issuer; code 1000 (HTTP 503) when the key set cannot be fetched
     */
    JWTClaimsSet verify(String token) {
        try {
            return processor.process(token, null);
        } catch (KeySourceException e) {
            throw Errors.unavailable("Could not fetch the realm's signing keys: " + e.getMessage(), e);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new AuthingException(Errors.TOKEN_INVALID,
                    "The token endpoint returned an access token that failed verification: " + e.getMessage(),
                    401, null, e);
        }
    }

    private static java.net.URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Invalid Keycloak URL: " + uri, e);
        }
    }
}
