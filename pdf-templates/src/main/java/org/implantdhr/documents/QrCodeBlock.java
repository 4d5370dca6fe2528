package org.implantdhr.documents;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.io.IOException;
import java.util.List;

/** A QR code of fixed size with a small caption below it. */
final class QrCodeBlock implements Block {

    private final ByteMatrix matrix;
    private final float size;
    private final String caption;
    private final TextStyle captionStyle;

    QrCodeBlock(String content, float size, String caption, Typography typography) {
        this.matrix = QrCodeDrawer.encode(content);
        this.size = size;
        this.caption = caption;
        this.captionStyle = typography.small();
    }

    @Override
    public float height(float width) {
        return size + captionLines(width).size() * captionStyle.leading() + 2;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float left = x + (width - size) / 2;
        QrCodeDrawer.draw(canvas, matrix, left, top, size);
        float y = top - size;
        for (String line : captionLines(width)) {
            canvas.text(
                    line,
                    captionStyle,
                    x + (width - captionStyle.width(line)) / 2,
                    y - captionStyle.ascent());
            y -= captionStyle.leading();
        }
    }

    private List<String> captionLines(float width) {
        return caption.isEmpty() ? List.of() : LineBreaker.lines(caption, captionStyle, width);
    }
}
