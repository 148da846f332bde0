package io.authpack.it.support;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a JWT's claims (no verification: the tests check what the server put in them). */
public final class Tokens {
    private Tokens() {
    }

    public static JsonNode claims(String jwt) {
        try {
            return Http.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
