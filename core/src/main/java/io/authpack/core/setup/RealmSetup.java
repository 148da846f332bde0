package io.authpack.core.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.authpack.core.error.AuthingError;
import io.authpack.core.user.UserAttributes;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowBindings;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.userprofile.UserProfileProvider;

/**
 * Enables Authpack on an existing realm: the direct-grant flow, the user-profile attributes of the
 * Authing User, the event listener, and optionally binds clients to the flow.
 *
 * <p>Idempotent: each step only adds what is missing and reports what it changed, so running it
 * again after an upgrade is safe and an administrator's own edits (requirements, validators,
 * extra executions) are kept.
 */
public final class RealmSetup {
    public static final String DIRECT_GRANT_FLOW = "authpack direct grant";
    public static final String LOGIN_METHOD_AUTHENTICATOR = "authpack-login-method";
    public static final String EVENT_LISTENER = "authpack";

    private static final Set<String> USER_AND_ADMIN = Set.of("admin", "user");
    private static final Set<String> ADMIN = Set.of("admin");

    private final KeycloakSession session;
    private final RealmModel realm;

    public RealmSetup(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** @return a report: the flow id and every item this run added */
    public Map<String, Object> apply(List<String> clientIds) {
        List<ClientModel> clients = new ArrayList<>();
        for (String clientId : clientIds) {
            ClientModel client = realm.getClientByClientId(clientId);
            if (client == null) {
                throw AuthingError.BAD_PARAMETER.exception("No client '" + clientId + "' in this realm");
            }
            clients.add(client);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        AuthenticationFlowModel flow = ensureDirectGrantFlow(changes);
        ensureUserProfile(changes);
        ensureEventListener(changes);
        for (ClientModel client : clients) {
            bind(client, flow, changes);
        }
        report.put("directGrantFlow", Map.of("alias", flow.getAlias(), "id", flow.getId()));
        report.put("changes", changes);
        return report;
    }

    private AuthenticationFlowModel ensureDirectGrantFlow(List<String> changes) {
        AuthenticationFlowModel flow = realm.getFlowByAlias(DIRECT_GRANT_FLOW);
        if (flow == null) {
            flow = new AuthenticationFlowModel();
            flow.setAlias(DIRECT_GRANT_FLOW);
            flow.setDescription("Authpack logins at the token endpoint, chosen by the login_method parameter");
            flow.setProviderId("basic-flow");
            flow.setTopLevel(true);
            flow.setBuiltIn(false);
            flow = realm.addAuthenticationFlow(flow);
            changes.add("flow '" + DIRECT_GRANT_FLOW + "' created");
        }
        String flowId = flow.getId();
        boolean present = realm.getAuthenticationExecutionsStream(flowId)
                .anyMatch(e -> LOGIN_METHOD_AUTHENTICATOR.equals(e.getAuthenticator()));
        if (!present) {
            AuthenticationExecutionModel execution = new AuthenticationExecutionModel();
            execution.setParentFlow(flowId);
            execution.setAuthenticator(LOGIN_METHOD_AUTHENTICATOR);
            execution.setRequirement(AuthenticationExecutionModel.Requirement.REQUIRED);
            execution.setPriority(20);
            execution.setAuthenticatorFlow(false);
            realm.addAuthenticatorExecution(execution);
            changes.add("execution '" + LOGIN_METHOD_AUTHENTICATOR + "' added");
        }
        return flow;
    }

    private void ensureUserProfile(List<String> changes) {
        UserProfileProvider provider = session.getProvider(UserProfileProvider.class);
        UPConfig config = provider.getConfiguration();
        List<String> added = new ArrayList<>();
        for (UserAttributes.ProfileField field : UserAttributes.PROFILE_FIELDS) {
            if (!field.builtIn() && config.getAttribute(field.attribute()) == null) {
                config.addOrReplaceAttribute(profileAttribute(field));
                added.add(field.attribute());
            }
        }
        for (String name : UserAttributes.SYSTEM_ATTRIBUTES) {
            if (config.getAttribute(name) == null) {
                UPAttribute attribute = new UPAttribute(name, new UPAttributePermissions(USER_AND_ADMIN, ADMIN));
                attribute.setAnnotations(Map.of("authpack", "system"));
                config.addOrReplaceAttribute(attribute);
                added.add(name);
            }
        }
        List<String> relaxed = new ArrayList<>();
        for (String name : List.of(UserModel.EMAIL, UserModel.FIRST_NAME, UserModel.LAST_NAME)) {
            UPAttribute attribute = config.getAttribute(name);
            if (attribute != null && attribute.getRequired() != null) {
                attribute.setRequired(null);
                relaxed.add(name);
            }
        }
        if (!added.isEmpty() || !relaxed.isEmpty()) {
            provider.setConfiguration(config);
        }
        if (!added.isEmpty()) {
            changes.add("user-profile attributes declared: " + String.join(", ", added));
        }
        if (!relaxed.isEmpty()) {
            changes.add("user-profile attributes made optional (Authing users may have only a username or a phone): " + String.join(", ", relaxed));
        }
    }

    private static UPAttribute profileAttribute(UserAttributes.ProfileField field) {
        UPAttribute attribute = new UPAttribute(field.attribute(), new UPAttributePermissions(USER_AND_ADMIN, USER_AND_ADMIN));
        attribute.setDisplayName(field.field());
        attribute.setAnnotations(Map.of("authpack", "profile"));
        attribute.addValidation("length", Map.of("max", UserAttributes.MAX_VALUE_LENGTH));
        if ("uri".equals(field.validator())) {
            attribute.addValidation("uri", Map.of());
        } else if ("options".equals(field.validator())) {
            attribute.addValidation("options", Map.of("options", UserAttributes.GENDERS));
        } else if ("iso-date".equals(field.validator())) {
            attribute.addValidation("iso-date", Map.of());
        }
        return attribute;
    }

    private void ensureEventListener(List<String> changes) {
        Set<String> listeners = realm.getEventsListenersStream().collect(Collectors.toCollection(LinkedHashSet::new));
        if (listeners.add(EVENT_LISTENER)) {
            realm.setEventsListeners(listeners);
            changes.add("event listener '" + EVENT_LISTENER + "' enabled");
        }
    }

    private void bind(ClientModel client, AuthenticationFlowModel flow, List<String> changes) {
        if (!flow.getId().equals(client.getAuthenticationFlowBindingOverride(AuthenticationFlowBindings.DIRECT_GRANT_BINDING))) {
            client.setAuthenticationFlowBindingOverride(AuthenticationFlowBindings.DIRECT_GRANT_BINDING, flow.getId());
            changes.add("client '" + client.getClientId() + "' bound to '" + DIRECT_GRANT_FLOW + "'");
        }
        if (!client.isDirectAccessGrantsEnabled()) {
            client.setDirectAccessGrantsEnabled(true);
            changes.add("client '" + client.getClientId() + "' direct access grants enabled");
        }
    }
}
