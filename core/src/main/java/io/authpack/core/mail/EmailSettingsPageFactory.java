package io.authpack.core.mail;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.ui.extend.UiPageProviderFactory;

/** The admin console page "Authpack email": the realm's {@link EmailSettings}. */
public final class EmailSettingsPageFactory implements UiPageProviderFactory<ComponentModel> {
    public static final String ID = "authpack-email";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Authpack email codes (sendEmail, resetPasswordByEmailCode): sender and limits. Mail goes through "
                + "the realm's SMTP settings.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(EmailSettings.SENDER).label("Sender").type(ProviderConfigProperty.LIST_TYPE)
                .options(SmtpMailSenderFactory.ID, ConsoleMailSenderFactory.ID).defaultValue(SmtpMailSenderFactory.ID)
                .helpText("smtp: the realm's SMTP server; console: prints codes to the server log (development only, "
                        + "must be enabled on the server)").add()
                .property().name(EmailSettings.CODE_LENGTH).label("Code length").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("6").add()
                .property().name(EmailSettings.CODE_TTL).label("Code validity (seconds)").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("600").add()
                .property().name(EmailSettings.MAX_ATTEMPTS).label("Wrong tries per code").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("5").add()
                .property().name(EmailSettings.RESEND_COOLDOWN).label("Resend cooldown per address (seconds)")
                .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("60").add()
                .property().name(EmailSettings.PER_EMAIL_HOURLY).label("Mails per address per hour").type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue("5").add()
                .property().name(EmailSettings.PER_IP_HOURLY).label("Mails per client IP per hour").type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue("20").add()
                .property().name(EmailSettings.VERIFY_OLD_EMAIL).label("Verify old email on change")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
                .build();
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
