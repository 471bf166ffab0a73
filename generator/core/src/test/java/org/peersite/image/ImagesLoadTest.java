package org.peersite.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersite.image.TestImages.jpeg;
import static org.peersite.image.TestImages.png;
import static org.peersite.image.TestImages.quarters;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;

/** Loading: the header's facts for every format, and one clear diagnostic for every kind of bad file. */
class ImagesLoadTest {

    private final Images images = Images.builder().build();

    private ImageInfo info(String file, byte[] bytes) {
        LoadedImage loaded = images.load(file, bytes);
        assertThat(loaded.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return loaded.image().info();
    }

    private Diagnostic onlyProblem(String file, byte[] bytes) {
        LoadedImage loaded = images.load(file, bytes);
        assertThat(loaded.diagnostics()).hasSize(1);
        return loaded.diagnostics().get(0);
    }

    @Test
    void pngJpegGifAndBmpGiveTheirSizeFromTheHeader() {
        BufferedImage picture = quarters(64, 40);
        assertThat(info("a.png", png(picture))).isEqualTo(new ImageInfo(ImageFormat.PNG, 64, 40, 1, false, 3));
        assertThat(info("a.jpg", jpeg(picture))).isEqualTo(new ImageInfo(ImageFormat.JPEG, 64, 40, 1, false, 3));
        assertThat(info("a.gif", TestImages.write(picture, "gif"))).isEqualTo(new ImageInfo(ImageFormat.GIF, 64, 40, 1, false, 1));
        assertThat(info("a.bmp", TestImages.write(picture, "bmp"))).isEqualTo(new ImageInfo(ImageFormat.BMP, 64, 40, 1, false, 3));
    }

    @Test
    void aProgressiveJpegAndACmykJpegAreRead() throws Exception {
        assertThat(info("p.jpg", progressiveJpeg(quarters(90, 30)))).extracting(ImageInfo::width, ImageInfo::height)
                .containsExactly(90, 30);
        ImageInfo cmyk = info("c.jpg", cmykJpeg(32, 16));
        assertThat(cmyk.width()).isEqualTo(32);
        assertThat(cmyk.sampleBytes()).isEqualTo(4);
    }

    @Test
    void exifOrientationFiveToEightSwapsTheDisplayedSize() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            ImageInfo info = info("o.jpg", TestImages.withExif(jpeg(quarters(60, 20)), orientation));
            assertThat(info.orientation()).isEqualTo(orientation);
            assertThat(info.displayWidth()).isEqualTo(orientation >= 5 ? 20 : 60);
            assertThat(info.displayHeight()).isEqualTo(orientation >= 5 ? 60 : 20);
        }
    }

    @Test
    void aPngsExifChunkAndAnimationControlAreRead() {
        byte[] still = png(quarters(30, 10));
        assertThat(info("e.png", TestImages.withChunks(still, "eXIf", TestImages.exifTiff(6))).orientation()).isEqualTo(6);
        byte[] animationControl = {0, 0, 0, 3, 0, 0, 0, 0};
        assertThat(info("a.png", TestImages.withChunks(still, "acTL", animationControl)).animated()).isTrue();
    }

    @Test
    void webpInItsThreeForms() {
        assertThat(info("l.webp", TestImages.webpLossy(300, 200))).extracting(ImageInfo::format, ImageInfo::width,
                ImageInfo::height, ImageInfo::animated).containsExactly(ImageFormat.WEBP, 300, 200, false);
        assertThat(info("ll.webp", TestImages.webpLossless(1024, 768))).extracting(ImageInfo::width, ImageInfo::height)
                .containsExactly(1024, 768);
        ImageInfo extended = info("x.webp", TestImages.webpExtended(5000, 4000, true, 1));
        assertThat(extended).extracting(ImageInfo::width, ImageInfo::height, ImageInfo::animated)
                .containsExactly(5000, 4000, true);
    }

    @Test
    void anAnimatedGifIsToldFromAStillOne() throws Exception {
        assertThat(info("a.gif", animatedGif()).animated()).isTrue();
        assertThat(info("s.gif", TestImages.write(quarters(8, 8), "gif")).animated()).isFalse();
    }

    @Test
    void theFormatComesFromTheBytesAndAWrongExtensionIsAWarning() {
        LoadedImage loaded = images.load("content/img/a.jpg", png(quarters(20, 10)));
        assertThat(loaded.image().info().format()).isEqualTo(ImageFormat.PNG);
        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.toString()).startsWith("content/img/a.jpg: warning[image.extension]: this file is PNG,"
                    + " but its name says JPEG");
            assertThat(d.hint()).contains("rename it to a.png");
        });
        assertThat(images.plan(loaded.image()).largest().fileName()).endsWith("-20.png");
    }

    @Test
    void aDecompressionBombIsOneErrorBeforeAnythingIsDecoded() {
        byte[] bomb = TestImages.pngBomb(100_000, 100_000);
        assertThat(bomb.length).isLessThan(10_000);
        Diagnostic d = onlyProblem("content/img/a.png", bomb);
        assertThat(d.toString()).startsWith("content/img/a.png: error[image.too-large]: 100000 × 100000 pixels is"
                + " more than the 50 megapixels peersite will decode");
        assertThat(d.hint()).contains("scale it down");
    }

    @Test
    void absurdAndZeroSizesAreErrors() {
        assertThat(onlyProblem("z.png", TestImages.pngBomb(0, 10)).code()).isEqualTo("image.empty-size");
        byte[] hugeJpeg = jpeg(quarters(16, 16));
        int sof = indexOfFrameHeader(hugeJpeg);
        hugeJpeg[sof + 5] = (byte) 0xEA; // height 60000
        hugeJpeg[sof + 6] = 0x60;
        hugeJpeg[sof + 7] = (byte) 0xEA; // width 60000
        hugeJpeg[sof + 8] = 0x60;
        assertThat(onlyProblem("h.jpg", hugeJpeg).message()).startsWith("60000 × 60000 pixels");
        assertThat(onlyProblem("w.webp", TestImages.webpExtended(16000, 16000, false, 1)).code()).isEqualTo("image.too-large");
        assertThat(onlyProblem("m.png", TestImages.pngBomb(10_000, 5_001)).code()).isEqualTo("image.too-large");
        assertThat(info("ok.png", TestImages.pngBomb(10_000, 5_000)).pixels()).isEqualTo(50_000_000);
    }

    @Test
    void garbageEmptyAndTruncatedFilesAreOneErrorEach() {
        Diagnostic garbage = onlyProblem("content/img/b.png", "this is not a picture at all".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.toString()).startsWith("content/img/b.png: error[image.unknown-format]: this is not an image:"
                + " its first bytes are 74 68 69 73");
        assertThat(onlyProblem("e.png", new byte[0]).code()).isEqualTo("image.unknown-format");
        byte[] png = png(quarters(20, 20));
        assertThat(onlyProblem("t.png", Arrays.copyOf(png, 20)).code()).isEqualTo("image.truncated");
        byte[] jpeg = jpeg(quarters(20, 20));
        assertThat(onlyProblem("t.jpg", Arrays.copyOf(jpeg, 30)).toString())
                .contains("error[image.truncated]: the JPEG file ends inside its header");
        byte[] gif = TestImages.write(quarters(20, 20), "gif");
        assertThat(onlyProblem("t.gif", Arrays.copyOf(gif, gif.length / 2)).code()).isEqualTo("image.truncated");
        assertThat(onlyProblem("t.webp", Arrays.copyOf(TestImages.webpLossy(10, 10), 22)).code()).isEqualTo("image.truncated");
        for (int cut = 0; cut < jpeg.length; cut += 7) { // never an exception, wherever the file stops
            images.load("cut.jpg", Arrays.copyOf(jpeg, cut));
            images.load("cut.png", Arrays.copyOf(png, Math.min(cut, png.length)));
            images.load("cut.gif", Arrays.copyOf(gif, Math.min(cut, gif.length)));
        }
    }

    @Test
    void formatsBrowsersOrJavaCannotShowAreNamedInTheError() {
        byte[] avif = isoMedia("avif");
        assertThat(onlyProblem("p.avif", avif).toString()).contains("error[image.unsupported]: peersite cannot read AVIF");
        assertThat(onlyProblem("p.heic", isoMedia("heic")).message()).contains("HEIC");
        assertThat(onlyProblem("p.tif", new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}).message()).startsWith("TIFF images");
        assertThat(onlyProblem("p.jpg", new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}).code()).isEqualTo("image.unsupported");
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
        Images small = Images.builder().maxFileBytes(1000).build();
        Path big = folder.resolve("big.png");
        Files.write(big, png(TestImages.photo(200, 200)));
        LoadedImage loaded = small.load("content/big.png", big);
        assertThat(loaded.usable()).isEmpty();
        assertThat(loaded.diagnostics()).singleElement().extracting(Diagnostic::code).isEqualTo("image.file-too-large");
        assertThat(images.load("content/big.png", big).usable()).isPresent();
        assertThat(images.load("content/gone.png", folder.resolve("gone.png")).diagnostics())
                .singleElement().extracting(Diagnostic::code).isEqualTo("image.unreadable");
    }

    static byte[] isoMedia(String brand) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(TestImages.int32(24));
        out.writeBytes(("ftyp" + "mif1" + "\0\0\0\0" + "mif1" + brand).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[16]);
        return out.toByteArray();
    }

    static int indexOfFrameHeader(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xFF && ((jpeg[i + 1] & 0xff) == 0xC0 || (jpeg[i + 1] & 0xff) == 0xC2)) {
                return i;
            }
        }
        throw new IllegalStateException("no frame header");
    }

    static byte[] progressiveJpeg(BufferedImage image) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        byte[] bytes = out.toByteArray();
        assertThat(bytes[indexOfFrameHeader(bytes) + 1] & 0xff).as("SOF2, progressive").isEqualTo(0xC2);
        return bytes;
    }

    /**
     * A CMYK JPEG as print software writes it: the JDK's writer encodes the four bands, and an Adobe APP14
     * segment (transform 0: CMYK, stored inverted as Photoshop does) says what they are. Cyan on the left half,
     * magenta on the right.
     */
    static byte[] cmykJpeg(int width, int height) throws Exception {
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Adobe CMYK JPEGs store inverted values: 255 means no ink.
                int[] ink = x < width / 2 ? new int[] {0, 255, 255, 255} : new int[] {255, 0, 255, 255};
                raster.setPixel(x, y, ink);
            }
        }
        ImageWriter writer = null;
        for (var it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.")) {
                writer = candidate;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        }
        writer.dispose();
        byte[] raw = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] cmyk = new byte[raw.length + adobe.length];
        System.arraycopy(raw, 0, cmyk, 0, 2);
        System.arraycopy(adobe, 0, cmyk, 2, adobe.length);
        System.arraycopy(raw, 2, cmyk, 2 + adobe.length, raw.length - 2);
        return cmyk;
    }

    static byte[] animatedGif() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(quarters(16, 16), null, null), null);
            writer.writeToSequence(new IIOImage(TestImages.photo(16, 16), null, null), null);
            writer.endWriteSequence();
        }
        writer.dispose();
        return out.toByteArray();
    }
}
