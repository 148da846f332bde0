package io.authpack.core.sms.twilio;

import java.util.Map;
import java.util.Set;

import org.keycloak.Config;

/** The server options one provider sees ({@code --spi-authpack-sms-sender--<id>--<key>}). */
final class MapScope extends Config.AbstractScope {
    private final Map<String, String> options;

    MapScope(Map<String, String> options) {
        this.options = options;
    }

    @Override
    public String get(String key) {
        return options.get(key);
    }

    @Override
    public Config.Scope scope(String... scope) {
        return new MapScope(Map.of());
    }

    @Override
    public Set<String> getPropertyNames() {
        return options.keySet();
    }

    @Override
    public Config.Scope root() {
        return this;
    }
}
