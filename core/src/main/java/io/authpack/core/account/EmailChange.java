package io.authpack.core.account;

import java.time.Instant;

import io.authpack.core.error.AuthingError;
import io.authpack.core.mail.EmailCodeService;
import io.authpack.core.user.UserAttributes;
import jakarta.persistence.PersistenceException;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * updateEmail: the new address is proven by a code mailed to it (scene CHANGE_EMAIL), the current one
 * too unless the realm turns "verify old email" off. The new address is then verified. The
 * database's unique key on email decides a race for one address (2200).
 */
public final class EmailChange {
    private static final String SCENE = "CHANGE_EMAIL";

    private final KeycloakSession session;
    private final RealmModel realm;

    public EmailChange(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void change(UserModel user, String email, String emailCode, String oldEmail, String oldEmailCode) {
        String address = EmailCodeService.normalize(email);
        String current = user.getEmail();
        if (address.equals(current)) {
            throw AuthingError.SAME_EMAIL.exception();
        }
        UserModel owner = session.users().getUserByEmail(realm, address);
        if (owner != null && !owner.getId().equals(user.getId())) {
            throw AuthingError.EMAIL_BOUND.exception();
        }
        EmailCodeService codes = new EmailCodeService(session, realm);
        boolean verifyOld = current != null && codes.settings().verifyOldEmail();
        if (verifyOld) {
            if (oldEmail == null || oldEmailCode == null) {
                throw AuthingError.BAD_PARAMETER.exception("oldEmail and oldEmailCode are required");
            }
            if (!EmailCodeService.normalize(oldEmail).equals(current)) {
                throw AuthingError.OLD_EMAIL_MISMATCH.exception();
            }
            codes.verify(current, SCENE, oldEmailCode);
        }
        codes.verify(address, SCENE, emailCode);
        user.setEmail(address);
        user.setEmailVerified(true);
        user.setSingleAttribute(UserAttributes.UPDATED_AT, String.valueOf(Instant.now().getEpochSecond()));
        try {
            session.getProvider(JpaConnectionProvider.class).getEntityManager().flush();
        } catch (PersistenceException | ModelDuplicateException e) {
            throw AuthingError.EMAIL_BOUND.exception();
        }
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_EMAIL).user(user).detail(Details.PREVIOUS_EMAIL, current)
                .detail(Details.UPDATED_EMAIL, address).success();
    }
}
