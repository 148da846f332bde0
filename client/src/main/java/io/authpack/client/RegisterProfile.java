package io.authpack.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Profile attributes set on the account at registration; Authing's {@code RegisterProfile} without the
 * {@code udf}, {@code oauth} and {@code ip} members (use {@link RegisterOptions#setCustomData} and
 * {@link RegisterOptions#setClientIp} instead).
 *
 * <p>Every attribute has a bean setter and a fluent one, so profiles can be written inline:
 * {@code new RegisterProfile().nickname("Ann").gender("F")}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
public class RegisterProfile {

    private String nickname;
    private String company;
    private String photo;
    private String device;
    private String browser;
    private String name;
    private String givenName;
    private String familyName;
    private String middleName;
    private String profile;
    private String preferredUsername;
    private String website;
    /** {@code "M"}, {@code "F"} or {@code "U"}. */
    private String gender;
    /** ISO-8601 date, e.g. {@code 1990-01-31}. */
    private String birthdate;
    private String zoneinfo;
    private String locale;
    private String address;
    private String formatted;
    private String streetAddress;
    private String locality;
    private String region;
    private String postalCode;
    private String city;
    private String province;
    private String country;
    /** Username to set on an account registered by email. */
    private String username;
    /** Accepted for parity with Authing; the server currently ignores it (an email needs its own proof). */
    private String email;

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public RegisterProfile nickname(String nickname) {
        this.nickname = nickname;
        return this;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public RegisterProfile company(String company) {
        this.company = company;
        return this;
    }

    public String getPhoto() {
        return photo;
    }

    public void setPhoto(String photo) {
        this.photo = photo;
    }

    public RegisterProfile photo(String photo) {
        this.photo = photo;
        return this;
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public RegisterProfile device(String device) {
        this.device = device;
        return this;
    }

    public String getBrowser() {
        return browser;
    }

    public void setBrowser(String browser) {
        this.browser = browser;
    }

    public RegisterProfile browser(String browser) {
        this.browser = browser;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RegisterProfile name(String name) {
        this.name = name;
        return this;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public RegisterProfile givenName(String givenName) {
        this.givenName = givenName;
        return this;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public RegisterProfile familyName(String familyName) {
        this.familyName = familyName;
        return this;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public RegisterProfile middleName(String middleName) {
        this.middleName = middleName;
        return this;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public RegisterProfile profile(String profile) {
        this.profile = profile;
        return this;
    }

    public String getPreferredUsername() {
        return preferredUsername;
    }

    public void setPreferredUsername(String preferredUsername) {
        this.preferredUsername = preferredUsername;
    }

    public RegisterProfile preferredUsername(String preferredUsername) {
        this.preferredUsername = preferredUsername;
        return this;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public RegisterProfile website(String website) {
        this.website = website;
        return this;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public RegisterProfile gender(String gender) {
        this.gender = gender;
        return this;
    }

    public String getBirthdate() {
        return birthdate;
    }

    public void setBirthdate(String birthdate) {
        this.birthdate = birthdate;
    }

    public RegisterProfile birthdate(String birthdate) {
        this.birthdate = birthdate;
        return this;
    }

    public String getZoneinfo() {
        return zoneinfo;
    }

    public void setZoneinfo(String zoneinfo) {
        this.zoneinfo = zoneinfo;
    }

    public RegisterProfile zoneinfo(String zoneinfo) {
        this.zoneinfo = zoneinfo;
        return this;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public RegisterProfile locale(String locale) {
        this.locale = locale;
        return this;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public RegisterProfile address(String address) {
        this.address = address;
        return this;
    }

    public String getFormatted() {
        return formatted;
    }

    public void setFormatted(String formatted) {
        this.formatted = formatted;
    }

    public RegisterProfile formatted(String formatted) {
        this.formatted = formatted;
        return this;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public RegisterProfile streetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
        return this;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public RegisterProfile locality(String locality) {
        this.locality = locality;
        return this;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public RegisterProfile region(String region) {
        this.region = region;
        return this;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public RegisterProfile postalCode(String postalCode) {
        this.postalCode = postalCode;
        return this;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public RegisterProfile city(String city) {
        this.city = city;
        return this;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public RegisterProfile province(String province) {
        this.province = province;
        return this;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public RegisterProfile country(String country) {
        this.country = country;
        return this;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public RegisterProfile username(String username) {
        this.username = username;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public RegisterProfile email(String email) {
        this.email = email;
        return this;
    }
}
