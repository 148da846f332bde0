package io.authpack.client;

/**
 * The {@code scene} of {@link AuthenticationClient#sendSmsCode(String, String, String)}: what the code will be
 * used for. A code is only accepted by the call of its own scene, so a login code cannot reset a password.
 * Values are Authing's {@code SceneType} names that the Authpack server supports.
 */
public final class SmsScene {

    /** For {@link AuthenticationClient#loginByPhoneCode(String, String)}; sent for an existing account only. */
    public static final String LOGIN = "login";
    /** For {@link AuthenticationClient#registerByPhoneCode(String, String)}; refused (2035) for a taken number. */
    public static final String REGISTER = "register";
    /** For {@link AuthenticationClient#resetPasswordByPhoneCode(String, String, String)}. */
    public static final String RESET = "reset";
    /** For {@link AuthenticationClient#bindPhone(String, String)}; refused (2035) for a taken number. */
    public static final String BIND = "bind";
    /** For unbinding a phone number. */
    public static final String UNBIND = "unbind";
    /**
     * For {@link AuthenticationClient#updatePhone(String, String, String, String)}: both the new number's code and
     * the old number's code use this scene.
     */
    public static final String UPDATE = "update";

    private SmsScene() {
    }
}
