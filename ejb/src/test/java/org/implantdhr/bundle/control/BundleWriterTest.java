package org.implantdhr.bundle.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CFR-11.10b")
class BundleWriterTest {

    @Test
    void eachEntryIsListedWithTheHashAndSizeOfTheBytesInTheArchive() throws Exception {
        var out = new ByteArrayOutputStream();
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        try (var zip = new BundleWriter(out)) {
            zip.add("a.txt", "hello".getBytes(StandardCharsets.UTF_8), Map.of("kind", "text"));
            zip.add(
                    "evidence/big.bin",
                    stream -> {
                        stream.write(big, 0, 1000);
                        stream.write(big, 1000, big.length - 1000);
                        stream.close(); // a careless writer must not end the archive
                    },
                    null);
            assertThat(zip.entries())
                    .extracting(BundleWriter.Entry::name)
                    .containsExactly("a.txt", "evidence/big.bin");
            assertThat(zip.entries().get(0).sha256())
                    .isEqualTo(sha256("hello".getBytes(StandardCharsets.UTF_8)));
            assertThat(zip.entries().get(0).size()).isEqualTo(5);
            assertThat(zip.entries().get(1).sha256()).isEqualTo(sha256(big));
            assertThat(zip.entries().get(1).size()).isEqualTo(big.length);
            zip.finish("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> read = unzip(out.toByteArray());
        assertThat(read.keySet()).containsExactly("a.txt", "evidence/big.bin", "manifest.json");
        assertThat(read.get("evidence/big.bin")).isEqualTo(big);
    }

    @Test
    @Tag("CFR-11.10a")
    void anEntryStoredWithAHashSaysWhetherItStillMatchesIt() throws Exception {
        byte[] content = "raw file".getBytes(StandardCharsets.UTF_8);
        var details = new LinkedHashMap<String, Object>();
        details.put(BundleWriter.STORED_SHA256, sha256(content));
        var tampered = new LinkedHashMap<String, Object>();
        tampered.put(BundleWriter.STORED_SHA256, "0".repeat(64));
        try (var zip = new BundleWriter(new ByteArrayOutputStream())) {
            assertThat(zip.add("ok.bin", content, details).details())
                    .containsEntry("matchesStored", true)
                    .doesNotContainKey(BundleWriter.STORED_SHA256);
            assertThat(zip.add("changed.bin", content, tampered).details())
                    .containsEntry("matchesStored", false);
            assertThat(zip.add("plain.bin", content, Map.of()).details())
                    .doesNotContainKey("matchesStored");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
