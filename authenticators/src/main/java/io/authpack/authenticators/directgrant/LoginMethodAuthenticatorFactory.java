package io.authpack.authenticators.directgrant;

import io.authpack.authenticators.AuthpackAuthenticatorFactory;
import io.authpack.core.setup.RealmSetup;
import org.keycloak.models.AuthenticationExecutionModel;

/** Registers {@link LoginMethodAuthenticator} as "Authpack login method" in the flow editor. */
public final class LoginMethodAuthenticatorFactory extends AuthpackAuthenticatorFactory {

    public LoginMethodAuthenticatorFactory() {
        super(RealmSetup.LOGIN_METHOD_AUTHENTICATOR, "Authpack login method", "password",
                "Direct grant only. Logs in by the login_method form parameter (email, username, phone_password, "
                        + "phone_code, ldap, ad), answering with Authing error codes; supports auto_register.",
                new LoginMethodAuthenticator());
    }

    /** The token endpoint has no alternatives to fall back to: the step runs or is switched off. */
    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }
}
