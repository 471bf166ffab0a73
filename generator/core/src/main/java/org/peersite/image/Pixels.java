package org.peersite.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferInt;

/**
 * A decoded image made ready for resizing: sRGB (an embedded profile such as Display P3 or a CMYK one converted,
 * so the output needs none), 8-bit per channel in an int per pixel, alpha only where some pixel is not opaque,
 * and turned the way its EXIF orientation says. Stateless and thread-safe.
 */
final class Pixels {

    private Pixels() {
    }

    /** {@code decoded} as {@code TYPE_INT_RGB} (or {@code TYPE_INT_ARGB} when it has transparency), oriented. */
    static BufferedImage normalise(BufferedImage decoded, int orientation) {
        BufferedImage srgb = toIntSrgb(decoded);
        return orientation == 1 ? srgb : orient(srgb, orientation);
    }

    private static BufferedImage toIntSrgb(BufferedImage decoded) {
        boolean alpha = decoded.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (decoded.getType() == type) {
            return alpha && opaque(decoded) ? dropAlpha(decoded) : decoded;
        }
        BufferedImage out = new BufferedImage(decoded.getWidth(), decoded.getHeight(), type);
        ColorSpace space = decoded.getColorModel().getColorSpace();
        if (space.getType() != ColorSpace.TYPE_GRAY && !space.isCS_sRGB()) {
            // A profile other than sRGB: Java2D's drawImage would copy the numbers unconverted.
            new ColorConvertOp(null).filter(decoded, out);
        } else {
            Graphics2D g = out.createGraphics();
            g.setComposite(AlphaComposite.Src);
            g.drawImage(decoded, 0, 0, null);
            g.dispose();
        }
        return alpha && opaque(out) ? dropAlpha(out) : out;
    }

    private static boolean opaque(BufferedImage argb) {
        int[] pixels = ints(argb);
        for (int p : pixels) {
            if ((p >>> 24) != 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage dropAlpha(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] from = ints(argb);
        int[] to = ints(rgb);
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i] & 0xFFFFFF;
        }
        return rgb;
    }

    /**
     * The pixels moved so the picture shows the right way up. EXIF orientation n means the stored pixel (x, y)
     * of a W x H image belongs at: 2 (W-1-x, y), 3 (W-1-x, H-1-y), 4 (x, H-1-y), 5 (y, x), 6 (H-1-y, x),
     * 7 (H-1-y, W-1-x), 8 (y, W-1-x); 5 to 8 make an H x W picture. Exact: no pixel is interpolated.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        int outW = turned ? h : w;
        BufferedImage out = new BufferedImage(outW, turned ? w : h, image.getType());
        int[] from = ints(image);
        int[] to = ints(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    case 8 -> { dx = y; dy = w - 1 - x; }
                    default -> { dx = x; dy = y; }
                }
                to[dy * outW + dx] = from[y * w + x];
            }
        }
        return out;
    }

    static int[] ints(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
