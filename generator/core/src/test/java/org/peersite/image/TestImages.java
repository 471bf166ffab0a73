package org.peersite.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Real image files for the tests, written with ImageIO or put together byte by byte where ImageIO cannot. */
public final class TestImages {

    static final Color TL = Color.RED;
    static final Color TR = Color.GREEN;
    static final Color BL = Color.BLUE;
    static final Color BR = Color.WHITE;

    private TestImages() {
    }

    /** A picture with four coloured quarters, so a test can tell which way it is turned. */
    public static BufferedImage quarters(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        fill(g, TL, 0, 0, width / 2, height / 2);
        fill(g, TR, width / 2, 0, width - width / 2, height / 2);
        fill(g, BL, 0, height / 2, width / 2, height - height / 2);
        fill(g, BR, width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    /**
     * Smooth gradients and some detail, like a photo rather than a flat drawing. The pixels are written straight
     * into the image's array, and each sine and cosine computed once per column or row: a thousand photos drawn
     * with {@code setRGB} and {@code Math.sin} per pixel were a third of {@code ThousandImagesTest}'s CPU time.
     */
    public static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double[] waves = new double[width];
        for (int x = 0; x < width; x++) {
            waves[x] = 100 * Math.sin(x / 7.0);
        }
        for (int y = 0; y < height; y++) {
            double ripple = Math.cos(y / 11.0);
            int g = (y * 255 / Math.max(1, height - 1));
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / Math.max(1, width - 1));
                int b = (int) (127 + waves[x] * ripple);
                pixels[y * width + x] = (r << 16) | (g << 8) | b;
            }
        }
        return image;
    }

    private static void fill(Graphics2D g, Color colour, int x, int y, int w, int h) {
        g.setColor(colour);
        g.fillRect(x, y, w, h);
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    /** A TIFF structure with one entry, Orientation = {@code orientation}, big-endian. */
    static byte[] exifTiff(int orientation) {
        return new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
    }

    /** The JPEG with an EXIF APP1 segment (orientation and a camera make) right after its JFIF header. */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] tiff = exifTiff(orientation);
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        segment.writeBytes(tiff);
        segment.writeBytes("SECRET-CAMERA-SERIAL".getBytes(StandardCharsets.US_ASCII));
        byte[] body = segment.toByteArray();
        int app0End = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((body.length + 2) >> 8), (byte) (body.length + 2)});
        out.writeBytes(body);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    /** The PNG with extra chunks inserted after IHDR (eXIf, tEXt, iCCP... as type and data pairs). */
    static byte[] withChunks(byte[] png, Object... typeAndData) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (int i = 0; i < typeAndData.length; i += 2) {
            out.writeBytes(chunk((String) typeAndData[i], (byte[]) typeAndData[i + 1]));
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(int32(data.length));
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(int32((int) crc.getValue()));
        return out.toByteArray();
    }

    /**
     * A decompression bomb: a valid PNG header for a {@code width} x {@code height} grey image whose data is a
     * few KB of deflated zeros (it would inflate to width x height bytes).
     */
    public static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = new byte[13];
        System.arraycopy(int32(width), 0, ihdr, 0, 4);
        System.arraycopy(int32(height), 0, ihdr, 4, 4);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 0;  // grey
        out.writeBytes(chunk("IHDR", ihdr));
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 << 20]);
        deflater.finish();
        byte[] compressed = new byte[64 * 1024];
        int length = deflater.deflate(compressed);
        deflater.end();
        out.writeBytes(chunk("IDAT", Arrays.copyOf(compressed, length)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A WebP's RIFF header and first chunk, as an encoder writes them (no image data needed to probe it). */
    static byte[] webpLossy(int width, int height) {
        byte[] vp8 = new byte[10 + 20];
        vp8[3] = (byte) 0x9D;
        vp8[4] = 0x01;
        vp8[5] = 0x2A;
        vp8[6] = (byte) width;
        vp8[7] = (byte) (width >> 8);
        vp8[8] = (byte) height;
        vp8[9] = (byte) (height >> 8);
        return riff(riffChunk("VP8 ", vp8));
    }

    static byte[] webpLossless(int width, int height) {
        long bits = (width - 1) | ((long) (height - 1) << 14);
        byte[] vp8l = {0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24), 0, 0, 0};
        return riff(riffChunk("VP8L", vp8l));
    }

    /** An extended WebP: VP8X with the given flags, then EXIF, XMP and ICCP chunks (when flagged) and an image chunk. */
    static byte[] webpExtended(int width, int height, boolean animated, int orientation) {
        int flags = (animated ? 0x02 : 0) | 0x08 | 0x04 | 0x20;
        byte[] vp8x = new byte[10];
        vp8x[0] = (byte) flags;
        vp8x[4] = (byte) (width - 1);
        vp8x[5] = (byte) ((width - 1) >> 8);
        vp8x[7] = (byte) (height - 1);
        vp8x[8] = (byte) ((height - 1) >> 8);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes(riffChunk("VP8X", vp8x));
        chunks.writeBytes(riffChunk("ICCP", "PROFILE-SECRET".getBytes(StandardCharsets.US_ASCII)));
        chunks.writeBytes(riffChunk(animated ? "ANIM" : "ALPH", new byte[6]));
        chunks.writeBytes(riffChunk("VP8L", new byte[] {0x2F, 0, 0, 0, 0, 0}));
        chunks.writeBytes(riffChunk("EXIF", exifTiff(orientation)));
        chunks.writeBytes(riffChunk("XMP ", "<x:xmpmeta>GPS-SECRET</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
        return riff(chunks.toByteArray());
    }

    static byte[] riffChunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(int32le(data.length));
        out.writeBytes(data);
        if ((data.length & 1) != 0) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] riff(byte[] chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(int32le(chunks.length + 4));
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(chunks);
        return out.toByteArray();
    }

    static byte[] int32(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    static byte[] int32le(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    /** Whether {@code bytes} contain {@code text} anywhere (a leaked secret, a chunk name). */
    public static boolean contains(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("not an image ImageIO reads");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG's segment markers before its image data (0xE1 for APP1, ...). */
    static java.util.List<Integer> jpegMarkers(byte[] jpeg) {
        java.util.List<Integer> markers = new java.util.ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return markers;
    }

    /** The PNG's chunk types in order. */
    static java.util.List<String> pngChunks(byte[] png) {
        java.util.List<String> chunks = new java.util.ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
            chunks.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return chunks;
    }
}
