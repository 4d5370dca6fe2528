package org.implantdhr.certificate.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's pdfsig as an independent verifier. It exits 0 even on a digest mismatch: read the text.
 */
final class Pdfsig {

    private Pdfsig() {}

    static String verify(byte[] pdf, Path workDirectory) throws IOException, InterruptedException {
        assumeTrue(installed(), "pdfsig is not installed (apt-get install poppler-utils)");
        Path file = Files.write(workDirectory.resolve("signed-" + System.nanoTime() + ".pdf"), pdf);
        Process process =
                new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pdfsig did not finish within 60 s");
        }
        return output;
    }

    private static boolean installed() {
        try {
            Process process = new ProcessBuilder("pdfsig", "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
