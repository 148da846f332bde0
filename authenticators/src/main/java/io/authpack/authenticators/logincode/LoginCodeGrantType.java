package io.authpack.authenticators.logincode;

import io.authpack.authenticators.OAuthErrorResponses;
import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import io.authpack.core.logincode.LoginCodeService;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.TokenManager;
import org.keycloak.protocol.oidc.grants.OAuth2GrantTypeBase;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.services.managers.UserSessionManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

/**
 * {@code grant_type=urn:authpack:params:oauth:grant-type:login-code}: exchanges the one-time code a
 * registration returned (forceLogin / generateToken) for a standard token response.
 *
 * <p>The token endpoint has already authenticated the client; this grant checks the code is bound
 * to that client. A forceLogin code is a login (LOGIN event, so loginsCount and webhooks see it);
 * a generateToken code only issues tokens (CODE_TO_TOKEN event), as Authing distinguishes them.
 */
public final class LoginCodeGrantType extends OAuth2GrantTypeBase {
    static final String AUTH_METHOD = "authpack-login-code";

    @Override
    public Response process(Context context) {
        setContext(context);
        event.detail(Details.AUTH_METHOD, AUTH_METHOD);
        try {
            LoginCodeService.Redemption redemption = new LoginCodeService(session, realm)
                    .redeem(formParams.getFirst("code"), client);
            if (!redemption.countsAsLogin()) {
                event.event(EventType.CODE_TO_TOKEN);
            }
            UserModel user = session.users().getUserById(realm, redemption.userId());
            if (user == null) {
                throw AuthingError.CODE_WRONG.exception("Login code is invalid, expired or already used");
            }
            event.user(user).detail(Details.USERNAME, user.getUsername());
            if (!user.isEnabled() || (realm.isBruteForceProtected()
                    && session.getProvider(org.keycloak.services.managers.BruteForceProtector.class).isTemporarilyDisabled(session, realm, user))) {
                throw AuthingError.ACCOUNT_LOCKED.exception("Account is locked or disabled");
            }
            return issueTokens(user);
        } catch (AuthpackException e) {
            event.error(e.error() == AuthingError.ACCOUNT_LOCKED ? Errors.USER_DISABLED : Errors.INVALID_CODE);
            session.getTransactionManager().setRollbackOnly();
            cors.add();
            return OAuthErrorResponses.of(e);
        }
    }

    private Response issueTokens(UserModel user) {
        String scope = getRequestedScopes();
        RootAuthenticationSessionModel root = new AuthenticationSessionManager(session).createAuthenticationSession(realm, false);
        AuthenticationSessionModel authSession = root.createAuthenticationSession(client);
        authSession.setAuthenticatedUser(user);
        authSession.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        authSession.setClientNote(OIDCLoginProtocol.ISSUER, Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName()));
        authSession.setClientNote(OIDCLoginProtocol.SCOPE_PARAM, scope);
        AuthenticationManager.setClientScopesInSession(session, authSession);
        UserSessionModel userSession = new UserSessionManager(session).createUserSession(root.getId(), realm, user,
                user.getUsername(), clientConnection.getRemoteHost(), AUTH_METHOD, false, null, null,
                UserSessionModel.SessionPersistenceState.PERSISTENT);
        event.session(userSession);
        ClientSessionContext clientSessionCtx = TokenManager.attachAuthenticationSession(session, userSession, authSession);
        return createTokenResponse(user, userSession, clientSessionCtx, scope, false, null);
    }

    @Override
    public EventType getEventType() {
        return EventType.LOGIN;
    }
}
