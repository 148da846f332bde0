package io.authpack.client;

/** Authing's {@code EmailScene} values for {@link AuthenticationClient#sendEmail(String, String)}. */
public final class EmailScene {
    public static final String RESET_PASSWORD = "RESET_PASSWORD";
    public static final String VERIFY_EMAIL = "VERIFY_EMAIL";
    public static final String CHANGE_EMAIL = "CHANGE_EMAIL";
    public static final String REGISTER_VERIFY_CODE = "REGISTER_VERIFY_CODE";
    public static final String LOGIN_VERIFY_CODE = "LOGIN_VERIFY_CODE";

    private EmailScene() {
    }
}
