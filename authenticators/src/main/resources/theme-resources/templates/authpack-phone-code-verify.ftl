<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
<!-- template: authpack-phone-code-verify.ftl -->

    <#if section = "header">
        ${msg("authpackPhoneCodeVerifyTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <p id="kc-phone-code-sent" class="${properties.kcContentWrapperClass!}">${msg("authpackPhoneCodeSentTo", phoneCode.phone)}</p>
            <form id="kc-phone-code-verify-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@field.input name="code" label=msg("authpackVerificationCode") autocomplete="one-time-code" autofocus=true />
                <@buttons.loginButton />
            </form>
            <form id="kc-phone-code-options-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <div class="${properties.kcFormGroupClass!} pf-v5-u-mt-sm pf-v5-u-display-flex pf-v5-u-justify-content-space-between">
                    <button type="submit" id="kc-resend-code" name="resend" value="on" class="${properties.kcButtonLinkClass!} pf-m-inline"
                            data-resend-in="${phoneCode.resendIn?c}" data-label="${msg('authpackResendCode')}"
                            data-countdown-label="${msg('authpackResendCodeIn')}">${msg("authpackResendCode")}</button>
                    <button type="submit" id="kc-change-phone" name="changePhone" value="on" class="${properties.kcButtonLinkClass!} pf-m-inline">${msg("authpackUseAnotherNumber")}</button>
                </div>
            </form>
            <script src="${url.resourcesPath}/js/authpack-resend-countdown.js"></script>
          </div>
        </div>
    </#if>

</@layout.registrationLayout>
