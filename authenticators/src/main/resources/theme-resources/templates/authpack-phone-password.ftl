<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "authpack-phone-field.ftl" as phone>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phone', 'username', 'password'); section>
<!-- template: authpack-phone-password.ftl -->

    <#if section = "header">
        ${msg("authpackPhonePasswordTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <form id="kc-phone-password-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@phone.input />
                <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autocomplete="current-password" />
                <@buttons.loginButton />
            </form>
          </div>
        </div>
    </#if>

</@layout.registrationLayout>
