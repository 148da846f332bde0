<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "authpack-phone-field.ftl" as phone>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phone'); section>
<!-- template: authpack-phone-code.ftl -->

    <#if section = "header">
        ${msg("authpackPhoneCodeTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <form id="kc-phone-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@phone.input />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-send-code" name="sendCode" label="authpackSendCode" class=["kcButtonPrimaryClass", "kcButtonBlockClass"] />
                </@buttons.actionGroup>
            </form>
          </div>
        </div>
    </#if>

</@layout.registrationLayout>
