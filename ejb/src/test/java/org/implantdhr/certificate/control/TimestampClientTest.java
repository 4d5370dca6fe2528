package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimestampClientTest {

    private static final byte[] DATA = "signature value".getBytes(StandardCharsets.US_ASCII);

    private static TestTimestampAuthority tsa;
    private TimestampClient client;

    @BeforeAll
    static void startTimestampAuthority() throws Exception {
        tsa = new TestTimestampAuthority();
    }

    @AfterAll
    static void stopTimestampAuthority() {
        tsa.close();
    }

    @BeforeEach
    void honestAuthority() {
        tsa.behave(TestTimestampAuthority.Behaviour.HONEST);
        client = new TimestampClient(tsa.uri(), Duration.ofSeconds(10));
    }

    @Test
    void returnsATokenOverTheSha256OfTheData() throws Exception {
        TimeStampToken token = client.timestamp(DATA);

        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(DATA));
        assertThat(token.getTimeStampInfo().getNonce()).isNotNull();
        assertThat(TimestampTokens.signerCertificate(token)).isPresent();
    }

    @Test
    void usesAFreshNonceForEveryRequest() {
        assertThat(client.timestamp(DATA).getTimeStampInfo().getNonce())
                .isNotEqualTo(client.timestamp(DATA).getTimeStampInfo().getNonce());
    }

    @Test
    void rejectsATokenForOtherData() {
        tsa.behave(TestTimestampAuthority.Behaviour.ANSWER_OTHER_IMPRINT);

        assertThatThrownBy(() -> client.timestamp(DATA))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("answered a different request")
                .hasMessageContaining("message imprint");
    }

    @Test
    void rejectsATokenWithoutOurNonce() {
        tsa.behave(TestTimestampAuthority.Behaviour.DROP_NONCE);

        assertThatThrownBy(() -> client.timestamp(DATA))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("nonce");
    }

    @Test
    void reportsARefusal() {
        tsa.behave(TestTimestampAuthority.Behaviour.REFUSE);

        assertThatThrownBy(() -> client.timestamp(DATA))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("refused the request")
                .hasMessageContaining("test TSA refuses");
    }

    @Test
    void reportsAnHttpError() {
        tsa.behave(TestTimestampAuthority.Behaviour.HTTP_ERROR);

        assertThatThrownBy(() -> client.timestamp(DATA))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("answered HTTP 500");
    }

    @Test
    void reportsAnUnreachableAuthority() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TimestampClient unreachable =
                new TimestampClient(
                        URI.create("http://127.0.0.1:" + closedPort + "/tsa"),
                        Duration.ofSeconds(2));

        assertThatThrownBy(() -> unreachable.timestamp(DATA))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("cannot be reached");
    }
}
