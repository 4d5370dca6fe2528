package org.implantdhr.web.certificate;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Whom a request counts against in the rate limit: an IPv4 address on its own, an IPv6 client by
 * its /64 network. A single IPv6 subscriber is usually given a whole /64 and can send each request
 * from another of its 2^64 addresses; counted per address, the limit would stop nobody. An
 * IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.7}) is the IPv4 client it maps.
 */
final class ClientNetwork {

    /** Only IP literals are parsed: never a name, which would be looked up in the DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientNetwork() {}

    /** "192.0.2.7", "2001:db8:1:2::/64"; what is not an IP address stays as it is. */
    static String of(String remoteAddress) {
        if (remoteAddress == null) {
            return "";
        }
        String literal = remoteAddress.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!IP_LITERAL.matcher(literal).matches()) {
            return remoteAddress;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return remoteAddress;
        }
        if (!(address instanceof Inet6Address)) {
            // an IPv4 address, also when it came IPv4-mapped: Java answers those as IPv4
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        var prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }
}
