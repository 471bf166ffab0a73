package org.peersite.render.conceptmap;

import java.util.List;

/** Where a node's label sits relative to its circle; it decides how the SVG anchors the text. */
public enum LabelSide {
    BELOW, RIGHT, LEFT, ABOVE,
    /** Diagonally off the circle, the box's nearest corner at the circle's rim; for when edges block the four sides. */
    BELOW_RIGHT, ABOVE_RIGHT, BELOW_LEFT, ABOVE_LEFT,
    /**
     * Inside the node: the label's box is the node's outline, a pill drawn instead of the circle (the centre of a
     * neighbourhood). The node's radius is then half the box's height.
     */
    CENTER;

    /** Whether the text starts at the box's left edge, for labels right of their node. */
    public boolean startsLeft() {
        return this == RIGHT || this == BELOW_RIGHT || this == ABOVE_RIGHT;
    }

    /** Whether the text ends at the box's right edge, for labels left of their node. */
    public boolean endsRight() {
        return this == LEFT || this == BELOW_LEFT || this == ABOVE_LEFT;
    }

    /** The label's box on this side of a circle at (x, y) with radius r, a small gap away from it. */
    Box box(double x, double y, double r, List<String> lines) {
        return box(x, y, r, LabelMetrics.boxWidth(lines), LabelMetrics.boxHeight(lines));
    }

    Box box(double x, double y, double r, double width, double height) {
        double gap = 2;
        // The point of the rim at 45 degrees, plus the gap, is where a diagonal label's nearest corner goes.
        double diagonal = r * Math.sqrt(0.5) + gap;
        return switch (this) {
            case BELOW_RIGHT -> new Box(x + diagonal, y + diagonal, width, height);
            case ABOVE_RIGHT -> new Box(x + diagonal, y - diagonal - height, width, height);
            case BELOW_LEFT -> new Box(x - diagonal - width, y + diagonal, width, height);
            case ABOVE_LEFT -> new Box(x - diagonal - width, y - diagonal - height, width, height);
            case BELOW -> new Box(x - width / 2, y + r + gap, width, height);
            case ABOVE -> new Box(x - width / 2, y - r - gap - height, width, height);
            case RIGHT -> new Box(x + r + gap, y - height / 2, width, height);
            case LEFT -> new Box(x - r - gap - width, y - height / 2, width, height);
            case CENTER -> new Box(x - width / 2 - LabelMetrics.PILL_PADDING_X, y - height / 2 - LabelMetrics.PILL_PADDING_Y,
                    width + 2 * LabelMetrics.PILL_PADDING_X, height + 2 * LabelMetrics.PILL_PADDING_Y);
        };
    }
}
