package io.authpack.rest;

import io.authpack.rest.captcha.CaptchaResource;
import io.authpack.rest.http.ApiResponses;
import io.authpack.rest.mail.EmailResource;
import io.authpack.rest.me.MeResource;
import io.authpack.rest.password.PasswordResource;
import io.authpack.rest.sms.SmsResource;
import io.authpack.rest.register.RegistrationResource;
import io.authpack.rest.token.TokenStatusResource;
import io.authpack.rest.users.UsersResource;
import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;

/**
 * {@code /realms/{realm}/authpack}: the end-user API of API.md. Each path hands over to one small
 * resource; request plumbing (JSON, errors, CORS, bearer auth) lives in {@code io.authpack.rest.http}.
 */
public final class AuthpackResource {
    private final KeycloakSession session;
    private final ApiResponses responses;

    public AuthpackResource(KeycloakSession session) {
        this.session = session;
        this.responses = new ApiResponses(session);
    }

    @Path("register")
    public RegistrationResource register() {
        return new RegistrationResource(session, responses);
    }

    @Path("sms")
    public SmsResource sms() {
        return new SmsResource(session, responses);
    }

    @Path("email")
    public EmailResource email() {
        return new EmailResource(session, responses);
    }

    @Path("password")
    public PasswordResource password() {
        return new PasswordResource(session, responses);
    }

    @Path("users")
    public UsersResource users() {
        return new UsersResource(session, responses);
    }

    @Path("captcha")
    public CaptchaResource captcha() {
        return new CaptchaResource(session, responses);
    }

    @Path("token")
    public TokenStatusResource token() {
        return new TokenStatusResource(session, responses);
    }

    @Path("me")
    public MeResource me() {
        return new MeResource(session, responses);
    }
}
