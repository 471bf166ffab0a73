package org.peersite.image;

/**
 * The one EXIF field peersite reads: the orientation (tag 0x0112 in the first image directory of the TIFF
 * structure inside a JPEG's APP1, a PNG's eXIf or a WebP's EXIF chunk). Anything unexpected means "as stored"
 * (1): a damaged EXIF block must not fail an image that browsers show well.
 */
final class Exif {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int MAX_ENTRIES = 1000;

    private Exif() {
    }

    /** The orientation in the TIFF structure at {@code [start, start + length)} of {@code file}, or 1. */
    static int orientation(Header file, long start, long length) {
        if (length < 8 || !file.has(start, length)) {
            return 1;
        }
        Header h = file.window(start, length, "EXIF");
        try {
            boolean little;
            if (h.u8(0) == 'I' && h.u8(1) == 'I') {
                little = true;
            } else if (h.u8(0) == 'M' && h.u8(1) == 'M') {
                little = false;
            } else {
                return 1;
            }
            if (u16(h, 2, little) != 42) {
                return 1;
            }
            long ifd = u32(h, 4, little);
            int entries = u16(h, ifd, little);
            for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
                long entry = ifd + 2 + 12L * i;
                if (u16(h, entry, little) == ORIENTATION_TAG && u16(h, entry + 2, little) == TYPE_SHORT) {
                    int value = u16(h, entry + 8, little);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        } catch (ImageProblem damaged) {
            return 1;
        }
    }

    private static int u16(Header h, long at, boolean little) throws ImageProblem {
        return little ? h.u16le(at) : h.u16be(at);
    }

    private static long u32(Header h, long at, boolean little) throws ImageProblem {
        return little ? h.u32le(at) : h.u32be(at);
    }
}
