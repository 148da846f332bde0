package io.authpack.core.sms;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.ui.extend.UiPageProviderFactory;

/**
 * The admin console page "Authpack SMS" (Keycloak's declarative UI): one component per realm that
 * holds {@link SmsSettings}. Secret fields are masked in admin responses and accept vault references.
 */
public final class SmsSettingsPageFactory implements UiPageProviderFactory<ComponentModel> {
    public static final String ID = "authpack-sms";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Authpack SMS: the gateway that sends verification codes, and the code and rate limits";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(SmsSettings.SENDER).label("SMS gateway").type(ProviderConfigProperty.LIST_TYPE)
                .options("twilio", "twilio-verify", "http", "console")
                .helpText("twilio: Programmable Messaging; twilio-verify: Twilio generates and checks the codes; "
                        + "http: any gateway by URL; console: prints codes to the server log (development only, "
                        + "must be enabled on the server)").add()
                .property().name(SmsSettings.TWILIO_ACCOUNT_SID).label("Twilio account SID").type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(SmsSettings.TWILIO_AUTH_TOKEN).label("Twilio auth token").type(ProviderConfigProperty.PASSWORD)
                .secret(true).helpText("Or a vault reference such as ${vault.twilio-token}").add()
                .property().name(SmsSettings.TWILIO_FROM).label("Twilio from number").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("E.164 sender number; or use a messaging service SID").add()
                .property().name(SmsSettings.TWILIO_MESSAGING_SERVICE_SID).label("Twilio messaging service SID")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(SmsSettings.TWILIO_VERIFY_SERVICE_SID).label("Twilio Verify service SID")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(SmsSettings.HTTP_URL).label("HTTP gateway URL").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Receives POST {to, text, code, scene, locale} as JSON").add()
                .property().name(SmsSettings.HTTP_HEADER_NAME).label("HTTP gateway header name").type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(SmsSettings.HTTP_HEADER_VALUE).label("HTTP gateway header value").type(ProviderConfigProperty.PASSWORD)
                .secret(true).add()
                .property().name(SmsSettings.CODE_LENGTH).label("Code length").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("6").add()
                .property().name(SmsSettings.CODE_TTL).label("Code validity (seconds)").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("60").add()
                .property().name(SmsSettings.MAX_ATTEMPTS).label("Wrong tries per code").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("5").add()
                .property().name(SmsSettings.RESEND_COOLDOWN).label("Resend cooldown per phone (seconds)")
                .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("60").add()
                .property().name(SmsSettings.PER_PHONE_HOURLY).label("Texts per phone per hour").type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue("5").add()
                .property().name(SmsSettings.PER_IP_HOURLY).label("Texts per client IP per hour").type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue("20").add()
                .property().name(SmsSettings.DEFAULT_REGION).label("Default region").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("ISO 3166 code (e.g. CN, US) for numbers entered without a country code").add()
                .property().name(SmsSettings.VERIFY_OLD_PHONE).label("Verify old phone on change").type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue("true").add()
                .build();
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model) throws ComponentValidationException {
        String region = model.get(SmsSettings.DEFAULT_REGION);
        if (region != null && !region.isBlank() && !region.matches("[A-Z]{2}")) {
            throw new ComponentValidationException("Default region must be a two-letter ISO 3166 code");
        }
        String url = model.get(SmsSettings.HTTP_URL);
        if (url != null && !url.isBlank() && !url.matches("https?://.+")) {
            throw new ComponentValidationException("HTTP gateway URL must start with http:// or https://");
        }
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
