package org.implantdhr.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Places blocks top to bottom, starting a new page when the next block (and what it keeps with)
 * does not fit.
 */
final class PageFlow {

    private final PDDocument document;
    private final PageGeometry geometry;

    PageFlow(PDDocument document, PageGeometry geometry) {
        this.document = document;
        this.geometry = geometry;
    }

    void place(List<Block> blocks) throws IOException {
        float width = geometry.contentWidth();
        float x = geometry.margin();
        PDPageContentStream stream = newPage();
        float y = geometry.contentTop();
        try {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block instanceof PageBreak) {
                    stream.close();
                    stream = newPage();
                    y = geometry.contentTop();
                    continue;
                }
                float height = block.height(width);
                float needed =
                        height
                                + (block.keepWithNext() && i + 1 < blocks.size()
                                        ? blocks.get(i + 1).height(width)
                                        : 0);
                if (y - needed < geometry.contentBottom() && y < geometry.contentTop()) {
                    if (block instanceof SpacerBlock) {
                        continue;
                    }
                    stream.close();
                    stream = newPage();
                    y = geometry.contentTop();
                    for (Block header : block.repeatAtPageTop().stream().toList()) {
                        header.draw(new Canvas(stream), x, y, width);
                        y -= header.height(width);
                    }
                }
                block.draw(new Canvas(stream), x, y, width);
                y -= height;
            }
        } finally {
            stream.close();
        }
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(geometry.size());
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }
}
