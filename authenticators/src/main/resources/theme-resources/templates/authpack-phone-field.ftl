<#import "field.ftl" as field>
<#--
  The phone number input of the Authpack phone login forms: a calling-code select and the number.
  Reads phoneField (phone, countryCode, defaultRegion), set by the authenticator. "Auto" leaves the
  calling code to the number itself ("+44 …") or to the realm's default region.
-->
<#assign callingCodes = [
  {"region": "CN", "code": "+86"},
  {"region": "HK", "code": "+852"},
  {"region": "MO", "code": "+853"},
  {"region": "TW", "code": "+886"},
  {"region": "SG", "code": "+65"},
  {"region": "MY", "code": "+60"},
  {"region": "JP", "code": "+81"},
  {"region": "KR", "code": "+82"},
  {"region": "US", "code": "+1"},
  {"region": "GB", "code": "+44"},
  {"region": "DE", "code": "+49"},
  {"region": "FR", "code": "+33"},
  {"region": "AU", "code": "+61"},
  {"region": "IN", "code": "+91"}
]>

<#macro input autofocus=true>
  <#local error = messagesPerField.getFirstError('phone', 'username', 'password')>
  <#local selected = "">
  <#list callingCodes as c>
    <#if phoneField.countryCode?has_content>
      <#if c.code == phoneField.countryCode && !selected?has_content><#local selected = c.region></#if>
    <#elseif c.region == phoneField.defaultRegion>
      <#local selected = c.region>
    </#if>
  </#list>
  <@field.group name="phone" label=msg("authpackPhoneNumber") error=error>
    <div class="${properties.kcInputGroup}">
      <div class="${properties.kcInputGroupItemClass}">
        <span class="${properties.kcInputClass}">
          <select id="phoneCountryCode" name="phoneCountryCode" aria-label="${msg('authpackPhoneCountryCode')}">
            <option value=""<#if !selected?has_content> selected</#if>>${msg("authpackPhoneCountryCodeAuto")}</option>
            <#list callingCodes as c>
              <option value="${c.code}"<#if c.region == selected> selected</#if>>${c.region} ${c.code}</option>
            </#list>
          </select>
          <span class="${properties.kcFormControlUtilClass}">
            <span class="${properties.kcFormControlToggleIcon!}">
              <svg class="pf-v5-svg" viewBox="0 0 320 512" fill="currentColor" aria-hidden="true" role="img" width="1em" height="1em">
                <path d="M31.3 192h257.3c17.8 0 26.7 21.5 14.1 34.1L174.1 354.8c-7.8 7.8-20.5 7.8-28.3 0L17.2 226.1C4.6 213.5 13.5 192 31.3 192z"></path>
              </svg>
            </span>
          </span>
        </span>
      </div>
      <div class="${properties.kcInputGroupItemClass} ${properties.kcFill}">
        <span class="${properties.kcInputClass} <#if error?has_content>${properties.kcError}</#if>">
          <input id="phone" name="phone" value="${phoneField.phone}" type="tel" inputmode="tel" autocomplete="tel-national"
                 <#if autofocus>autofocus</#if> aria-invalid="<#if error?has_content>true</#if>"/>
          <@field.errorIcon error=error/>
        </span>
      </div>
    </div>
  </@field.group>
</#macro>
