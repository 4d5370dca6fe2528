package org.implantdhr.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The full release record as canonical JSON, embedded byte for byte in the certificate. */
public record MachineReadableRecord(String fileName, byte[] json) {
    public MachineReadableRecord {
        Objects.requireNonNull(fileName, "fileName");
        json = json.clone();
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public int size() {
        return json.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MachineReadableRecord that
                && fileName.equals(that.fileName)
                && java.util.Arrays.equals(json, that.json);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + java.util.Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        return "MachineReadableRecord["
                + fileName
                + ", "
                + new String(json, 0, Math.min(40, json.length), StandardCharsets.UTF_8)
                + "...]";
    }
}
