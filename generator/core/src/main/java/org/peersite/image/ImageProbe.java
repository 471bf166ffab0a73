package org.peersite.image;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads an image's format, size, orientation and animation from its header, never decoding a pixel: the format
 * from the first bytes (a PNG named {@code .jpg} is a PNG), the rest from the few structures that say it (a
 * PNG's IHDR, a JPEG's frame header and EXIF block, a GIF's screen and block list, a WebP's first chunk, an
 * SVG's root element). Each read is bounds-checked: a file that ends inside its header is
 * {@code image.truncated}, a structure that makes no sense {@code image.corrupt}. Stateless and thread-safe.
 *
 * <pre>
 * ImageInfo info = ImageProbe.probe(bytes);   // throws ImageProblem
 * </pre>
 */
final class ImageProbe {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] BM = ascii("BM");
    private static final byte[] TIFF_LITTLE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG = {'M', 'M', 0, 42};
    private static final byte[] EXIF_PREFIX = {'E', 'x', 'i', 'f', 0, 0};
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    private ImageProbe() {
    }

    /** The header's facts about {@code bytes}, or the problem that stops reading it. */
    static ImageInfo probe(byte[] bytes) throws ImageProblem {
        if (bytes.length == 0) {
            throw new ImageProblem("image.unknown-format", "the file is empty", "replace it with the real image");
        }
        Header h = new Header(bytes, "image");
        if (h.startsWith(0, PNG_SIGNATURE)) {
            return png(new Header(bytes, "PNG"));
        }
        if (h.startsWith(0, JPEG_START)) {
            return jpeg(new Header(bytes, "JPEG"));
        }
        if (h.startsWith(0, GIF87) || h.startsWith(0, GIF89)) {
            return gif(new Header(bytes, "GIF"));
        }
        if (h.startsWith(0, RIFF) && h.startsWith(8, WEBP)) {
            return webp(new Header(bytes, "WebP"));
        }
        if (h.startsWith(0, BM) && bytes.length >= 18) {
            return bmp(new Header(bytes, "BMP"));
        }
        if (h.startsWith(0, TIFF_LITTLE) || h.startsWith(0, TIFF_BIG)) {
            return new ImageInfo(ImageFormat.TIFF, 0, 0, 1, false, 0);
        }
        if (bytes.length >= 12 && h.ascii(4, 4).equals("ftyp")) {
            ImageFormat isoImage = isoMediaImage(h);
            if (isoImage != null) {
                return new ImageInfo(isoImage, 0, 0, 1, false, 0);
            }
        }
        if (Svg.looksLikeXml(bytes)) {
            return Svg.probe(bytes);
        }
        throw new ImageProblem("image.unknown-format", "this is not an image: its first bytes are "
                + firstBytes(bytes) + ", which no image format starts with",
                "peersite reads JPEG, PNG, GIF, WebP, BMP and SVG; replace the file with the real image");
    }

    private static ImageInfo png(Header h) throws ImageProblem {
        if (h.u32be(8) != 13 || !h.ascii(12, 4).equals("IHDR")) {
            throw ImageProblem.corrupt("PNG", "its first chunk is not IHDR");
        }
        long width = h.u32be(16);
        long height = h.u32be(20);
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw ImageProblem.corrupt("PNG", "a side of " + Math.max(width, height) + " pixels is beyond the PNG limit");
        }
        int depth = h.u8(24);
        int colourType = h.u8(25);
        int channels = switch (colourType) {
            case 0, 3 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> throw ImageProblem.corrupt("PNG", "colour type " + colourType + " does not exist");
        };
        int sampleBytes = colourType == 3 ? 1 : channels * (depth == 16 ? 2 : 1);
        int orientation = 1;
        boolean animated = false;
        // Ancillary chunks before the image data: eXIf (orientation) and acTL (an animated PNG's frame count).
        long at = 33;
        while (h.has(at, 8)) {
            long length = h.u32be(at);
            String type = h.ascii(at + 4, 4);
            if (type.equals("IDAT") || type.equals("IEND")) {
                break;
            }
            if (type.equals("eXIf") && h.has(at + 8, length)) {
                orientation = Exif.orientation(h, at + 8, length);
            } else if (type.equals("acTL")) {
                animated = h.u32be(at + 8) > 1;
            }
            at += 12 + length;
        }
        return new ImageInfo(ImageFormat.PNG, (int) width, (int) height, orientation, animated, sampleBytes);
    }

    private static ImageInfo jpeg(Header h) throws ImageProblem {
        int orientation = 1;
        long at = 2;
        while (true) {
            if (h.u8(at) != 0xFF) {
                throw ImageProblem.corrupt("JPEG", "byte " + at + " should start a marker");
            }
            while (h.u8(at + 1) == 0xFF) {
                at++; // fill bytes
            }
            int marker = h.u8(at + 1);
            at += 2;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw ImageProblem.corrupt("JPEG", "the image data starts before the frame header");
            }
            int length = h.u16be(at);
            if (length < 2) {
                throw ImageProblem.corrupt("JPEG", "a segment of length " + length);
            }
            if (marker == 0xE1 && h.startsWith(at + 2, EXIF_PREFIX)) {
                orientation = Exif.orientation(h, at + 8, length - 8);
            } else if (isFrameHeader(marker)) {
                if (marker >= 0xC9) {
                    throw new ImageProblem("image.unsupported", "this JPEG uses arithmetic coding, which browsers"
                            + " and peersite do not decode", "save it again as a baseline or progressive JPEG");
                }
                int precision = h.u8(at + 2);
                int height = h.u16be(at + 3);
                int width = h.u16be(at + 5);
                int components = h.u8(at + 7);
                if (components != 1 && components != 3 && components != 4) {
                    throw ImageProblem.corrupt("JPEG", components + " colour components");
                }
                return new ImageInfo(ImageFormat.JPEG, width, height, orientation, false,
                        components * (precision > 8 ? 2 : 1));
            }
            at += length;
        }
    }

    /** SOF0-SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static ImageInfo gif(Header h) throws ImageProblem {
        int width = h.u16le(6);
        int height = h.u16le(8);
        GifBlocks.Frame first = GifBlocks.firstFrame(h);
        int frames = GifBlocks.countFrames(h, 2);
        // A first frame reaching past the logical screen is what the decoder allocates: size it by the union.
        width = Math.max(width, first.left() + first.width());
        height = Math.max(height, first.top() + first.height());
        return new ImageInfo(ImageFormat.GIF, width, height, 1, frames > 1, 1);
    }

    private static ImageInfo webp(Header h) throws ImageProblem {
        String first = h.ascii(12, 4);
        switch (first) {
            case "VP8 " -> {
                if (h.u8(23) != 0x9D || h.u8(24) != 0x01 || h.u8(25) != 0x2A) {
                    throw ImageProblem.corrupt("WebP", "the VP8 frame has no start code");
                }
                return new ImageInfo(ImageFormat.WEBP, h.u16le(26) & 0x3FFF, h.u16le(28) & 0x3FFF, 1, false, 4);
            }
            case "VP8L" -> {
                if (h.u8(20) != 0x2F) {
                    throw ImageProblem.corrupt("WebP", "the lossless stream has no signature");
                }
                long bits = h.u32le(21);
                return new ImageInfo(ImageFormat.WEBP, (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1,
                        1, false, 4);
            }
            case "VP8X" -> {
                if (h.u32le(16) < 10) {
                    throw ImageProblem.corrupt("WebP", "its VP8X chunk holds " + h.u32le(16) + " bytes, not 10");
                }
                int flags = h.u8(20);
                int width = h.u24le(24) + 1;
                int height = h.u24le(27) + 1;
                int orientation = (flags & WebpChunks.EXIF_FLAG) != 0 ? webpOrientation(h) : 1;
                return new ImageInfo(ImageFormat.WEBP, width, height, orientation,
                        (flags & WebpChunks.ANIMATION_FLAG) != 0, 4);
            }
            default -> throw ImageProblem.corrupt("WebP", "its first chunk is \"" + first.strip() + "\"");
        }
    }

    private static int webpOrientation(Header h) throws ImageProblem {
        long at = 12;
        while (h.has(at, 8)) {
            long size = h.u32le(at + 4);
            if (h.ascii(at, 4).equals("EXIF") && h.has(at + 8, size)) {
                long tiff = h.startsWith(at + 8, EXIF_PREFIX) ? at + 14 : at + 8;
                return Exif.orientation(h, tiff, size - (tiff - at - 8));
            }
            at += 8 + size + (size & 1);
        }
        return 1;
    }

    private static ImageInfo bmp(Header h) throws ImageProblem {
        long headerSize = h.u32le(14);
        long width;
        long height;
        int bits;
        if (headerSize == 12) {
            width = h.u16le(18);
            height = h.u16le(20);
            bits = h.u16le(24);
        } else if (headerSize >= 40) {
            width = (int) h.u32le(18);          // signed 32-bit
            height = Math.abs((long) (int) h.u32le(22)); // negative: rows stored top-down
            bits = h.u16le(28);
        } else {
            throw ImageProblem.corrupt("BMP", "an information header of " + headerSize + " bytes");
        }
        if (width < 0 || height > Integer.MAX_VALUE) {
            throw ImageProblem.corrupt("BMP", "a size of " + width + " x " + height);
        }
        return new ImageInfo(ImageFormat.BMP, (int) width, (int) height, 1, false, Math.max(1, (bits + 7) / 8));
    }

    /**
     * AVIF or HEIC from an ISO media file's major and compatible brands (any AVIF brand wins: an AVIF also lists
     * the generic {@code mif1}), or {@code null} for other media.
     */
    private static ImageFormat isoMediaImage(Header h) throws ImageProblem {
        long boxEnd = Math.min(h.u32be(0), Math.min(h.length(), 256));
        ImageFormat found = null;
        for (long at = 8; at + 4 <= boxEnd; at += at == 8 ? 8 : 4) { // major brand, minor version, compatible brands
            String brand = h.ascii(at, 4);
            if (AVIF_BRANDS.contains(brand)) {
                return ImageFormat.AVIF;
            }
            if (HEIC_BRANDS.contains(brand)) {
                found = ImageFormat.HEIC;
            }
        }
        return found;
    }

    private static String firstBytes(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            out.append(i == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%02X", bytes[i] & 0xff));
        }
        return out.toString();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
