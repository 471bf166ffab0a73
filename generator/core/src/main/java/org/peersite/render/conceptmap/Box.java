package org.peersite.render.conceptmap;

/** An axis-aligned rectangle in map coordinates (y grows downwards, as in SVG). */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width >= 0) || !(height >= 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("not a box: " + x + ", " + y + ", " + width + " x " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    /** Whether the two boxes come closer than {@code gap} to each other (touching counts when gap is 0). */
    public boolean intersects(Box other, double gap) {
        return x < other.right() + gap && other.x < right() + gap
                && y < other.bottom() + gap && other.y < bottom() + gap;
    }

    /** Whether the circle comes closer than {@code gap} to this box. */
    public boolean intersectsCircle(double cx, double cy, double r, double gap) {
        double nearestX = Math.max(x, Math.min(cx, right()));
        double nearestY = Math.max(y, Math.min(cy, bottom()));
        double dx = cx - nearestX;
        double dy = cy - nearestY;
        double reach = r + gap;
        return dx * dx + dy * dy < reach * reach;
    }

    Box translated(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }
}
