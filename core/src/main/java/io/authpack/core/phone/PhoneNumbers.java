package io.authpack.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.authpack.core.error.AuthingError;

/**
 * Parses phone numbers as people type them ("138 0000 0000", "+44 20 7946 0958", "(202) 555-0142")
 * into E.164 with libphonenumber, so the same phone is the same user whatever its spelling, and a
 * number that cannot exist is refused before any SMS is paid for.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * @param raw           the number as entered
     * @param countryCode   optional calling code ("+44" or "44"), Authing's phoneCountryCode
     * @param defaultRegion ISO region for national numbers, or null to require a country code
     * @return the number in E.164
     */
    public static String toE164(String raw, String countryCode, String defaultRegion) {
        if (raw == null || raw.isBlank() || raw.length() > 64) {
            throw AuthingError.BAD_PARAMETER.exception("phone is required");
        }
        String region = defaultRegion;
        if (countryCode != null && !countryCode.isBlank()) {
            String digits = countryCode.trim().startsWith("+") ? countryCode.trim().substring(1) : countryCode.trim();
            if (!digits.matches("\\d{1,3}")) {
                throw AuthingError.BAD_PARAMETER.exception("phoneCountryCode is not a calling code");
            }
            region = UTIL.getRegionCodeForCountryCode(Integer.parseInt(digits));
            if (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) || "ZZ".equals(region)) {
                throw AuthingError.BAD_PARAMETER.exception("phoneCountryCode is not a calling code");
            }
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw.trim(), region == null ? "ZZ" : region);
            if (!UTIL.isValidNumber(number)) {
                throw AuthingError.BAD_PARAMETER.exception("phone is not a valid phone number");
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw AuthingError.BAD_PARAMETER.exception("phone is not a valid phone number");
        }
    }

    /** The calling code of an E.164 number, as Authing's phoneCountryCode ("+86"). */
    public static String countryCode(String e164) {
        try {
            return "+" + UTIL.parse(e164, "ZZ").getCountryCode();
        } catch (NumberParseException e) {
            return null;
        }
    }
}
