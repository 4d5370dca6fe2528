package org.implantdhr.documents;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;

/**
 * Draws a QR code as vector rectangles (one per horizontal run of dark modules) inside a white
 * quiet zone of four modules, so it stays sharp at any zoom and print resolution.
 */
final class QrCodeDrawer {

    private static final int QUIET_ZONE = 4;

    private QrCodeDrawer() {}

    static ByteMatrix encode(String content) {
        try {
            return Encoder.encode(
                            content,
                            ErrorCorrectionLevel.M,
                            Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + content, e);
        }
    }

    static void draw(Canvas canvas, ByteMatrix matrix, float x, float top, float size)
            throws IOException {
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        float module = size / modules;
        canvas.fill(x, top - size, size, size, Color.WHITE);
        canvas.stream().setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            float y = top - (row + QUIET_ZONE + 1) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (matrix.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < matrix.getWidth() && matrix.get(column, row) == 1) {
                    column++;
                }
                canvas.stream()
                        .addRect(
                                x + (runStart + QUIET_ZONE) * module,
                                y,
                                (column - runStart) * module,
                                module);
            }
        }
        canvas.stream().fill();
    }
}
