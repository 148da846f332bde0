package io.authpack.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Authing's {@code SecurityLevel}: score out of 100 (password 40, email 25, phone 25, second factor 10), what the account has, and the level of its password when it was last set (null if never assessed). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
public class SecurityLevel {
    private Integer score;
    private Boolean email;
    private Boolean phone;
    private Boolean password;
    private Integer passwordSecurityLevel;
    private Boolean mfa;

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public Boolean getEmail() {
        return email;
    }

    public void setEmail(Boolean email) {
        this.email = email;
    }

    public Boolean getPhone() {
        return phone;
    }

    public void setPhone(Boolean phone) {
        this.phone = phone;
    }

    public Boolean getPassword() {
        return password;
    }

    public void setPassword(Boolean password) {
        this.password = password;
    }

    public Integer getPasswordSecurityLevel() {
        return passwordSecurityLevel;
    }

    public void setPasswordSecurityLevel(Integer passwordSecurityLevel) {
        this.passwordSecurityLevel = passwordSecurityLevel;
    }

    public Boolean getMfa() {
        return mfa;
    }

    public void setMfa(Boolean mfa) {
        this.mfa = mfa;
    }
}
