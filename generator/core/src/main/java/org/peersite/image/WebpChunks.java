package org.peersite.image;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * A WebP's RIFF chunks: the extended format's flags, and a copy without the metadata chunks (EXIF, XMP, ICC
 * profile), made without decoding, so a WebP passes through pixel for pixel.
 */
final class WebpChunks {

    static final int ANIMATION_FLAG = 0x02;
    static final int XMP_FLAG = 0x04;
    static final int EXIF_FLAG = 0x08;
    static final int ICC_FLAG = 0x20;
    private static final Set<String> METADATA = Set.of("EXIF", "XMP ", "ICCP");

    private WebpChunks() {
    }

    /** The same WebP without its metadata chunks; a simple (lossy or lossless) WebP has none and is returned as is. */
    static byte[] strip(byte[] bytes) throws ImageProblem {
        Header h = new Header(bytes, "WebP");
        if (!h.ascii(12, 4).equals("VP8X")) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, 12);
        long at = 12;
        while (h.has(at, 8)) {
            String type = h.ascii(at, 4);
            long size = h.u32le(at + 4);
            long end = at + 8 + size + (size & 1);
            if (!h.has(at, end - at)) {
                throw ImageProblem.truncated("WebP");
            }
            if (type.equals("VP8X") && size >= 1) {
                byte[] chunk = java.util.Arrays.copyOfRange(bytes, (int) at, (int) end);
                chunk[8] &= (byte) ~(XMP_FLAG | EXIF_FLAG | ICC_FLAG);
                out.writeBytes(chunk);
            } else if (!METADATA.contains(type)) {
                out.write(bytes, (int) at, (int) (end - at));
            }
            at = end;
        }
        byte[] stripped = out.toByteArray();
        int riffSize = stripped.length - 8;
        stripped[4] = (byte) riffSize;
        stripped[5] = (byte) (riffSize >>> 8);
        stripped[6] = (byte) (riffSize >>> 16);
        stripped[7] = (byte) (riffSize >>> 24);
        return stripped;
    }
}
