package io.authpack.it.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Base of every integration test: one shared real Keycloak with the bundle, the imported demo realm
 * (public client demo-app bound to the Authpack direct-grant flow), and an admin handle.
 */
@ExtendWith({KeycloakServer.class, AuthpackIT.Injector.class})
public abstract class AuthpackIT {
    public static final String PASSWORD = "Correct-horse-9";

    protected KeycloakServer.Instance server;
    protected Realm demo;
    protected Admin admin;

    /** Hands the started server to the test instance. */
    public static final class Injector implements org.junit.jupiter.api.extension.TestInstancePostProcessor {
        @Override
        public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
            AuthpackIT test = (AuthpackIT) testInstance;
            test.server = KeycloakServer.instance(context);
            test.demo = new Realm(test.server.baseUrl(), "demo", "demo-app");
            test.admin = new Admin(test.server.baseUrl());
        }
    }

    @BeforeEach
    void serverIsUp() {
        if (server == null) {
            throw new IllegalStateException("Keycloak did not start");
        }
    }
}
