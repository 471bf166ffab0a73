package org.peersite.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes variants with the JDK's own JPEG and PNG writers (chosen by name, so another ImageIO plugin on the
 * class path cannot change the bytes), with no metadata: a JPEG gets the JFIF header and nothing else, a PNG
 * only its image chunks. The bytes are a function of the pixels and the settings alone. Stateless and
 * thread-safe (a writer per call).
 */
final class Encoder {

    private static final String JDK_JPEG = "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi";
    private static final String JDK_PNG = "com.sun.imageio.plugins.png.PNGImageWriterSpi";

    private Encoder() {
    }

    /**
     * A progressive JPEG (smaller than baseline above a few KB, and shown early while loading) with optimised
     * Huffman tables, 4:2:0 chroma, at {@code quality} (0-1).
     */
    static byte[] jpeg(BufferedImage rgb, float quality) {
        ImageWriter writer = writer("jpeg", JDK_JPEG);
        JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        param.setOptimizeHuffmanTables(true);
        return write(writer, rgb, param);
    }

    /**
     * A PNG in the smallest colour type that holds the pixels exactly: a palette when there are 256 colours or
     * fewer (drawings, screenshots), grey when every pixel is grey, else RGB or RGBA; deflate at
     * {@code level} (0-9).
     */
    static byte[] png(BufferedImage image, int level) {
        ImageWriter writer = writer("png", JDK_PNG);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(1f - level / 9f); // the JDK's writer maps quality q to deflate level 9(1-q)
        return write(writer, smallestType(image), param);
    }

    static BufferedImage smallestType(BufferedImage image) {
        int[] pixels = Pixels.ints(image);
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        int[] palette = palette(pixels, alpha, 256);
        if (palette != null) {
            return indexed(image, pixels, palette, alpha);
        }
        if (!alpha && grey(pixels)) {
            BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            byte[] out = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < pixels.length; i++) {
                out[i] = (byte) pixels[i];
            }
            return grey;
        }
        return image;
    }

    /** The distinct colours, sorted (so the palette never depends on pixel order), or null past {@code max}. */
    private static int[] palette(int[] pixels, boolean alpha, int max) {
        int slots = Integer.highestOneBit(max) * 4;   // a small open-addressing set, at most a quarter full
        int[] keys = new int[slots];
        boolean[] used = new boolean[slots];
        int[] found = new int[max];
        int count = 0;
        int last = 0;
        for (int p : pixels) {
            int colour = alpha ? p : p | 0xFF000000;
            if (count > 0 && colour == last) {
                continue;
            }
            last = colour;
            int slot = (colour * 0x9E3779B9 >>> 16) & (slots - 1);
            while (used[slot] && keys[slot] != colour) {
                slot = (slot + 1) & (slots - 1);
            }
            if (!used[slot]) {
                if (count == max) {
                    return null;
                }
                used[slot] = true;
                keys[slot] = colour;
                found[count++] = colour;
            }
        }
        int[] palette = Arrays.copyOf(found, count);
        Arrays.sort(palette);
        return palette;
    }

    private static BufferedImage indexed(BufferedImage image, int[] pixels, int[] palette, boolean alpha) {
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        byte[] a = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            a[i] = (byte) (palette[i] >>> 24);
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        int bits = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8;
        IndexColorModel model = alpha ? new IndexColorModel(bits, palette.length, r, g, b, a)
                : new IndexColorModel(bits, palette.length, r, g, b);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                bits == 8 ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_BYTE_BINARY, model);
        java.awt.image.WritableRaster raster = out.getRaster();
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                int p = pixels[y * width + x];
                row[x] = Arrays.binarySearch(palette, alpha ? p : p | 0xFF000000);
            }
            raster.setSamples(0, y, width, 1, 0, row);
        }
        return out;
    }

    private static boolean grey(int[] pixels) {
        for (int p : pixels) {
            int r = (p >> 16) & 0xFF;
            if (r != ((p >> 8) & 0xFF) || r != (p & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static ImageWriter writer(String format, String provider) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getOriginatingProvider().getClass().getName().equals(provider)) {
                return writer;
            }
        }
        throw new IllegalStateException("the JDK's " + format + " writer (" + provider + ") is missing");
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
