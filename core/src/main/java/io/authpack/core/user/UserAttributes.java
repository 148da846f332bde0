package io.authpack.core.user;

import java.util.List;

/**
 * Where each field of Authing's User lives in Keycloak.
 *
 * <p>Attribute names are the ones Keycloak's built-in client scopes already map to OIDC claims
 * (profile, phone, address), so standard tokens carry them without extra mappers. The table is the
 * single source for the REST layer (what a profile may write), the user mapper (what /me shows)
 * and the realm setup (what the user profile declares).
 */
public final class UserAttributes {
    public static final String PHONE_NUMBER = "phoneNumber";
    public static final String PHONE_NUMBER_VERIFIED = "phoneNumberVerified";
    public static final String PHONE_COUNTRY_CODE = "phoneCountryCode";
    public static final String LOGINS_COUNT = "loginsCount";
    public static final String LAST_LOGIN = "lastLogin";
    public static final String LAST_IP = "lastIP";
    public static final String UPDATED_AT = "updatedAt";
    public static final String PASSWORD_SECURITY_LEVEL = "passwordSecurityLevel";

    /**
     * One Authing profile field and the Keycloak attribute that stores it.
     *
     * @param field     the Authing field name (JSON)
     * @param attribute the Keycloak user attribute
     * @param validator the user-profile validator that checks its values beyond a length limit, or null
     */
    public record ProfileField(String field, String attribute, String validator) {
        public boolean builtIn() {
            return attribute.equals("firstName") || attribute.equals("lastName");
        }
    }

    /** Fields an end user may set at registration and in updateProfile. */
    public static final List<ProfileField> PROFILE_FIELDS = List.of(
            new ProfileField("nickname", "nickname", null),
            new ProfileField("photo", "picture", "uri"),
            new ProfileField("name", "name", null),
            new ProfileField("givenName", "firstName", null),
            new ProfileField("familyName", "lastName", null),
            new ProfileField("middleName", "middleName", null),
            new ProfileField("preferredUsername", "preferredUsername", null),
            new ProfileField("profile", "profile", "uri"),
            new ProfileField("website", "website", "uri"),
            new ProfileField("gender", "gender", "options"),
            new ProfileField("birthdate", "birthdate", "iso-date"),
            new ProfileField("zoneinfo", "zoneinfo", null),
            new ProfileField("locale", "locale", null),
            new ProfileField("address", "address", null),
            new ProfileField("formatted", "formatted", null),
            new ProfileField("streetAddress", "street", null),
            new ProfileField("locality", "locality", null),
            new ProfileField("region", "region", null),
            new ProfileField("postalCode", "postal_code", null),
            new ProfileField("city", "city", null),
            new ProfileField("province", "province", null),
            new ProfileField("country", "country", null),
            new ProfileField("company", "company", null),
            new ProfileField("browser", "browser", null),
            new ProfileField("device", "device", null));

    /** Attributes Authpack maintains itself: users see them, only admins and Authpack write them. */
    public static final List<String> SYSTEM_ATTRIBUTES = List.of(
            PHONE_NUMBER, PHONE_NUMBER_VERIFIED, PHONE_COUNTRY_CODE, LOGINS_COUNT, LAST_LOGIN, LAST_IP, UPDATED_AT,
            PASSWORD_SECURITY_LEVEL);

    /** Longest value accepted for a free-text profile attribute. */
    public static final int MAX_VALUE_LENGTH = 255;

    public static final List<String> GENDERS = List.of("M", "F", "U");

    private UserAttributes() {
    }

    public static ProfileField byField(String field) {
        for (ProfileField f : PROFILE_FIELDS) {
            if (f.field().equals(field)) {
                return f;
            }
        }
        return null;
    }
}
