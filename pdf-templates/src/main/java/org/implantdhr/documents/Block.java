package org.implantdhr.documents;

import java.io.IOException;
import java.util.Optional;

/** A piece of a page that knows its height for a given width and draws itself below a top edge. */
interface Block {

    float height(float width);

    void draw(Canvas canvas, float x, float top, float width) throws IOException;

    /** A heading is not left alone at the bottom of a page. */
    default boolean keepWithNext() {
        return false;
    }

    /** A table row that starts a page brings its header along. */
    default Optional<Block> repeatAtPageTop() {
        return Optional.empty();
    }
}
