package org.implantdhr.documents;

record SpacerBlock(float size) implements Block {

    @Override
    public float height(float width) {
        return size;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) {
        // whitespace only
    }
}
