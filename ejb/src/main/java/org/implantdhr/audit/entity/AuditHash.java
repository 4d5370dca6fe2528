package org.implantdhr.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over an entry's sequence number, the previous entry's hash and every field of its
 * content, each length-prefixed so that no two different entries can produce the same input.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    public static String of(long seq, String previousHash, AuditRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part :
                    new String[] {
                        Long.toString(seq),
                        previousHash,
                        r.occurredAt().toString(),
                        r.actor(),
                        r.action(),
                        r.recordType(),
                        Long.toString(r.recordId()),
                        r.recordLabel(),
                        r.fieldName(),
                        r.oldValue(),
                        r.newValue(),
                        r.reason()
                    }) {
                byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                sha.update(
                        (part == null ? "-1:" : bytes.length + ":")
                                .getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
