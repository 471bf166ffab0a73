package org.peersite.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder for the social cards: 8-bit RGB, one IDAT chunk, and nothing else (no time, no text, no
 * gamma), so the bytes are a function of the pixels alone. Written here rather than taken from ImageIO because
 * the cards are mostly flat colour: a row equal to the one above is written with the "Up" filter (all zeros),
 * any other with "Sub", which deflates well even at zlib's fastest level, and whose bytes are worked out again
 * only where the row differs from the one above; ImageIO's writer (every filter tried
 * on every row, strong compression) took about four times as long per card. Stateless and thread-safe.
 *
 * <pre>
 * byte[] png = Png.encode(image);   // image of TYPE_INT_RGB
 * </pre>
 */
final class Png {

    /**
     * zlib's speed against size. Measured on a card (C1-compiled, as the CLI's batch JVM runs): level 1 took
     * 4.9 ms for 48.6 KB, 6 (zlib's default) 10 ms for 37.9 KB. A card is fetched once by each app that shows a
     * preview, but drawn for every page of the site, so the faster level wins.
     */
    static final int LEVEL = 1;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;

    private Png() {
    }

    /** The image as PNG bytes; it must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("only TYPE_INT_RGB images, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;   // bits per sample
        header[9] = 2;   // colour type: RGB
        chunk(png, "IHDR", header, header.length);

        ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_SUB;
            byte[] up = new byte[1 + 3 * width];
            up[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int start = y * width;
                if (y == 0) {
                    sub(pixels, start, 0, width - 1, row);
                    zlib.write(row);
                    continue;
                }
                int first = Arrays.mismatch(pixels, start, start + width, pixels, start - width, start);
                if (first < 0) {
                    zlib.write(up);
                    continue;
                }
                // row holds the "Sub" bytes of the row above (rows written as "Up" equal the one before them):
                // only the pixels that differ from it, and the one after the last of them, change.
                int last = width - 1;
                while (pixels[start + last] == pixels[start - width + last]) {
                    last--;
                }
                sub(pixels, start, first, Math.min(last + 1, width - 1), row);
                zlib.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress an image in memory", e);
        } finally {
            deflater.end();
        }
        byte[] compressed = data.toByteArray();
        chunk(png, "IDAT", compressed, compressed.length);
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    /**
     * The "Sub" filter's bytes for pixels {@code from} to {@code to} (inclusive) of the row starting at
     * {@code start}: each colour byte minus the one of the pixel to its left (0 left of the first).
     */
    private static void sub(int[] pixels, int start, int from, int to, byte[] row) {
        int previous = from == 0 ? 0 : pixels[start + from - 1];
        for (int x = from, k = 1 + 3 * from; x <= to; x++, k += 3) {
            int p = pixels[start + x];
            row[k] = (byte) ((p >> 16) - (previous >> 16));
            row[k + 1] = (byte) ((p >> 8) - (previous >> 8));
            row[k + 2] = (byte) (p - previous);
            previous = p;
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(head, 0, 8);
        out.write(data, 0, length);
        out.write(tail, 0, 4);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
