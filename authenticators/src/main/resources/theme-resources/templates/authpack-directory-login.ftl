<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username', 'password'); section>
<!-- template: authpack-directory-login.ftl -->

    <#if section = "header">
        <#if authpackDirectoryKind == "ad">${msg("authpackAdLoginTitle")}<#else>${msg("authpackLdapLoginTitle")}</#if>
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <form id="kc-directory-login-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@field.input name="username" label=msg("authpackDirectoryUsername") error=kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc autofocus=true autocomplete="username" value=(login.username)!'' />
                <@field.password name="password" label=msg("password") error="" forgotPassword=false autocomplete="current-password" />
                <@buttons.loginButton />
            </form>
          </div>
        </div>
    </#if>

</@layout.registrationLayout>
