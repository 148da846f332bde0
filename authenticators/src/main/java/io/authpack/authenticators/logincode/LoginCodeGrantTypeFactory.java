package io.authpack.authenticators.logincode;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.protocol.oidc.grants.OAuth2GrantType;
import org.keycloak.protocol.oidc.grants.OAuth2GrantTypeFactory;

/**
 * Registers the login-code grant; its id is the grant_type value clients send. The shortcut goes
 * into every token id Keycloak issues for this grant and must be two letters no other grant uses.
 */
public final class LoginCodeGrantTypeFactory implements OAuth2GrantTypeFactory {
    public static final String GRANT_TYPE = "urn:authpack:params:oauth:grant-type:login-code";

    @Override
    public String getId() {
        return GRANT_TYPE;
    }

    @Override
    public String getShortcut() {
        return "ap";
    }

    @Override
    public OAuth2GrantType create(KeycloakSession session) {
        return new LoginCodeGrantType();
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
