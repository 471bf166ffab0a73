package org.peersite.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes smaller copies of one image by progressive halving: the image is halved (bilinear at exactly half the
 * size, which averages each 2 x 2 block) while the half is still at least the wanted size, and the last step,
 * less than a halving, is bicubic. Each halving sees every source pixel, so fine detail (text, a
 * checkerboard) averages out instead of turning into moiré, as one bicubic step from far larger would. The
 * halvings depend on the source alone, so the copy for a width is the same whichever other widths are asked
 * for, and they are shared between the widths. Not thread-safe: one per image.
 */
final class Downscaler {

    private final List<BufferedImage> halvings = new ArrayList<>();

    /** {@code source} is {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}, as {@link Pixels#normalise} makes it. */
    Downscaler(BufferedImage source) {
        halvings.add(source);
    }

    /** The image at exactly {@code width} x {@code height}, which must not be larger than the source. */
    BufferedImage scaled(int width, int height) {
        BufferedImage from = halvings.get(0);
        if (width > from.getWidth() || height > from.getHeight()) {
            throw new IllegalArgumentException(width + " x " + height + " is larger than the source, "
                    + from.getWidth() + " x " + from.getHeight());
        }
        int level = 0;
        while (level(level).getWidth() / 2 >= width && level(level).getHeight() / 2 >= height) {
            level++;
            if (level == halvings.size()) {
                BufferedImage previous = halvings.get(level - 1);
                halvings.add(draw(previous, previous.getWidth() / 2, previous.getHeight() / 2,
                        RenderingHints.VALUE_INTERPOLATION_BILINEAR));
            }
        }
        BufferedImage nearest = level(level);
        if (nearest.getWidth() == width && nearest.getHeight() == height) {
            return nearest;
        }
        return draw(nearest, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private BufferedImage level(int index) {
        return halvings.get(index);
    }

    /** Forgets the halvings so their memory can go before the next image's decode. */
    void release() {
        halvings.clear();
    }

    private static BufferedImage draw(BufferedImage from, int width, int height, Object interpolation) {
        BufferedImage to = new BufferedImage(width, height, from.getType());
        Graphics2D g = to.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.drawImage(from, 0, 0, width, height, null);
        g.dispose();
        return to;
    }
}
