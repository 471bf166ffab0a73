package org.peersite.bench.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The images of a corpus with {@code --images N}, drawn with Java 2D from the seed, so that a benchmark measures
 * what the image pipeline costs (probing, resizing, encoding, the {@code <img>} attributes): three photos in
 * four, JPEGs of 1600 × 1067 to 2400 × 1600 pixels with grain (camera-like: a few hundred KB each), and one
 * diagram in four, a PNG of 1200 × 800 with flat colours. Image {@code k} (from 1) is {@code photo-k.jpg} or
 * {@code diagram-k.png} in {@code attachments/}, and the same seed gives the same bytes: each image draws from
 * its own random stream, and the encoders write no time or other varying data. Stateless.
 */
final class CorpusImages {

    static final String FOLDER = "attachments";
    private static final long SALT = 0x1A6E_5EEDL;

    private CorpusImages() {
    }

    /** The file name of image {@code k} (from 1). */
    static String fileName(int k) {
        return k % 4 == 0 ? "diagram-" + k + ".png" : "photo-" + k + ".jpg";
    }

    /** The bytes of image {@code k} (from 1) of a corpus with this seed. */
    static byte[] bytes(long seed, int k) {
        Random random = new Random(Seeds.image(seed, k) ^ SALT);
        return k % 4 == 0 ? png(diagram(random)) : jpeg(photo(random));
    }

    /** Soft light, a few blurred shapes and per-pixel grain: what makes a camera's JPEG large. */
    private static BufferedImage photo(Random random) {
        int width = 1600 + 200 * random.nextInt(5);
        int height = width * 2 / 3;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour(random), width, height, colour(random)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            Color c = colour(random);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90 + random.nextInt(120)));
            int w = width / 8 + random.nextInt(width / 3);
            int h = height / 8 + random.nextInt(height / 3);
            g.fillOval(random.nextInt(width) - w / 2, random.nextInt(height) - h / 2, w, h);
        }
        g.dispose();
        // Grain from a xorshift stream seeded by the image's own: millions of draws, as cheap as they can be.
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long state = random.nextLong() | 1;
        for (int i = 0; i < pixels.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int grain = (int) ((state >>> 40) % 25) - 12;
            int p = pixels[i];
            pixels[i] = clamp((p >> 16 & 0xff) + grain) << 16 | clamp((p >> 8 & 0xff) + grain) << 8
                    | clamp((p & 0xff) + grain);
        }
        return image;
    }

    /** Boxes, arrows and lines on white, as a diagram of stages is drawn. */
    private static BufferedImage diagram(Random random) {
        int width = 1200;
        int height = 800;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setStroke(new BasicStroke(4));
        int boxes = 3 + random.nextInt(4);
        int step = width / boxes;
        for (int i = 0; i < boxes; i++) {
            int x = i * step + 20;
            int y = 200 + random.nextInt(300);
            g.setColor(colour(random));
            g.fillRoundRect(x, y, step - 60, 140, 24, 24);
            g.setColor(Color.DARK_GRAY);
            g.drawRoundRect(x, y, step - 60, 140, 24, 24);
            if (i + 1 < boxes) {
                g.drawLine(x + step - 60, y + 70, x + step - 20, 270 + random.nextInt(200));
            }
        }
        g.dispose();
        return image;
    }

    private static Color colour(Random random) {
        return new Color(40 + random.nextInt(200), 40 + random.nextInt(200), 40 + random.nextInt(200));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        return encode(writer, image, param);
    }

    private static byte[] png(BufferedImage image) {
        return encode(ImageIO.getImageWritersByFormatName("png").next(), image, null);
    }

    private static byte[] encode(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The images a page shows, in order: the images spread evenly over the pages that are not concepts, in plan
     * order (image {@code k} on host {@code (k - 1) × hosts / images}), so that a corpus with as many images as
     * such pages gives each one; concepts show none (they are what embeds show).
     */
    static List<Integer> shownOn(CorpusPlan plan, PlannedPage page, int images) {
        if (images == 0 || page.kind() == PageKind.CONCEPT) {
            return List.of();
        }
        long hosts = 0;
        long host = -1;
        for (PageKind kind : PageKind.values()) {
            if (kind == page.kind()) {
                host = hosts + page.index();
            }
            hosts += kind == PageKind.CONCEPT ? 0 : plan.pages(kind).size();
        }
        // the k - 1 in [ceil(host × images / hosts), ceil((host + 1) × images / hosts))
        long first = (host * images + hosts - 1) / hosts;
        long end = ((host + 1) * images + hosts - 1) / hosts;
        List<Integer> shown = new ArrayList<>();
        for (long k = first; k < end; k++) {
            shown.add((int) k + 1);
        }
        return shown;
    }

    /**
     * The Markdown that shows image {@code k} on a page at {@code pagePath}: an Obsidian embed with a width,
     * {@code ![[photo-k.jpg|300]]}, for odd {@code k} in a corpus with wiki links; else a Markdown image with its
     * path relative to the page, {@code ![A photo](../attachments/photo-k.jpg)}.
     */
    static String markdown(int k, String pagePath, LinkStyle links) {
        String name = fileName(k);
        if (links == LinkStyle.WIKI && k % 2 == 1) {
            return "![[" + name + "|Picture " + k + "|" + (300 + 20 * (k % 10)) + "]]";
        }
        String up = "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
        return "![Picture " + k + "](" + up + FOLDER + "/" + name + ")";
    }
}
