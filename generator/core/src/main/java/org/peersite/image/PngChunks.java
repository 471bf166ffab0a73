package org.peersite.image;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * A copy of a PNG without its text, time, EXIF and ICC chunks, made chunk by chunk without decoding: how an
 * animated PNG, which is published as it is, loses its metadata. (Still PNGs are decoded and written anew, which
 * leaves every such chunk behind.)
 */
final class PngChunks {

    private static final Set<String> METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME", "iCCP");

    private PngChunks() {
    }

    static byte[] strip(byte[] bytes) throws ImageProblem {
        Header h = new Header(bytes, "PNG");
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, 8);
        long at = 8;
        while (h.has(at, 8)) {
            long end = at + 12 + h.u32be(at);
            if (!h.has(at, end - at)) {
                throw ImageProblem.truncated("PNG");
            }
            String type = h.ascii(at + 4, 4);
            if (!METADATA.contains(type)) {
                out.write(bytes, (int) at, (int) (end - at));
            }
            at = end;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }
}
