package io.authpack.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Options of the login methods, as in Authing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
public class LoginOptions {

    /**
     * Create the account from the login credentials when it does not exist. Honoured by the email, username and
     * phone-password logins; {@code loginByPhoneCode} ignores it, as Authing's does.
     */
    private Boolean autoRegister;
    /** Id of the captcha image fetched from {@code GET /captcha}; needed once the server answered code 2000. */
    private String captchaId;
    /** The characters shown on that captcha image. */
    private String captchaCode;
    /** The end user's IP when logging in on their behalf from a server; honoured only for trusted confidential clients. */
    private String clientIp;
    /** Values for user-defined fields, written on login. */
    private Map<String, Object> customData;
    /** Arbitrary data handed to the server-side pipeline. */
    private Map<String, Object> context;
    /**
     * Country calling code of a phone login's number, e.g. {@code +86}, when the number is not already in
     * international form; ignored by the email and username logins.
     */
    private String phoneCountryCode;

    public Boolean getAutoRegister() {
        return autoRegister;
    }

    public void setAutoRegister(Boolean autoRegister) {
        this.autoRegister = autoRegister;
    }

    public LoginOptions autoRegister(Boolean autoRegister) {
        this.autoRegister = autoRegister;
        return this;
    }

    public String getCaptchaId() {
        return captchaId;
    }

    public void setCaptchaId(String captchaId) {
        this.captchaId = captchaId;
    }

    public LoginOptions captchaId(String captchaId) {
        this.captchaId = captchaId;
        return this;
    }

    public String getCaptchaCode() {
        return captchaCode;
    }

    public void setCaptchaCode(String captchaCode) {
        this.captchaCode = captchaCode;
    }

    public LoginOptions captchaCode(String captchaCode) {
        this.captchaCode = captchaCode;
        return this;
    }

    public String getClientIp() {
        return clientIp;
    }

    public void setClientIp(String clientIp) {
        this.clientIp = clientIp;
    }

    public LoginOptions clientIp(String clientIp) {
        this.clientIp = clientIp;
        return this;
    }

    public Map<String, Object> getCustomData() {
        return customData;
    }

    public void setCustomData(Map<String, Object> customData) {
        this.customData = customData;
    }

    public LoginOptions customData(Map<String, Object> customData) {
        this.customData = customData;
        return this;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public void setContext(Map<String, Object> context) {
        this.context = context;
    }

    public LoginOptions context(Map<String, Object> context) {
        this.context = context;
        return this;
    }

    public String getPhoneCountryCode() {
        return phoneCountryCode;
    }

    public void setPhoneCountryCode(String phoneCountryCode) {
        this.phoneCountryCode = phoneCountryCode;
    }

    public LoginOptions phoneCountryCode(String phoneCountryCode) {
        this.phoneCountryCode = phoneCountryCode;
        return this;
    }
}
