package org.implantdhr.web.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void anIpv4ClientCountsOnItsOwn() {
        assertThat(ClientNetwork.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientNetwork.of("192.0.2.8")).isNotEqualTo(ClientNetwork.of("192.0.2.7"));
        assertThat(ClientNetwork.of("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6ClientsCountPerSlash64() {
        String one = ClientNetwork.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertThat(one).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:db8:1:2::1")).isEqualTo(one);
        assertThat(ClientNetwork.of("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo(one);
        assertThat(ClientNetwork.of("[2001:db8:1:2::42]")).isEqualTo(one);
        assertThat(ClientNetwork.of("2001:DB8:1:2::43")).isEqualTo(one);
        assertThat(ClientNetwork.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientNetwork.of("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(ClientNetwork.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4MappedIpv6AddressIsTheIpv4Client() {
        assertThat(ClientNetwork.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientNetwork.of("0:0:0:0:0:ffff:c000:207")).isEqualTo("192.0.2.7");
        assertThat(ClientNetwork.of("[::ffff:192.0.2.7]")).isEqualTo("192.0.2.7");
    }

    @Test
    void whatIsNoAddressStaysAsItIsAndIsNeverLookedUp() {
        assertThat(ClientNetwork.of("example.org")).isEqualTo("example.org");
        assertThat(ClientNetwork.of("")).isEqualTo("");
        assertThat(ClientNetwork.of(null)).isEqualTo("");
    }

    @Test
    void theLimitHoldsForAWholeSlash64() {
        var limiter = new ClientRateLimiter(3, 60_000_000_000L, 100, () -> 0L);
        for (int i = 1; i <= 3; i++) {
            assertThat(limiter.admit(ClientNetwork.of("2001:db8:7:7::" + i))).isZero();
        }
        assertThat(limiter.admit(ClientNetwork.of("2001:db8:7:7::99"))).isPositive();
        assertThat(limiter.admit(ClientNetwork.of("2001:db8:7:8::1"))).isZero();
        assertThat(limiter.admit(ClientNetwork.of("::ffff:198.51.100.1"))).isZero();
        assertThat(limiter.admit(ClientNetwork.of("198.51.100.1"))).isZero();
        assertThat(limiter.admit(ClientNetwork.of("198.51.100.1"))).isZero();
        assertThat(limiter.admit(ClientNetwork.of("::ffff:198.51.100.1"))).isPositive();
    }
}
