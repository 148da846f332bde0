package io.authpack.client;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenVerifierTest {

    private FakeKeycloak keycloak;
    private TokenVerifier verifier;

    @BeforeEach
    void start() throws Exception {
        keycloak = new FakeKeycloak();
        verifier = new TokenVerifier(URI.create(keycloak.issuer() + "/protocol/openid-connect/certs"),
                keycloak.issuer(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        keycloak.close();
    }

    @Test
    void tokenSignedByTheRealmKeyIsAccepted() throws Exception {
        JWTClaimsSet claims = verifier.verify(keycloak.token("user-1"));

        assertEquals("user-1", claims.getSubject());
        assertEquals(keycloak.issuer(), claims.getIssuer());
    }

    @Test
    void tokenOfAnotherIssuerIsRejected() {
        String token = FakeKeycloak.sign(keycloak.key, keycloak.baseUrl() + "/realms/other", "user-1",
                Instant.now().plusSeconds(300));

        assertRejectedAsInvalid(token);
    }

    @Test
    void expiredTokenIsRejected() {
        String token = FakeKeycloak.sign(keycloak.key, keycloak.issuer(), "user-1",
                Instant.now().minusSeconds(600));

        assertRejectedAsInvalid(token);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws Exception {
        RSAKey impostor = FakeKeycloak.newKey(FakeKeycloak.KID);
        String token = FakeKeycloak.sign(impostor, keycloak.issuer(), "user-1", Instant.now().plusSeconds(300));

        assertRejectedAsInvalid(token);
    }

    @Test
    void tokenNamingAnUnpublishedKeyIsRejected() throws Exception {
        RSAKey unknown = FakeKeycloak.newKey("unknown-key");
        String token = FakeKeycloak.sign(unknown, keycloak.issuer(), "user-1", Instant.now().plusSeconds(300));

        assertRejectedAsInvalid(token);
    }

    @Test
    void unsignedTokenIsRejected() {
        String token = new PlainJWT(new JWTClaimsSet.Builder()
                .issuer(keycloak.issuer())
                .subject("user-1")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build()).serialize();

        assertRejectedAsInvalid(token);
    }

    @Test
    void garbageIsRejected() {
        assertRejectedAsInvalid("not-a-jwt");
    }

    @Test
    void unreachableKeySetIsATemporaryFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String issuer = "http://127.0.0.1:" + closedPort + "/realms/demo";
        TokenVerifier offline = new TokenVerifier(URI.create(issuer + "/protocol/openid-connect/certs"), issuer,
                Duration.ofSeconds(2));
        String token = FakeKeycloak.sign(keycloak.key, issuer, "user-1", Instant.now().plusSeconds(300));

        AuthingException e = assertThrows(AuthingException.class, () -> offline.verify(token));

        assertEquals(1000, e.getCode());
        assertEquals(503, e.getHttpStatus());
    }

    private void assertRejectedAsInvalid(String token) {
        AuthingException e = assertThrows(AuthingException.class, () -> verifier.verify(token));
        assertEquals(2207, e.getCode());
    }
}
