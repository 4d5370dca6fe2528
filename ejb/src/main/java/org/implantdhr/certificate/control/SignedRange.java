package org.implantdhr.certificate.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * A signature's /ByteRange [start1 length1 start2 length2] laid over the file: the two signed
 * pieces and, between them, the gap that must hold nothing but the hex-encoded signature.
 */
final class SignedRange {

    private final int[] range;

    SignedRange(int[] byteRange) {
        this.range = byteRange.clone();
    }

    /**
     * A well-formed range starts at 0, leaves a gap of exactly one hex string ({@code <…>}) and
     * stays within the file; anything else could let unsigned content pass as signed.
     */
    boolean isWellFormedIn(byte[] file) {
        if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[3] < 0) {
            return false;
        }
        long gapEnd = range[2];
        long end = gapEnd + range[3];
        if (gapEnd <= range[1] + 1L || end > file.length) {
            return false;
        }
        return file[range[1]] == '<'
                && file[range[2] - 1] == '>'
                && isHex(file, range[1] + 1, range[2] - 1);
    }

    long end() {
        return (long) range[2] + range[3];
    }

    byte[] signedBytes(byte[] file) {
        byte[] signed = Arrays.copyOf(file, range[1] + range[3]);
        System.arraycopy(file, range[2], signed, range[1], range[3]);
        return signed;
    }

    /** The signature bytes as written in the gap (hex-decoded, zero padding included). */
    Optional<byte[]> contents(byte[] file) {
        int from = range[1] + 1;
        int to = range[2] - 1;
        if ((to - from) % 2 != 0) {
            return Optional.empty();
        }
        byte[] contents = new byte[(to - from) / 2];
        for (int i = 0; i < contents.length; i++) {
            int high = Character.digit(file[from + 2 * i], 16);
            int low = Character.digit(file[from + 2 * i + 1], 16);
            contents[i] = (byte) ((high << 4) | low);
        }
        return Optional.of(contents);
    }

    private static boolean isHex(byte[] file, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(file[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
