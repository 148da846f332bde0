package io.authpack.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Result of {@link AuthenticationClient#checkLoginStatus(String)}. Invalid or expired tokens are reported in-band
 * ({@code status == false}, code 2206 expired, 2207 invalid, 2020 no token), not thrown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
public class JwtTokenStatus {

    /** 200 when the token is valid. */
    private Integer code;
    private String message;
    /** Whether the token is valid. */
    private Boolean status;
    /** Expiry, seconds since the epoch. */
    private Long exp;
    /** Issue time, seconds since the epoch. */
    private Long iat;
    private JwtTokenStatusDetail data;

    public Integer getCode() {
        return code;
    }

    public void setCode(Integer code) {
        this.code = code;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Boolean getStatus() {
        return status;
    }

    public void setStatus(Boolean status) {
        this.status = status;
    }

    public Long getExp() {
        return exp;
    }

    public void setExp(Long exp) {
        this.exp = exp;
    }

    public Long getIat() {
        return iat;
    }

    public void setIat(Long iat) {
        this.iat = iat;
    }

    public JwtTokenStatusDetail getData() {
        return data;
    }

    public void setData(JwtTokenStatusDetail data) {
        this.data = data;
    }
}
