package org.implantdhr.documents;

import java.io.IOException;
import java.util.List;

/**
 * Two stacks of blocks side by side, e.g. identification fields beside the verification QR code.
 */
final class SplitBlock implements Block {

    private static final float GAP = 14;

    private final List<Block> left;
    private final List<Block> right;
    private final float rightWidth;

    SplitBlock(List<Block> left, List<Block> right, float rightWidth) {
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        this.rightWidth = rightWidth;
    }

    @Override
    public float height(float width) {
        return Math.max(stackHeight(left, leftWidth(width)), stackHeight(right, rightWidth));
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        drawStack(canvas, left, x, top, leftWidth(width));
        drawStack(canvas, right, x + width - rightWidth, top, rightWidth);
    }

    private float leftWidth(float width) {
        return width - rightWidth - GAP;
    }

    private static float stackHeight(List<Block> blocks, float width) {
        float total = 0;
        for (Block block : blocks) {
            total += block.height(width);
        }
        return total;
    }

    private static void drawStack(
            Canvas canvas, List<Block> blocks, float x, float top, float width) throws IOException {
        float y = top;
        for (Block block : blocks) {
            block.draw(canvas, x, y, width);
            y -= block.height(width);
        }
    }
}
