package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.SmsSink;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo realm's browser login pages, driven by a headless browser from demo-app's authorization
 * request to the redirect with the authorization code: username and password first, phone + SMS
 * code and phone + password under "Try Another Way".
 */
class BrowserPhoneLoginIT extends AuthpackIT {
    private static final String REDIRECT_URI = "http://localhost:3000/cb";

    private SmsSink sms;
    private WebClient browser;

    @BeforeEach
    void textsGoToTheSink() {
        sms = server.sms();
        sms.answerWith(200);
        admin.smsSettings("demo", Map.of("sender", "http", "httpUrl", sms.url(), "resendCooldownSeconds", "0",
                "perIpHourly", "1000"));
        browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnScriptError(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setPrintContentOnFailingStatusCode(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void phoneAndSmsCodeLogsInAndRedirectsWithAnAuthorizationCode() throws IOException {
        String phone = phoneUser();
        HtmlPage login = openLoginPage("");
        assertNotNull(login.getElementById("kc-form-login"), "the login page starts with username and password");

        HtmlPage phonePage = chooseMethod(login, "Phone and SMS code");
        assertEquals("Sign in with a text message code", title(phonePage));
        assertEquals("+86", selectedCallingCode(phonePage), "the realm's default region is preselected");
        HtmlPage codePage = sendCode(phonePage, phone.substring(3));
        assertEquals("Enter the verification code", title(codePage));
        assertTrue(codePage.asNormalizedText().contains("Enter the code sent to " + phone), codePage.asNormalizedText());

        Page done = signInWithCode(codePage, sms.lastCode(phone, "login"));
        assertRedirectedWithCode(done);
    }

    @Test
    void wrongCodeShowsTheErrorAndStaysOnTheCodePage() throws IOException {
        String phone = phoneUser();
        HtmlPage codePage = sendCode(chooseMethod(openLoginPage(""), "Phone and SMS code"), phone);
        String code = sms.lastCode(phone, "login");

        HtmlPage again = (HtmlPage) signInWithCode(codePage, wrong(code));
        assertEquals("Enter the verification code", title(again));
        assertTrue(again.asNormalizedText().contains("The code is wrong or has expired."), again.asNormalizedText());
        assertNotNull(again.getElementById("code"));

        assertRedirectedWithCode(signInWithCode(again, code));
    }

    @Test
    void numberWithoutAnAccountGetsTheSamePagesButNoText() throws IOException {
        String nobody = uniquePhone();
        HtmlPage codePage = sendCode(chooseMethod(openLoginPage(""), "Phone and SMS code"), nobody);
        assertEquals("Enter the verification code", title(codePage));
        assertTrue(codePage.asNormalizedText().contains("Enter the code sent to " + nobody));
        assertTrue(sms.messagesTo(nobody).isEmpty(), "nothing is texted to a number without an account");

        HtmlPage refused = (HtmlPage) signInWithCode(codePage, "123456");
        assertTrue(refused.asNormalizedText().contains("The code is wrong or has expired."), refused.asNormalizedText());
    }

    @Test
    void wrongCodesCountTowardsTheAccountLockout() throws IOException, InterruptedException {
        String phone = phoneUser();
        String userId = userIdOf(phone);
        HtmlPage page = sendCode(chooseMethod(openLoginPage(""), "Phone and SMS code"), phone);
        String code = sms.lastCode(phone, "login");
        for (int i = 0; i < 5; i++) {
            page = (HtmlPage) signInWithCode(page, wrong(code));
        }
        awaitLockout(userId);

        page = resend(page);
        HtmlPage refused = (HtmlPage) signInWithCode(page, sms.lastCode(phone, "login"));
        assertTrue(refused.asNormalizedText().contains("The code is wrong or has expired."),
                "a locked account is refused before its code is checked, with the same message");
    }

    @Test
    void resendWaitsForTheCooldownAndARefusalSaysHowLong() throws IOException {
        admin.smsSettings("demo", Map.of("resendCooldownSeconds", "30"));
        String phone = phoneUser();
        HtmlPage codePage = sendCode(chooseMethod(openLoginPage(""), "Phone and SMS code"), phone);
        browser.waitForBackgroundJavaScript(1500);
        HtmlButton resend = codePage.getHtmlElementById("kc-resend-code");
        assertTrue(resend.isDisabled(), "the countdown script disables resend");
        assertTrue(resend.asNormalizedText().matches("Resend code \\((29|30)s\\)"), resend.asNormalizedText());

        HtmlPage phonePage = codePage.<HtmlButton>getHtmlElementById("kc-change-phone").click();
        assertEquals("Sign in with a text message code", title(phonePage));
        HtmlPage refused = sendCode(phonePage, phone);
        assertEquals("Sign in with a text message code", title(refused));
        assertTrue(refused.asNormalizedText().contains("Too many code requests. Please wait 30 seconds and try again."),
                refused.asNormalizedText());
        assertEquals(1, sms.messagesTo(phone).size());
    }

    @Test
    void phoneAndPasswordLogsIn() throws IOException {
        String phone = phoneUser();
        HtmlPage page = chooseMethod(openLoginPage(""), "Phone and password");
        assertEquals("Sign in with phone and password", title(page));
        fillPhoneAndPassword(page, phone, PASSWORD);
        assertRedirectedWithCode(submitWithoutFollowing(page.getHtmlElementById("kc-login")));
    }

    @Test
    void wrongPasswordAndUnknownNumberGetTheSameMessage() throws IOException {
        String phone = phoneUser();
        HtmlPage page = chooseMethod(openLoginPage(""), "Phone and password");

        fillPhoneAndPassword(page, phone, "Not-the-password-1");
        HtmlPage wrongPassword = page.<HtmlButton>getHtmlElementById("kc-login").click();
        assertTrue(wrongPassword.asNormalizedText().contains("Invalid phone number or password."), wrongPassword.asNormalizedText());
        assertEquals(phone, wrongPassword.getElementById("phone").getAttribute("value"), "the number is kept");

        fillPhoneAndPassword(wrongPassword, uniquePhone(), PASSWORD);
        HtmlPage unknown = wrongPassword.<HtmlButton>getHtmlElementById("kc-login").click();
        assertTrue(unknown.asNormalizedText().contains("Invalid phone number or password."), unknown.asNormalizedText());
    }

    @Test
    void pagesFollowUiLocales() throws IOException {
        HtmlPage login = openLoginPage("&ui_locales=zh-CN");
        HtmlPage phonePage = chooseMethod(login, "\u624b\u673a\u53f7\u548c\u77ed\u4fe1\u9a8c\u8bc1\u7801");
        assertEquals("\u77ed\u4fe1\u9a8c\u8bc1\u7801\u767b\u5f55", title(phonePage));
        String text = phonePage.asNormalizedText();
        assertTrue(text.contains("\u624b\u673a\u53f7"), text);
        assertTrue(text.contains("\u53d1\u9001\u9a8c\u8bc1\u7801"), text);
        assertFalse(text.contains("Send code"), text);
    }

    // --- the browser's steps

    /** demo-app's authorization request (PKCE S256), answered with the realm's login page. */
    private HtmlPage openLoginPage(String extraParameters) throws IOException {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String url = server.baseUrl() + "/realms/demo/protocol/openid-connect/auth?client_id=demo-app&response_type=code"
                + "&scope=openid&state=x&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256" + extraParameters;
        HtmlPage page = browser.getPage(url);
        assertEquals(200, page.getWebResponse().getStatusCode(), page.asNormalizedText());
        return page;
    }

    /** "Try Another Way", then the method with this display name. */
    private HtmlPage chooseMethod(HtmlPage page, String displayName) throws IOException {
        page.<HtmlElement>getHtmlElementById("try-another-way").click();
        HtmlPage selection = current();
        HtmlElement option = selection.getFirstByXPath("//div[contains(@class,'select-auth-box-parent')]"
                + "[.//h2[normalize-space()='" + displayName + "']]");
        assertNotNull(option, "no method '" + displayName + "' on " + selection.asNormalizedText());
        option.click();
        return current();
    }

    private HtmlPage sendCode(HtmlPage phonePage, String phone) throws IOException {
        phonePage.<HtmlInput>getHtmlElementById("phone").setValue(phone);
        return phonePage.<HtmlButton>getHtmlElementById("kc-send-code").click();
    }

    private HtmlPage resend(HtmlPage codePage) throws IOException {
        return codePage.<HtmlButton>getHtmlElementById("kc-resend-code").click();
    }

    /** Submits the code; the answer is not followed if it redirects, as localhost:3000 does not exist. */
    private Page signInWithCode(HtmlPage codePage, String code) throws IOException {
        codePage.<HtmlInput>getHtmlElementById("code").setValue(code);
        return submitWithoutFollowing(codePage.getHtmlElementById("kc-login"));
    }

    private void fillPhoneAndPassword(HtmlPage page, String phone, String password) throws IOException {
        page.<HtmlInput>getHtmlElementById("phone").setValue(phone);
        page.<HtmlInput>getHtmlElementById("password").setValue(password);
    }

    private Page submitWithoutFollowing(HtmlElement button) throws IOException {
        browser.getOptions().setRedirectEnabled(false);
        try {
            return button.click();
        } finally {
            browser.getOptions().setRedirectEnabled(true);
        }
    }

    private HtmlPage current() {
        browser.waitForBackgroundJavaScript(200);
        return (HtmlPage) browser.getCurrentWindow().getEnclosedPage();
    }

    private static void assertRedirectedWithCode(Page page) {
        assertEquals(302, page.getWebResponse().getStatusCode(), page.getWebResponse().getContentAsString());
        String location = page.getWebResponse().getResponseHeaderValue("Location");
        assertTrue(location.startsWith(REDIRECT_URI + "?"), location);
        assertTrue(location.contains("state=x"), location);
        assertTrue(location.contains("code="), location);
    }

    private static String title(HtmlPage page) {
        return page.getElementById("kc-page-title").asNormalizedText();
    }

    private static String selectedCallingCode(HtmlPage page) {
        HtmlElement selected = page.getFirstByXPath("//select[@id='phoneCountryCode']/option[@selected]");
        return selected == null ? "" : selected.getAttribute("value");
    }

    // --- fixtures

    /** A user with a verified phone and a password, made by the administrator; returns the phone. */
    private String phoneUser() {
        String phone = uniquePhone();
        admin.createUser("demo", Map.of("username", "browser-" + phone.substring(1), "enabled", true,
                "attributes", Map.of("phoneNumber", List.of(phone), "phoneNumberVerified", List.of("true")),
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        return phone;
    }

    private String userIdOf(String phone) {
        return admin.get("/demo/users?exact=true&username=browser-" + phone.substring(1)).json().get(0).get("id").asText();
    }

    private void awaitLockout(String userId) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (admin.get("/demo/attack-detection/brute-force/users/" + userId).json().path("disabled").asBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("five wrong codes did not lock the account");
    }

    private static String uniquePhone() {
        return "+86138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String wrong(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
