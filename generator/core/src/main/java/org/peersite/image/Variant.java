package org.peersite.image;

import java.util.Objects;

/**
 * One file {@link Images} writes for a source image: its name (unique to the source's bytes and the settings
 * that shape it), its size in pixels as displayed, and its format.
 *
 * @param fileName for example {@code photo.3fa2c1d9-800.jpg}; a pass-through file has no width:
 *                 {@code logo.5e0b77a1.svg}
 * @param width    the width it is shown at, 0 for an SVG without a size
 * @param height   the height it is shown at, 0 for an SVG without a size
 * @param format   its format (a GIF's variants are PNGs)
 */
public record Variant(String fileName, int width, int height, ImageFormat format) {

    public Variant {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
    }

    /** As the record's own would say it, written out for a build's start-up (see {@code Fingerprint.equals}). */
    @Override
    public String toString() {
        return "Variant[fileName=" + fileName + ", width=" + width + ", height=" + height + ", format=" + format + "]";
    }

    /** The {@code Content-Type} to serve it with. */
    public String mediaType() {
        return format.mediaType();
    }
}
