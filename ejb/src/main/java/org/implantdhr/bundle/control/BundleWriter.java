package org.implantdhr.bundle.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a ZIP entry by entry straight to the client, hashing each entry's bytes as they pass, so
 * that the manifest written last names the SHA-256 of exactly what is in the archive. Nothing but
 * the entry being written is held in memory.
 */
public final class BundleWriter implements AutoCloseable {

    /**
     * One entry as the manifest lists it; {@code details} says what it is (stored hash, status,
     * ...).
     */
    public record Entry(String name, long size, String sha256, Map<String, Object> details) {}

    /**
     * A detail naming the SHA-256 stored with the content: the manifest then says, as
     * "matchesStored", whether the bytes in the archive still hash to it (and the detail itself is
     * not repeated).
     */
    public static final String STORED_SHA256 = "_storedSha256";

    private final ZipOutputStream zip;
    private final List<Entry> entries = new ArrayList<>();

    public BundleWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    public Entry add(String name, byte[] content, Map<String, Object> details) throws IOException {
        return add(name, out -> out.write(content), details);
    }

    /** The content is written by {@code writer} to a stream that must not be closed by it. */
    public Entry add(String name, ContentWriter writer, Map<String, Object> details)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha256 = sha256();
        var counting = new CountingStream(new DigestOutputStream(new Unclosable(zip), sha256));
        writer.write(counting);
        counting.flush();
        zip.closeEntry();
        String hash = HexFormat.of().formatHex(sha256.digest());
        var listed =
                details == null
                        ? new LinkedHashMap<String, Object>()
                        : new LinkedHashMap<>(details);
        Object stored = listed.remove(STORED_SHA256);
        if (stored != null) {
            listed.put("matchesStored", hash.equals(stored));
        }
        var entry = new Entry(name, counting.count, hash, listed);
        entries.add(entry);
        return entry;
    }

    /** What was written so far, in order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The last entry, not listed in itself (it cannot name its own hash). */
    public void finish(String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    /** Writes one entry's content. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** An entry's writer must not close the archive underneath. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
