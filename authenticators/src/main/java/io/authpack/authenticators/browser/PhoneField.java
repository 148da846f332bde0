package io.authpack.authenticators.browser;

import java.util.HashMap;
import java.util.Map;

import io.authpack.core.sms.SmsSettings;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * The phone number input that both phone login forms share ({@code authpack-phone-field.ftl}): the
 * number as the user typed it, the calling code they picked, and the realm's default region, which
 * decides the calling code shown first.
 */
final class PhoneField {
    /** Form parameter with the number, national or international ("+44 …"). */
    static final String PHONE = "phone";
    /** Form parameter with the calling code ("+86"), Authing's phoneCountryCode. */
    static final String COUNTRY_CODE = "phoneCountryCode";
    /** Message shown on the field when the number cannot be a phone number. */
    static final String INVALID = "authpackPhoneInvalid";

    private PhoneField() {
    }

    /** Puts the field's state into the form as {@code phoneField}; {@code input} may be null for an empty field. */
    static LoginFormsProvider fill(LoginFormsProvider form, SmsSettings settings, MultivaluedMap<String, String> input) {
        Map<String, String> view = new HashMap<>();
        view.put("phone", first(input, PHONE));
        view.put("countryCode", first(input, COUNTRY_CODE));
        view.put("defaultRegion", settings.defaultRegion() == null ? "" : settings.defaultRegion());
        return form.setAttribute("phoneField", view);
    }

    private static String first(MultivaluedMap<String, String> input, String name) {
        String value = input == null ? null : input.getFirst(name);
        return value == null ? "" : value.trim();
    }
}
