package org.implantdhr.implantation.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the theatre types or scans: a serial, or the certificate's QR code, whose text is the
 * verification address {@code …/verify/{serial}} (with or without a query). Either gives the
 * serial.
 */
public final class SerialInput {

    private static final Pattern VERIFY_URL = Pattern.compile(".*/verify/([^/?#\\s]+).*");

    private SerialInput() {}

    public static String serialOf(String typedOrScanned) {
        if (typedOrScanned == null) {
            return null;
        }
        String text = typedOrScanned.strip();
        Matcher m = VERIFY_URL.matcher(text);
        if (m.matches()) {
            text = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        return text.toUpperCase(java.util.Locale.ROOT);
    }
}
