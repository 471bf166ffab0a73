package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The cards' PNG encoder is lossless and deterministic: what a standard decoder reads back is every pixel. */
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

        byte[] png = Png.encode(image);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(301);
        assertThat(read.getHeight()).isEqualTo(157);
        for (int y = 0; y < 157; y++) {
            for (int x = 0; x < 301; x++) {
                assertThat(read.getRGB(x, y) & 0xffffff).as(x + "," + y).isEqualTo(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(Png.encode(image)).isEqualTo(png);
    }
}
