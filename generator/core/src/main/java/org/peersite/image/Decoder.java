package org.peersite.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;

/**
 * Decodes the first image of a file whose header {@link ImageProbe} read and {@link Images} found within the
 * limits. JPEGs go through TwelveMonkeys' reader, which wraps the JDK's and adds what it lacks: CMYK and YCCK
 * JPEGs (print exports) converted through their ICC profile, and JPEGs with damaged profiles or metadata that
 * the JDK's reader refuses. PNG, GIF and BMP use the JDK's readers. Everything stays in memory (no ImageIO cache
 * file). Whatever a reader throws or warns about a damaged file becomes an {@link ImageProblem}. Stateless and
 * thread-safe (a reader per call).
 */
final class Decoder {

    /** Far beyond any real progressive JPEG (encoders write about ten scans); each scan re-reads the whole image. */
    static final int MAX_JPEG_SCANS = 500;
    private static final String JDK_JPEG_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";
    /** TwelveMonkeys' reader in a registry of our own: what other code registers with ImageIO cannot change it. */
    private static final ImageReaderSpi JPEG_READER = jpegReader();

    private Decoder() {
    }

    /**
     * The image, read at {@code 1 / subsampling} of its stored size in each direction (1 = every pixel; a larger
     * step reads only what a capped largest width needs, in that much less memory).
     */
    static BufferedImage decode(byte[] bytes, ImageInfo info, int subsampling) throws ImageProblem {
        if (info.format() == ImageFormat.JPEG) {
            checkScans(bytes);
            bytes = withoutMetadata(bytes);
        }
        ImageReader reader = reader(info.format());
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (info.format() == ImageFormat.GIF) {
                image = onScreen(image, info, GifBlocks.firstFrame(new Header(bytes, "GIF")));
            }
            int width = (info.width() + subsampling - 1) / subsampling;
            int height = (info.height() + subsampling - 1) / subsampling;
            if (image.getWidth() != width || image.getHeight() != height) {
                throw ImageProblem.corrupt(info.format().label(), "its header says " + width + " × " + height
                        + " pixels, its image data holds " + image.getWidth() + " × " + image.getHeight());
            }
            for (String warning : warnings) {
                if (damage(warning)) {
                    throw new ImageProblem(warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")
                            ? "image.truncated" : "image.corrupt",
                            "the " + info.format().label() + " data is damaged: " + warning,
                            "the file is cut short or damaged: export or download it again");
                }
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw unreadable(info.format(), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * A GIF's first frame where it sits on the logical screen, the rest transparent, as browsers show it; ImageIO
     * returns the frame alone, which may be smaller than the screen or placed off its corner.
     */
    private static BufferedImage onScreen(BufferedImage frame, ImageInfo info, GifBlocks.Frame where) {
        if (frame.getWidth() == info.width() && frame.getHeight() == info.height()) {
            return frame;
        }
        BufferedImage screen = new BufferedImage(info.width(), info.height(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = screen.createGraphics();
        g.drawImage(frame, where.left(), where.top(), null);
        g.dispose();
        return screen;
    }

    /** libjpeg's warnings for missing or garbled data; "extraneous bytes before marker" is common and harmless. */
    private static boolean damage(String warning) {
        String w = warning.toLowerCase(java.util.Locale.ROOT);
        return w.contains("premature end") || (w.contains("corrupt") && !w.contains("extraneous bytes"));
    }

    private static ImageProblem unreadable(ImageFormat format, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return new ImageProblem("image.truncated", "the " + format.label() + " data ends early",
                        "the file is cut short: export or download it again");
            }
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImageProblem("image.unreadable", "the " + format.label() + " data cannot be decoded: " + why,
                "open it in an image editor and save it again");
    }

    /** Counts a JPEG's scans (start-of-scan markers) without decoding, and refuses a file with absurdly many. */
    static void checkScans(byte[] bytes) throws ImageProblem {
        int scans = 0;
        for (int i = 2; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xFF && (bytes[i + 1] & 0xff) == 0xDA && ++scans > MAX_JPEG_SCANS) {
                throw new ImageProblem("image.too-many-scans", "this progressive JPEG has more than "
                        + MAX_JPEG_SCANS + " scans; decoding it would take minutes",
                        "save it again from an image editor (they write about ten scans)");
            }
        }
    }

    /**
     * The JPEG without the segments that carry only metadata (APP1 EXIF and XMP, APP3 to APP13 with Photoshop's
     * blocks, APP15, comments), so the reader never parses them: the probe read the orientation, and the output
     * keeps none of it. JFIF (APP0), the ICC profile (APP2) and Adobe's colour transform (APP14) stay: they say
     * how to read the colours. Past the frame header everything is copied as it is.
     */
    static byte[] withoutMetadata(byte[] jpeg) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
            int marker = jpeg[at + 1] & 0xff;
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            if (marker == 0xDA || marker == 0xFF || length < 2 || at + 2 + length > jpeg.length
                    || ImageProbe.isFrameHeader(marker)) {
                break; // the frame header, the image data or something odd: the rest goes as it is
            }
            boolean metadata = marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xE2 && marker != 0xEE);
            if (!metadata) {
                out.write(jpeg, at, 2 + length);
            }
            at += 2 + length;
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static ImageReader reader(ImageFormat format) throws ImageProblem {
        try {
            if (format == ImageFormat.JPEG) {
                return JPEG_READER.createReaderInstance();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(java.util.Locale.ROOT));
            if (readers.hasNext()) {
                return readers.next();
            }
        } catch (IOException e) {
            throw unreadable(format, e);
        }
        throw new IllegalStateException("no ImageIO reader for " + format.label());
    }

    private static ImageReaderSpi jpegReader() {
        ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        Iterator<ImageReaderSpi> providers = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false);
        while (providers.hasNext()) {
            ImageReaderSpi provider = providers.next();
            if (provider.getClass().getName().equals(JDK_JPEG_READER)) {
                own.registerServiceProvider(provider, ImageReaderSpi.class);
            }
        }
        JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
        own.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class); // finds the JDK reader it wraps
        return twelveMonkeys;
    }
}
