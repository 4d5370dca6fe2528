package org.implantdhr.documents;

/** Forces the next block onto a new page, e.g. the back of the implant card. */
record PageBreak() implements Block {

    @Override
    public float height(float width) {
        return 0;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) {
        // handled by PageFlow
    }
}
