package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import org.junit.jupiter.api.Test;

/**
 * The admin-console pages "Authpack SMS" and "Authpack email" reach the console: the server lists
 * them as declarative-UI pages with their fields, and secrets are declared secret so the console masks them.
 */
class AdminPagesIT extends AuthpackIT {

    private JsonNode page(String id) {
        Http.Reply info = Http.get(server.baseUrl() + "/admin/serverinfo", admin.token());
        assertEquals(200, info.status());
        for (JsonNode page : info.json().path("componentTypes").path("org.keycloak.services.ui.extend.UiPageProvider")) {
            if (id.equals(page.path("id").asText())) {
                return page;
            }
        }
        return null;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("properties").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    @Test
    void smsPageListsTheGatewaysAndLimits() {
        JsonNode page = page("authpack-sms");
        assertNotNull(page, "Authpack SMS page is registered");
        List<String> names = names(page);
        assertTrue(names.containsAll(List.of("sender", "twilioAuthToken", "httpUrl", "codeLength", "codeTtlSeconds",
                "maxAttempts", "resendCooldownSeconds", "perPhoneHourly", "perIpHourly", "defaultRegion")), names.toString());
        for (JsonNode p : page.path("properties")) {
            if (p.path("name").asText().equals("sender")) {
                assertEquals("[\"twilio\",\"twilio-verify\",\"http\",\"console\"]", p.path("options").toString());
            }
            if (p.path("name").asText().equals("twilioAuthToken")) {
                assertTrue(p.path("secret").asBoolean(), "the auth token is masked by the console");
            }
        }
    }

    @Test
    void emailPageListsSenderAndLimits() {
        JsonNode page = page("authpack-email");
        assertNotNull(page, "Authpack email page is registered");
        assertTrue(names(page).containsAll(List.of("sender", "codeTtlSeconds", "perEmailHourly", "perIpHourly")));
    }
}
