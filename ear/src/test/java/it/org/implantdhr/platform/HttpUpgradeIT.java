package it.org.implantdhr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A program that asks for an HTTP/2 upgrade without TLS (h2c: curl's http2 option, Java's
 * HttpClient by default) gets its answer, also when the request ends on an error page. With HTTP/2
 * on, Liberty answered "101 Switching Protocols" and then nothing: the client waited for ever
 * (ear/src/main/liberty/config/runtime.xml now serves HTTP/1.1 only). The request is written on a
 * plain socket, byte for byte what such a client sends, so that no HTTP client of the tests asks
 * for the upgrade.
 */
@ExtendWith(ArquillianExtension.class)
class HttpUpgradeIT {

    private static final int WAIT_MILLIS = 30_000;

    @ParameterizedTest
    @CsvSource({
        "/no-such-page, text/html, 404",
        "/no-such-page, application/json, 404",
        "/verify/a%2Fb, text/html, 400",
        "/verify/ca.pem, text/html, 200"
    })
    void anUpgradeRequestIsAnsweredInHttp11(String path, String accept, int status)
            throws IOException {
        URI base = URI.create(Api.BASE);
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(WAIT_MILLIS);
            socket.getOutputStream()
                    .write(
                            ("GET "
                                            + path
                                            + " HTTP/1.1\r\n"
                                            + "Host: "
                                            + base.getAuthority()
                                            + "\r\n"
                                            + "Connection: Upgrade, HTTP2-Settings\r\n"
                                            + "Upgrade: h2c\r\n"
                                            + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
                                            + "Accept: "
                                            + accept
                                            + "\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertThat(statusLine(socket.getInputStream()))
                    .as("the first line of the answer to an h2c upgrade of GET %s", path)
                    .startsWith("HTTP/1.1 " + status);
        }
    }

    /** The answer's first line, or what arrived before the server went silent. */
    private static String statusLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            return "no line within "
                    + WAIT_MILLIS
                    + " ms: "
                    + line.toString(StandardCharsets.US_ASCII);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }
}
