package org.peersite.image;

import java.util.Objects;

/**
 * What an image's header says: its real format (from its bytes, not its name), its stored size, how it is to be
 * turned for display (EXIF orientation) and whether it moves. Read by {@link ImageProbe} without decoding a pixel.
 *
 * @param format       the format its first bytes show
 * @param width        stored width in pixels; 0 for an SVG without a usable size
 * @param height       stored height in pixels; 0 for an SVG without a usable size
 * @param orientation  EXIF orientation 1-8 (1 = as stored; 5-8 swap width and height for display)
 * @param animated     more than one frame (GIF, animated WebP or PNG): published as it is, never resized
 * @param sampleBytes  bytes per pixel the decoder holds for the image as stored (3 for an RGB JPEG, 8 for a
 *                     16-bit RGBA PNG), for the memory estimate made before decoding
 */
public record ImageInfo(ImageFormat format, int width, int height, int orientation, boolean animated,
                        int sampleBytes) {

    public ImageInfo {
        Objects.requireNonNull(format, "format");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + " x " + height);
        }
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("EXIF orientation is 1 to 8, not " + orientation);
        }
    }

    /** The stored pixel count. */
    public long pixels() {
        return (long) width * height;
    }

    /** Whether the size is known (always for a raster image; an SVG may have none). */
    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    /** Orientations 5 to 8 turn the picture a quarter: what is shown is as wide as the stored image is high. */
    public boolean quarterTurned() {
        return orientation >= 5;
    }

    /** The width a browser shows, orientation applied: what pages state in {@code width}. */
    public int displayWidth() {
        return quarterTurned() ? height : width;
    }

    /** The height a browser shows, orientation applied. */
    public int displayHeight() {
        return quarterTurned() ? width : height;
    }
}
