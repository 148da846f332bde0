package io.authpack.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Authing's {@code CommonMessage}: the answer of calls that return no object, such as
 * {@link AuthenticationClient#sendSmsCode(String)} or {@link AuthenticationClient#resetPasswordByPhoneCode}.
 * A returned message always has code 200; failures are thrown as {@link AuthingException}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
public class CommonMessage {

    /** 200 on success, as in Authing. */
    private Integer code;
    /** Human-readable text, e.g. "Code sent". */
    private String message;

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

    @Override
    public String toString() {
        return "CommonMessage{code=" + code + ", message=" + message + "}";
    }
}
