package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.Adler32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The cards' PNG encoder is lossless and deterministic: what a standard decoder reads back is every pixel, and
 * the bands of rows equal to the one above, and those of the image a card is drawn over, are compressed once per
 * encoder, not once per image.
 */
class PngTest {

    @Test
    void aDecoderReadsBackEveryPixelAndTheSameImageGivesTheSameBytes() throws IOException {
        BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0f4645));
        g.fillRect(0, 0, 301, 157);
        g.setColor(new Color(0xfedcba));
        g.fillOval(20, 10, 120, 90);
        g.setColor(Color.WHITE);
        g.drawString("Peers", 160, 80);
        g.dispose();
        for (int x = 0; x < 301; x++) {
            image.setRGB(x, 156, x * 0x010203);   // a row unlike any other, colours wrapping around
        }

        byte[] png = new Png().encode(image);
        assertReadsBack(png, image);
        assertThat(new Png().encode(image)).isEqualTo(png);
    }

    @Test
    void runsOfEqualRowsOfEveryLengthAndPlaceReadBack() throws IOException {
        Png encoder = new Png();
        Random random = new Random(17);
        for (int width : new int[] {1, 2, 7, 300}) {
            for (int run : new int[] {1, Png.RUN - 1, Png.RUN, Png.RUN + 1, 40}) {
                // A run at the top, one in the middle, one that ends the image; rows of noise between them.
                int height = 1 + run + 2 + run + 3 + run;
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < height; y++) {
                    boolean inRun = y >= 1 && y <= run || y >= run + 3 && y < 2 * run + 3 || y >= 2 * run + 6;
                    for (int x = 0; x < width; x++) {
                        image.setRGB(x, y, inRun ? image.getRGB(x, y - 1) : random.nextInt(4) * 0x3f1f0f);
                    }
                }
                byte[] png = encoder.encode(image);
                assertReadsBack(png, image);
                assertThat(new Png().encode(image)).as(width + " × " + height).isEqualTo(png);
            }
        }
        BufferedImage flat = new BufferedImage(50, 60, BufferedImage.TYPE_INT_RGB);
        assertReadsBack(encoder.encode(flat), flat);
    }

    @Test
    void aBandOfEqualRowsIsDeflatedOncePerEncoder() throws IOException {
        Png encoder = new Png();
        int row = 1 + 3 * 200;
        // Row 0, a bar's first row and the first row after it differ from the row above; the rest are three runs
        // (rows 1-39, 41-49, 51-99), compressed with the first image.
        long before = encoder.bytesDeflated();
        encoder.encode(bar(0x6dd3c9));
        assertThat(encoder.bytesDeflated() - before).isEqualTo(100L * row);

        before = encoder.bytesDeflated();
        BufferedImage second = bar(0xffffff);
        byte[] png = encoder.encode(second);
        assertThat(encoder.bytesDeflated() - before).isEqualTo(3L * row);
        assertReadsBack(png, second);
        assertThat(png).isEqualTo(new Png().encode(second));
    }

    @Test
    void aBandOfTheImageUnderneathIsDeflatedOncePerEncoderAndSplicedWhereItIsUnchanged() throws IOException {
        Png encoder = new Png();
        int row = 1 + 3 * 200;
        // Underneath: the background with a band of noise across rows 60-69 of its right half, as a card's logo
        // and site name (rows 63 and 64 repeat row 62, as a letter's straight stroke does); the rows below repeat
        // the band's last.
        BufferedImage under = bar(0x0f4645);
        Random random = new Random(3);
        for (int y = 60; y < 100; y++) {
            for (int x = 100; x < 200; x++) {
                boolean noise = y < 70 && y != 63 && y != 64;
                under.setRGB(x, y, noise ? random.nextInt(0x1000000) : under.getRGB(x, y - 1));
            }
        }
        int[] underneath = pixels(under);
        BufferedImage first = over(under, 0x6dd3c9, 40);
        assertReadsBack(encoder.encode(first, underneath), first);

        // Rows 0, 40 and 50 differ from the row above; the runs between them and the band were compressed already.
        long before = encoder.bytesDeflated();
        BufferedImage second = over(under, 0xffffff, 40);
        byte[] png = encoder.encode(second, underneath);
        assertThat(encoder.bytesDeflated() - before).isEqualTo(3L * row);
        assertReadsBack(png, second);
        assertThat(png).isEqualTo(new Png().encode(second, underneath));
        // Between two runs that are spliced anyway (after a full flush each), the band adds no byte of its own.
        assertThat(png).isEqualTo(new Png().encode(second));

        // A band drawn over is deflated as it is.
        BufferedImage intoTheBand = over(under, 0xffffff, 65);
        before = encoder.bytesDeflated();
        assertReadsBack(encoder.encode(intoTheBand, underneath), intoTheBand);
        assertThat(encoder.bytesDeflated() - before).isGreaterThan(10L * row);
        // The first row unlike the one above after the band differs from the band's last row in the bar's pixels
        // alone: the rest of its "Sub" bytes are the band's, which this encoder did not work out for this image.
        BufferedImage afterTheBand = over(under, 0xffffff, 75);
        assertReadsBack(encoder.encode(afterTheBand, underneath), afterTheBand);
    }

    @Test
    void adlerChecksumsCombineAsOfTheBytesOneAfterTheOther() {
        Random random = new Random(5);
        int[] lengths = {0, 1, 4095, 65520, 65521, 65522, 2 * 65521 + 7, 300_000};
        for (int first : lengths) {
            for (int second : lengths) {
                byte[] a = new byte[first];
                byte[] b = new byte[second];
                random.nextBytes(a);
                random.nextBytes(b);
                Adler32 whole = new Adler32();
                whole.update(a);
                whole.update(b);
                assertThat(Png.combine(adler(a), adler(b), second)).as(first + " + " + second)
                        .isEqualTo(whole.getValue());
            }
        }
    }

    /** A 200 × 100 image of the cards' background with a bar of another colour across rows 40-49. */
    private static BufferedImage bar(int colour) {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0f4645));
        g.fillRect(0, 0, 200, 100);
        g.setColor(new Color(colour));
        g.fillRect(10, 40, 50, 10);
        g.dispose();
        return image;
    }

    /** A copy of the image with a 50 × 10 bar of the colour drawn over it from row {@code top}. */
    private static BufferedImage over(BufferedImage under, int colour, int top) {
        BufferedImage image = new BufferedImage(under.getWidth(), under.getHeight(), BufferedImage.TYPE_INT_RGB);
        System.arraycopy(pixels(under), 0, pixels(image), 0, pixels(under).length);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(colour));
        g.fillRect(10, top, 50, 10);
        g.dispose();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static long adler(byte[] bytes) {
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return adler.getValue();
    }

    /** ImageIO's decoder checks the stream's Adler-32 (zlib does, as it inflates) and gives back the pixels. */
    private static void assertReadsBack(byte[] png, BufferedImage image) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(image.getWidth());
        assertThat(read.getHeight()).isEqualTo(image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(read.getRGB(x, y) & 0xffffff).as(x + "," + y).isEqualTo(image.getRGB(x, y) & 0xffffff);
            }
        }
    }
}
