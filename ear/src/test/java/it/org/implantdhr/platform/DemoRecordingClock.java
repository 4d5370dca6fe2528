package it.org.implantdhr.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The token of the test server's demo recording clock, which the server publishes in its directory
 * in demo mode (see the application's DemoData): with it a fixture records on a clock set back to a
 * past moment ({@link Api#at}).
 */
final class DemoRecordingClock {

    private DemoRecordingClock() {}

    /** Read at each call: every deployment of the application makes a new token. */
    static String token() {
        Path file =
                Path.of(
                        System.getProperty("wlp.home", "target/liberty/wlp"),
                        "usr",
                        "servers",
                        System.getProperty("it.server.name", "implantdhr-it"),
                        "demo-recording-clock.token");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The test server's demo recording clock token is not readable", e);
        }
    }
}
