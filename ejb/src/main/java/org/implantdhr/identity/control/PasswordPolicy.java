package org.implantdhr.identity.control;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * What a password must be (21 CFR 11.300; NIST SP 800-63B §5.1.1.2): at least 12 characters, not
 * the user name, not one of the passwords people choose most — nor such a password with digits or
 * signs added — and not a single character or two repeated, nor a run such as 123456789012. No rule
 * of the kind "one digit, one capital": length and the list do more.
 *
 * <p>The list of common passwords ships with the product: the 30,000 most frequent passwords of the
 * "10 million passwords" list (xato.net, 2015) as the zxcvbn4j library carries it
 * (com.nulab-inc:zxcvbn, MIT licence, a Maven dependency of this module), compared without regard
 * to case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1000;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /**
     * Refuses a password that breaks a rule, naming the field and the rule — never the password.
     */
    public static void check(String username, char[] password, String field) {
        if (password == null || password.length == 0) {
            throw new InvalidRequestException(field, "A password is required");
        }
        String candidate = new String(password);
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            throw new InvalidRequestException(
                    field, "A password has at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidRequestException(
                    field, "A password has at most " + MAX_LENGTH + " characters");
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null && lower.strip().equals(username.toLowerCase(Locale.ROOT).strip())) {
            throw new InvalidRequestException(field, "A password must not be the user name");
        }
        if (candidate.codePoints().distinct().count() < 3) {
            throw new InvalidRequestException(
                    field, "A password must not repeat one or two characters only");
        }
        if (sequence(lower)) {
            throw new InvalidRequestException(
                    field,
                    "A password must not be a run of letters or digits such as 123456789012");
        }
        if (common(lower)) {
            throw new InvalidRequestException(
                    field,
                    "This password is one of those people choose most and is guessed first: choose"
                            + " another, e.g. a few unrelated words");
        }
    }

    /** Each character the next (or the one before) of the one before it: abcdef…, 9876…, 8901…. */
    static boolean sequence(String lower) {
        int[] c = lower.codePoints().toArray();
        int direction = 0;
        for (int i = 1; i < c.length; i++) {
            int step = c[i] - c[i - 1];
            if (Character.isDigit(c[i]) && Character.isDigit(c[i - 1]) && Math.abs(step) == 9) {
                step = -Integer.signum(step); // 9 then 0, or 0 then 9
            }
            if (Math.abs(step) != 1 || direction != 0 && step != direction) {
                return false;
            }
            direction = step;
        }
        return true;
    }

    /** On the list as it is, or with digits and signs stripped from its ends (password1234). */
    static boolean common(String lower) {
        String stem = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return COMMON.contains(lower) || (stem.length() >= 4 && COMMON.contains(stem));
    }

    private static Set<String> load() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .map(p -> p.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords could not be read", e);
        }
    }
}
