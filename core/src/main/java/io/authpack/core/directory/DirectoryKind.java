package io.authpack.core.directory;

import org.keycloak.component.ComponentModel;
import org.keycloak.models.LDAPConstants;

/**
 * Authing's two directory logins: loginByLdap means the realm's LDAP user federations whose vendor
 * is not Active Directory, loginByAd those whose vendor is {@code ad}.
 */
public enum DirectoryKind {
    LDAP("authpack.ldapProvider"),
    AD("authpack.adProvider");

    private final String realmSetting;

    DirectoryKind(String realmSetting) {
        this.realmSetting = realmSetting;
    }

    /** The realm attribute that can pin this login to one federation provider (its id or display name). */
    public String realmSetting() {
        return realmSetting;
    }

    public boolean includes(ComponentModel federation) {
        boolean activeDirectory = LDAPConstants.VENDOR_ACTIVE_DIRECTORY.equals(federation.get(LDAPConstants.VENDOR));
        return this == AD ? activeDirectory : !activeDirectory;
    }

    public static DirectoryKind of(ComponentModel federation) {
        return AD.includes(federation) ? AD : LDAP;
    }
}
