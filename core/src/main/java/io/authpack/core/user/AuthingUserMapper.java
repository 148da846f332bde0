package io.authpack.core.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.authpack.core.directory.DirectoryKind;
import io.authpack.core.udf.UserDefinedFields;
import org.keycloak.component.ComponentModel;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.StorageId;

/**
 * Turns a Keycloak user into Authing's User shape: the one place that knows the mapping, so every
 * endpoint answers with the same fields, absent values as {@code null} and dates in ISO-8601.
 */
public final class AuthingUserMapper {
    private final KeycloakSession session;
    private final RealmModel realm;

    public AuthingUserMapper(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public Map<String, Object> toUser(UserModel user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", user.getId());
        out.put("username", user.getUsername());
        out.put("email", user.getEmail());
        out.put("emailVerified", user.isEmailVerified());
        out.put("phone", user.getFirstAttribute(UserAttributes.PHONE_NUMBER));
        out.put("phoneVerified", Boolean.parseBoolean(user.getFirstAttribute(UserAttributes.PHONE_NUMBER_VERIFIED)));
        out.put("phoneCountryCode", user.getFirstAttribute(UserAttributes.PHONE_COUNTRY_CODE));
        for (UserAttributes.ProfileField field : UserAttributes.PROFILE_FIELDS) {
            out.put(field.field(), attribute(user, field.attribute()));
        }
        out.put("lastIP", user.getFirstAttribute(UserAttributes.LAST_IP));
        out.put("loginsCount", parseInt(user.getFirstAttribute(UserAttributes.LOGINS_COUNT)));
        out.put("lastLogin", user.getFirstAttribute(UserAttributes.LAST_LOGIN));
        String created = iso(user.getCreatedTimestamp());
        out.put("signedUp", created);
        out.put("blocked", !user.isEnabled());
        out.put("createdAt", created);
        out.put("updatedAt", updatedAt(user, created));
        out.put("customData", new UserDefinedFields(session).read(user));
        out.put("identities", identities(user));
        return out;
    }

    private static String attribute(UserModel user, String name) {
        switch (name) {
            case "firstName":
                return user.getFirstName();
            case "lastName":
                return user.getLastName();
            default:
                return user.getFirstAttribute(name);
        }
    }

    private List<Map<String, Object>> identities(UserModel user) {
        List<Map<String, Object>> list = new ArrayList<>();
        session.users().getFederatedIdentitiesStream(realm, user).forEach(link -> {
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("provider", link.getIdentityProvider());
            id.put("userIdInIdp", link.getUserId());
            id.put("userId", user.getId());
            id.put("isSocial", true);
            id.put("type", "social");
            list.add(id);
        });
        String federationLink = user.getFederationLink();
        if (federationLink != null) {
            Map<String, Object> id = new LinkedHashMap<>();
            ComponentModel component = realm.getComponent(federationLink);
            id.put("provider", component == null ? "federation" : DirectoryKind.of(component).name().toLowerCase(Locale.ROOT));
            id.put("connectionName", component == null ? null : component.getName());
            id.put("userIdInIdp", user.getFirstAttribute("LDAP_ID"));
            id.put("userId", user.getId());
            id.put("connectionId", federationLink);
            id.put("isSocial", false);
            id.put("type", "directory");
            list.add(id);
        } else if (!StorageId.isLocalStorage(user.getId())) {
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("provider", StorageId.providerId(user.getId()));
            id.put("userIdInIdp", StorageId.externalId(user.getId()));
            id.put("userId", user.getId());
            id.put("isSocial", false);
            id.put("type", "storage");
            list.add(id);
        }
        return list;
    }

    private static String updatedAt(UserModel user, String fallback) {
        String seconds = user.getFirstAttribute(UserAttributes.UPDATED_AT);
        if (seconds == null) {
            return fallback;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds)).toString();
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Integer parseInt(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String iso(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
