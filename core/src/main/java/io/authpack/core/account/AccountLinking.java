package io.authpack.core.account;

import java.util.List;

import io.authpack.core.error.AuthingError;
import io.authpack.core.token.TokenInspector;
import io.authpack.core.token.TokenStatus;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * linkAccount: moves the secondary account's identity-provider links (social logins) to the
 * primary account and deletes the secondary account, as Authing does. Both accounts are proven by
 * a valid access token of this realm, so nobody can take over an account they cannot log in to.
 * Nothing changes when the primary already has a link to one of the same providers (2213).
 */
public final class AccountLinking {
    private final KeycloakSession session;
    private final RealmModel realm;

    public AccountLinking(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void link(String primaryToken, String secondaryToken) {
        UserModel primary = userOf(primaryToken);
        UserModel secondary = userOf(secondaryToken);
        if (primary.getId().equals(secondary.getId())) {
            throw AuthingError.BAD_PARAMETER.exception("primaryUserToken and secondaryUserToken are the same account");
        }
        List<FederatedIdentityModel> links = session.users().getFederatedIdentitiesStream(realm, secondary).toList();
        for (FederatedIdentityModel link : links) {
            if (session.users().getFederatedIdentity(realm, primary, link.getIdentityProvider()) != null) {
                throw AuthingError.IDENTITY_ALREADY_LINKED.exception(
                        "The primary account is already linked to " + link.getIdentityProvider());
            }
        }
        for (FederatedIdentityModel link : links) {
            session.users().removeFederatedIdentity(realm, secondary, link.getIdentityProvider());
            session.users().addFederatedIdentity(realm, primary, new FederatedIdentityModel(link.getIdentityProvider(),
                    link.getUserId(), link.getUserName(), link.getToken()));
        }
        session.sessions().getUserSessionsStream(realm, secondary).toList()
                .forEach(s -> session.sessions().removeUserSession(realm, s));
        session.users().removeUser(realm, secondary);
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.IDENTITY_PROVIDER_LINK_ACCOUNT).user(primary)
                .detail(Details.USERNAME, primary.getUsername()).detail("linked_user_id", secondary.getId()).success();
    }

    private UserModel userOf(String token) {
        TokenStatus status = new TokenInspector(session, realm).inspect(token);
        if (!status.valid()) {
            throw status.error().exception();
        }
        return session.users().getUserById(realm, status.token().getSubject());
    }
}
