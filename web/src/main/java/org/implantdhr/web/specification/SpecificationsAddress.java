package org.implantdhr.web.specification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The address of one view of the specifications page: its state lives in the address (code, a, b,
 * changed, from, draft), so that every view can be bookmarked and reloaded; each action posts and
 * redirects to such an address.
 */
final class SpecificationsAddress {

    private SpecificationsAddress() {}

    /** A redirect to the page; a and b only as a pair, from and draft when given. */
    static String of(
            String code, String a, String b, boolean onlyChanged, String from, String draft) {
        StringBuilder to =
                new StringBuilder("/qa/specifications?faces-redirect=true&code=")
                        .append(encoded(code));
        if (given(a) && given(b)) {
            to.append("&a=").append(encoded(a)).append("&b=").append(encoded(b));
            if (onlyChanged) {
                to.append("&changed=true");
            }
        }
        if (given(from)) {
            to.append("&from=").append(encoded(from));
        }
        if (given(draft)) {
            to.append("&draft=").append(encoded(draft));
        }
        return to.toString();
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(Objects.requireNonNullElse(value, ""), StandardCharsets.UTF_8);
    }
}
