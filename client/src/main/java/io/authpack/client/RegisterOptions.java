package io.authpack.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Options of the register methods, as in Authing.
 *
 * <p>{@code forceLogin} runs a full login after registering (login pipelines, login events, {@code loginsCount + 1});
 * {@code generateToken} only issues tokens. Either makes the register call return a logged-in user.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
public class RegisterOptions {

    private Boolean forceLogin;
    private Boolean generateToken;
    /** The end user's IP when registering on their behalf from a server; honoured only for trusted confidential clients. */
    private String clientIp;
    /** Values for user-defined fields; keys must be defined fields and values of the field's type. */
    private Map<String, Object> customData;
    /** Arbitrary data handed to the server-side pipeline. */
    private Map<String, Object> context;
    /**
     * Country calling code of the number given to {@code registerByPhoneCode}, e.g. {@code +86}, when that number
     * is not already in international form; ignored by the other register methods.
     */
    private String phoneCountryCode;

    public Boolean getForceLogin() {
        return forceLogin;
    }

    public void setForceLogin(Boolean forceLogin) {
        this.forceLogin = forceLogin;
    }

    public RegisterOptions forceLogin(Boolean forceLogin) {
        this.forceLogin = forceLogin;
        return this;
    }

    public Boolean getGenerateToken() {
        return generateToken;
    }

    public void setGenerateToken(Boolean generateToken) {
        this.generateToken = generateToken;
    }

    public RegisterOptions generateToken(Boolean generateToken) {
        this.generateToken = generateToken;
        return this;
    }

    public String getClientIp() {
        return clientIp;
    }

    public void setClientIp(String clientIp) {
        this.clientIp = clientIp;
    }

    public RegisterOptions clientIp(String clientIp) {
        this.clientIp = clientIp;
        return this;
    }

    public Map<String, Object> getCustomData() {
        return customData;
    }

    public void setCustomData(Map<String, Object> customData) {
        this.customData = customData;
    }

    public RegisterOptions customData(Map<String, Object> customData) {
        this.customData = customData;
        return this;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public void setContext(Map<String, Object> context) {
        this.context = context;
    }

    public RegisterOptions context(Map<String, Object> context) {
        this.context = context;
        return this;
    }

    public String getPhoneCountryCode() {
        return phoneCountryCode;
    }

    public void setPhoneCountryCode(String phoneCountryCode) {
        this.phoneCountryCode = phoneCountryCode;
    }

    public RegisterOptions phoneCountryCode(String phoneCountryCode) {
        this.phoneCountryCode = phoneCountryCode;
        return this;
    }
}
