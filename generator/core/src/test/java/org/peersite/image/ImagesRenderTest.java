package org.peersite.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersite.image.TestImages.jpeg;
import static org.peersite.image.TestImages.png;
import static org.peersite.image.TestImages.quarters;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.internal.Workers;

/** Rendering: the planned files, made the same every time, the right way up, without metadata, never upscaled. */
class ImagesRenderTest {

    private final Images images = Images.builder().build();

    private SourceImage load(String file, byte[] bytes) {
        LoadedImage loaded = images.load(file, bytes);
        assertThat(loaded.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return loaded.image();
    }

    private ImageFiles render(Images with, String file, byte[] bytes) {
        ImageFiles files = with.render(with.load(file, bytes).image(), bytes);
        assertThat(files.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return files;
    }

    @Test
    void thePlanListsTheNarrowerConfiguredWidthsAndTheOwnWidthNeverMore() {
        SourceImage wide = load("content/img/Team Photo.jpg", jpeg(TestImages.photo(1000, 500)));
        ImagePlan plan = images.plan(wide);
        assertThat(plan.variants()).extracting(Variant::width).containsExactly(480, 800, 1000);
        assertThat(plan.variants()).extracting(Variant::height).containsExactly(240, 400, 500);
        assertThat(plan.variants()).allSatisfy(v -> assertThat(v.fileName()).matches("team-photo\\.[0-9a-f]{8}-\\d+\\.jpg"));
        SourceImage small = load("small.png", png(quarters(300, 100)));
        assertThat(images.plan(small).variants()).extracting(Variant::fileName, Variant::width, Variant::height)
                .singleElement().satisfies(v -> assertThat(v.toList()).element(1).isEqualTo(300));
    }

    @Test
    void namesFollowTheBytesAndTheSettingsNotTheFilesPlaceOrTheOtherWidths() {
        byte[] bytes = jpeg(TestImages.photo(900, 600));
        String here = images.plan(load("content/a/photo.jpg", bytes)).variants().get(0).fileName();
        assertThat(images.plan(load("content/b/photo.jpg", bytes)).variants().get(0).fileName()).isEqualTo(here);
        byte[] edited = jpeg(TestImages.photo(900, 601));
        assertThat(images.plan(load("content/a/photo.jpg", edited)).variants().get(0).fileName()).isNotEqualTo(here);
        Images otherQuality = Images.builder().jpegQuality(0.9f).build();
        assertThat(otherQuality.plan(otherQuality.load("content/a/photo.jpg", bytes).image()).variants().get(0).fileName())
                .isNotEqualTo(here);
        Images fewerWidths = Images.builder().widths(480).build();
        assertThat(fewerWidths.plan(fewerWidths.load("content/a/photo.jpg", bytes).image()).variants())
                .extracting(Variant::fileName).containsExactly(here, here.replace("-480.", "-900."));
        assertThat(Images.safeStem("Café Ünïcode  (final)!")).isEqualTo("café-ünïcode-final");
        assertThat(Images.safeStem("***")).isEqualTo("image");
    }

    @Test
    void everyPlannedFileIsWrittenAtItsPlannedSizeAndTheCopyForAWidthDoesNotDependOnTheOthers() {
        byte[] bytes = jpeg(TestImages.photo(1300, 700));
        ImageFiles files = render(images, "p.jpg", bytes);
        assertThat(files.files()).extracting(f -> f.variant().width()).containsExactly(480, 800, 1200, 1300);
        for (VariantFile file : files.files()) {
            BufferedImage decoded = TestImages.read(file.bytes());
            assertThat(new int[] {decoded.getWidth(), decoded.getHeight()})
                    .containsExactly(file.variant().width(), file.variant().height());
            assertThat(file.bytes()).startsWith(0xFF, 0xD8, 0xFF);
        }
        Images one = Images.builder().widths(800).build();
        byte[] alone = render(one, "p.jpg", bytes).files().get(0).bytes();
        assertThat(alone).isEqualTo(files.files().get(1).bytes());
    }

    @Test
    void theSameInputGivesTheSameBytesTwiceAndOnAnyNumberOfThreads() {
        List<byte[]> sources = List.of(jpeg(TestImages.photo(1700, 900)), png(TestImages.photo(820, 410)),
                TestImages.withExif(jpeg(TestImages.photo(640, 480)), 6), TestImages.write(quarters(600, 300), "gif"));
        List<SourceImage> loaded = IntStream.range(0, sources.size())
                .mapToObj(i -> load("i" + i + ".img", sources.get(i))).toList();
        List<List<byte[]>> one;
        List<List<byte[]>> four;
        try (Workers workers = new Workers(1)) {
            one = bytes(images.renderAll(loaded, image -> sources.get(loaded.indexOf(image)), workers));
        }
        try (Workers workers = new Workers(4)) {
            four = bytes(images.renderAll(loaded, image -> sources.get(loaded.indexOf(image)), workers));
        }
        List<List<byte[]>> again = bytes(loaded.stream().map(i -> images.render(i, sources.get(loaded.indexOf(i)))).toList());
        for (int i = 0; i < sources.size(); i++) {
            assertThat(one.get(i)).isNotEmpty();
            for (int v = 0; v < one.get(i).size(); v++) {
                assertThat(four.get(i).get(v)).isEqualTo(one.get(i).get(v));
                assertThat(again.get(i).get(v)).isEqualTo(one.get(i).get(v));
            }
        }
    }

    private static List<List<byte[]>> bytes(List<ImageFiles> rendered) {
        List<List<byte[]>> out = new ArrayList<>();
        for (ImageFiles files : rendered) {
            assertThat(files.failed()).as(files.diagnostics().toString()).isFalse();
            out.add(files.files().stream().map(VariantFile::bytes).toList());
        }
        return out;
    }

    @Test
    void everyExifOrientationIsAppliedPixelForPixel() {
        // The expected corners of the displayed picture, from the stored corners, per the EXIF specification.
        Map<Integer, Color[]> expected = Map.of(
                1, new Color[] {TestImages.TL, TestImages.TR, TestImages.BL, TestImages.BR},
                2, new Color[] {TestImages.TR, TestImages.TL, TestImages.BR, TestImages.BL},
                3, new Color[] {TestImages.BR, TestImages.BL, TestImages.TR, TestImages.TL},
                4, new Color[] {TestImages.BL, TestImages.BR, TestImages.TL, TestImages.TR},
                5, new Color[] {TestImages.TL, TestImages.BL, TestImages.TR, TestImages.BR},
                6, new Color[] {TestImages.BL, TestImages.TL, TestImages.BR, TestImages.TR},
                7, new Color[] {TestImages.BR, TestImages.TR, TestImages.BL, TestImages.TL},
                8, new Color[] {TestImages.TR, TestImages.BR, TestImages.TL, TestImages.BL});
        byte[] stored = png(quarters(40, 20));
        for (int orientation = 1; orientation <= 8; orientation++) {
            byte[] bytes = TestImages.withChunks(stored, "eXIf", TestImages.exifTiff(orientation));
            BufferedImage shown = TestImages.read(render(images, "o.png", bytes).files().get(0).bytes());
            int w = orientation >= 5 ? 20 : 40;
            int h = orientation >= 5 ? 40 : 20;
            assertThat(shown.getWidth()).isEqualTo(w);
            assertThat(shown.getHeight()).isEqualTo(h);
            Color[] corners = expected.get(orientation);
            assertThat(new int[] {rgb(shown, 0, 0), rgb(shown, w - 1, 0), rgb(shown, 0, h - 1), rgb(shown, w - 1, h - 1)})
                    .as("orientation " + orientation)
                    .containsExactly(corners[0].getRGB() & 0xFFFFFF, corners[1].getRGB() & 0xFFFFFF,
                            corners[2].getRGB() & 0xFFFFFF, corners[3].getRGB() & 0xFFFFFF);
        }
    }

    @Test
    void aCameraJpegTurnedAQuarterComesOutUpright() {
        byte[] bytes = TestImages.withExif(jpeg(quarters(1200, 600)), 6);
        ImageFiles files = render(images, "camera.jpg", bytes);
        assertThat(files.files()).extracting(f -> f.variant().width()).containsExactly(480, 600);
        BufferedImage shown = TestImages.read(files.files().get(1).bytes());
        assertThat(new int[] {shown.getWidth(), shown.getHeight()}).containsExactly(600, 1200);
        assertClose(shown.getRGB(100, 100), TestImages.BL);
        assertClose(shown.getRGB(500, 100), TestImages.TL);
        assertClose(shown.getRGB(100, 1100), TestImages.BR);
        assertClose(shown.getRGB(500, 1100), TestImages.TR);
    }

    @Test
    void jpegVariantsCarryNoExifXmpOrProfileOnlyTheJfifHeader() {
        byte[] bytes = TestImages.withExif(jpeg(TestImages.photo(900, 500)), 1);
        assertThat(TestImages.jpegMarkers(bytes)).contains(0xE1);
        for (VariantFile file : render(images, "m.jpg", bytes).files()) {
            List<Integer> markers = TestImages.jpegMarkers(file.bytes());
            assertThat(markers).first().isEqualTo(0xE0);
            assertThat(markers).allMatch(m -> m == 0xE0 || m < 0xE0 || m > 0xEF).doesNotContain(0xFE);
            assertThat(TestImages.contains(file.bytes(), "SECRET-CAMERA-SERIAL")).isFalse();
            assertThat(TestImages.contains(file.bytes(), "Exif")).isFalse();
        }
    }

    @Test
    void theJpegReaderNeverSeesTheMetadataSegmentsButKeepsWhatSaysTheColours() {
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1};
        byte[] comment = {(byte) 0xFF, (byte) 0xFE, 0, 8, 'n', 'o', 't', 'e', '!', '!'};
        byte[] jpeg = TestImages.withExif(jpeg(quarters(32, 16)), 6);
        byte[] withMore = new byte[jpeg.length + adobe.length + comment.length];
        System.arraycopy(jpeg, 0, withMore, 0, 2);
        System.arraycopy(adobe, 0, withMore, 2, adobe.length);
        System.arraycopy(comment, 0, withMore, 2 + adobe.length, comment.length);
        System.arraycopy(jpeg, 2, withMore, 2 + adobe.length + comment.length, jpeg.length - 2);
        assertThat(TestImages.jpegMarkers(withMore)).contains(0xE0, 0xEE, 0xFE, 0xE1);
        byte[] cut = Decoder.withoutMetadata(withMore);
        assertThat(TestImages.jpegMarkers(cut)).contains(0xE0, 0xEE, 0xDB, 0xC0, 0xDA).doesNotContain(0xE1, 0xFE);
        assertThat(TestImages.read(cut).getRGB(2, 2)).isEqualTo(TestImages.read(withMore).getRGB(2, 2));
        assertThat(Decoder.withoutMetadata(Arrays.copyOf(withMore, 9))).hasSize(9);
    }

    @Test
    void pngVariantsCarryOnlyImageChunks() {
        byte[] bytes = TestImages.withChunks(png(TestImages.photo(700, 300)),
                "tEXt", "Author\0SECRET-NAME".getBytes(StandardCharsets.ISO_8859_1),
                "tIME", new byte[] {7, (byte) 0xE8, 1, 1, 0, 0, 0},
                "eXIf", TestImages.exifTiff(1));
        assertThat(TestImages.pngChunks(bytes)).contains("tEXt", "tIME", "eXIf");
        for (VariantFile file : render(images, "m.png", bytes).files()) {
            assertThat(TestImages.pngChunks(file.bytes())).allMatch(List.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND")::contains);
            assertThat(TestImages.contains(file.bytes(), "SECRET-NAME")).isFalse();
        }
    }

    @Test
    void fineDetailAveragesOutInsteadOfTurningIntoMoire() {
        BufferedImage checkerboard = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1000; x++) {
                checkerboard.setRGB(x, y, ((x + y) & 1) == 0 ? 0xFFFFFF : 0);
            }
        }
        ImageFiles files = render(Images.builder().widths(480, 300).build(), "c.png", png(checkerboard));
        for (VariantFile file : files.files().subList(0, 2)) {
            BufferedImage small = TestImages.read(file.bytes());
            int min = 255;
            int max = 0;
            for (int y = 0; y < small.getHeight(); y++) {
                for (int x = 0; x < small.getWidth(); x++) {
                    int grey = small.getRGB(x, y) & 0xFF;
                    min = Math.min(min, grey);
                    max = Math.max(max, grey);
                }
            }
            assertThat(min).as(file.toString()).isGreaterThanOrEqualTo(120);
            assertThat(max).as(file.toString()).isLessThanOrEqualTo(135);
        }
    }

    @Test
    void aDrawingWithFewColoursIsWrittenWithAPalette() {
        byte[] bytes = png(quarters(800, 400));
        VariantFile full = render(images, "d.png", bytes).files().get(1);
        assertThat(TestImages.pngChunks(full.bytes())).contains("PLTE");
        assertThat(TestImages.read(full.bytes()).getRGB(10, 10) & 0xFFFFFF).isEqualTo(TestImages.TL.getRGB() & 0xFFFFFF);
    }

    @Test
    void transparencyIsKeptAndAnOpaqueAlphaChannelDropped() {
        BufferedImage translucent = new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 600; x++) {
                translucent.setRGB(x, y, ((x * 255 / 599) << 24) | (y & 0xFF) << 8 | 0x40);
            }
        }
        BufferedImage shown = TestImages.read(render(images, "t.png", png(translucent)).files().get(0).bytes());
        assertThat(shown.getColorModel().hasAlpha()).isTrue();
        assertThat(shown.getRGB(0, 100) >>> 24).isLessThan(8);
        assertThat(shown.getRGB(479, 100) >>> 24).isGreaterThan(247);
        BufferedImage opaque = new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB);
        opaque.createGraphics().drawImage(TestImages.photo(600, 300), 0, 0, null);
        assertThat(TestImages.read(render(images, "o.png", png(opaque)).files().get(0).bytes()).getColorModel().hasAlpha())
                .isFalse();
    }

    @Test
    void aStillGifAndABmpBecomePngs() {
        ImageFiles gif = render(images, "g.gif", TestImages.write(quarters(500, 250), "gif"));
        assertThat(gif.files()).extracting(f -> f.variant().fileName()).allMatch(n -> n.endsWith(".png"));
        assertThat(TestImages.pngChunks(gif.files().get(0).bytes())).first().isEqualTo("IHDR");
        ImageFiles bmp = render(images, "b.bmp", TestImages.write(quarters(20, 10), "bmp"));
        assertThat(TestImages.read(bmp.files().get(0).bytes()).getRGB(15, 8) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void aGifFrameSmallerThanItsScreenIsPlacedOnIt() {
        byte[] gif = TestImages.write(quarters(20, 10), "gif");
        int descriptor = gif.length - 1;
        while (!((gif[descriptor] & 0xff) == 0x2C && gif[descriptor + 5] == 20 && gif[descriptor + 7] == 10)) {
            descriptor--;
        }
        gif[6] = 40;                 // logical screen 40 x 30
        gif[8] = 30;
        gif[descriptor + 1] = 15;    // frame at (15, 12)
        gif[descriptor + 3] = 12;
        ImageFiles files = render(Images.builder().widths(16).build(), "f.gif", gif);
        BufferedImage shown = TestImages.read(files.files().get(1).bytes());
        assertThat(new int[] {shown.getWidth(), shown.getHeight()}).containsExactly(40, 30);
        assertThat(shown.getRGB(2, 2) >>> 24).as("outside the frame: clear").isZero();
        assertThat(shown.getRGB(16, 13) & 0xFFFFFF).isEqualTo(TestImages.TL.getRGB() & 0xFFFFFF);
        assertThat(shown.getRGB(34, 21) & 0xFFFFFF).isEqualTo(TestImages.BR.getRGB() & 0xFFFFFF);
    }

    @Test
    void anImageWhoseDataDisagreesWithItsHeaderIsCorrupt() {
        byte[] png = png(quarters(20, 10));
        png[23] = 12;   // IHDR height 12, the data holds 10 rows
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        System.arraycopy(TestImages.int32((int) crc.getValue()), 0, png, 29, 4);
        ImageFiles files = images.render(load("h.png", png), png);
        assertThat(files.files()).isEmpty();
        assertThat(files.diagnostics()).singleElement().extracting(Diagnostic::code).isIn("image.corrupt", "image.truncated", "image.unreadable");
    }

    @Test
    void aCmykJpegIsConvertedToRgb() throws Exception {
        ImageFiles files = render(images, "print.jpg", ImagesLoadTest.cmykJpeg(64, 32));
        BufferedImage shown = TestImages.read(files.files().get(0).bytes());
        Color cyan = new Color(shown.getRGB(8, 16));
        Color magenta = new Color(shown.getRGB(56, 16));
        assertThat(cyan.getRed()).as("cyan " + cyan).isLessThan(100);
        assertThat(cyan.getBlue()).as("cyan " + cyan).isGreaterThan(150);
        assertThat(magenta.getRed()).as("magenta " + magenta).isGreaterThan(150);
        assertThat(magenta.getGreen()).as("magenta " + magenta).isLessThan(100);
    }

    @Test
    void aFileDamagedAfterItsHeaderIsOneErrorAtRenderAndNoFiles() {
        byte[] whole = jpeg(TestImages.photo(800, 600));
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
        SourceImage loaded = load("content/img/cut.jpg", cut);
        ImageFiles files = images.render(loaded, cut);
        assertThat(files.files()).isEmpty();
        assertThat(files.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.toString()).startsWith("content/img/cut.jpg: error[image.truncated]"));
        byte[] png = png(TestImages.photo(300, 300));
        byte[] cutPng = Arrays.copyOf(png, png.length / 2);
        ImageFiles pngFiles = images.render(load("cut.png", cutPng), cutPng);
        assertThat(pngFiles.diagnostics()).singleElement().extracting(Diagnostic::code)
                .isIn("image.truncated", "image.unreadable");
    }

    @Test
    void aJpegWithThousandsOfScansIsRefusedBeforeDecoding() {
        byte[] jpeg = jpeg(quarters(16, 16));
        byte[] scans = new byte[4 * (Decoder.MAX_JPEG_SCANS + 1)];
        for (int i = 0; i < scans.length; i += 4) {
            scans[i] = (byte) 0xFF;
            scans[i + 1] = (byte) 0xDA;
        }
        byte[] hostile = Arrays.copyOf(jpeg, jpeg.length + scans.length);
        System.arraycopy(scans, 0, hostile, jpeg.length, scans.length);
        ImageFiles files = images.render(load("s.jpg", hostile), hostile);
        assertThat(files.diagnostics()).singleElement().extracting(Diagnostic::code).isEqualTo("image.too-many-scans");
    }

    @Test
    void aCapOnTheWidestFileReadsASubsampledImage() {
        Images capped = Images.builder().widths(200).maxWidth(400).build();
        ImageFiles files = render(capped, "big.jpg", jpeg(TestImages.photo(2000, 1000)));
        assertThat(files.files()).extracting(f -> f.variant().width()).containsExactly(200, 400);
        assertThat(TestImages.read(files.files().get(1).bytes()).getHeight()).isEqualTo(200);
    }

    @Test
    void aWebpPassesThroughWithoutItsMetadataChunks() {
        byte[] webp = TestImages.webpExtended(640, 480, false, 1);
        ImageFiles files = render(images, "w.webp", webp);
        VariantFile only = files.files().get(0);
        assertThat(only.variant().fileName()).matches("w\\.[0-9a-f]{8}\\.webp");
        byte[] out = only.bytes();
        assertThat(TestImages.contains(out, "GPS-SECRET")).isFalse();
        assertThat(TestImages.contains(out, "PROFILE-SECRET")).isFalse();
        assertThat(TestImages.contains(out, "EXIF")).isFalse();
        assertThat(out[20] & (0x08 | 0x04 | 0x20)).as("VP8X flags").isZero();
        assertThat(TestImages.int32le(out.length - 8)).isEqualTo(Arrays.copyOfRange(out, 4, 8));
        byte[] simple = TestImages.webpLossy(100, 100);
        assertThat(render(images, "s.webp", simple).files().get(0).bytes()).isEqualTo(simple);
        LoadedImage turned = images.load("t.webp", TestImages.webpExtended(640, 480, false, 6));
        assertThat(turned.diagnostics()).singleElement().extracting(Diagnostic::code).isEqualTo("image.orientation");
    }

    @Test
    void anAnimatedGifPassesThroughWithoutCommentsOrForeignBlocks() throws Exception {
        byte[] gif = ImagesLoadTest.animatedGif();
        // A comment block and an XMP application block before the first frame's graphic control extension.
        int at = firstExtension(gif);
        byte[] comment = {0x21, (byte) 0xFE, 10, 'S', 'E', 'C', 'R', 'E', 'T', '-', 'C', 'M', 'T', 0};
        byte[] xmp = concat(new byte[] {0x21, (byte) 0xFF, 11}, "XMP DataXMP".getBytes(StandardCharsets.US_ASCII),
                new byte[] {4, 'G', 'P', 'S', '!', 0});
        byte[] loop = concat(new byte[] {0x21, (byte) 0xFF, 11}, "NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {3, 1, 0, 0, 0});
        byte[] hostile = concat(Arrays.copyOf(gif, at), comment, loop, xmp, Arrays.copyOfRange(gif, at, gif.length));
        ImageFiles files = render(images, "a.gif", hostile);
        assertThat(files.files().get(0).variant().fileName()).endsWith(".gif");
        byte[] out = files.files().get(0).bytes();
        assertThat(out).isEqualTo(concat(Arrays.copyOf(gif, at), loop, Arrays.copyOfRange(gif, at, gif.length)));
        assertThat(TestImages.contains(out, "SECRET-CMT")).isFalse();
    }

    @Test
    void aSanitisedSvgIsWrittenAsItsLoadingSanitisedItWithoutTheFileReadAgain() {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\"><script>alert(1)</script>"
                + "<rect width=\"20\" height=\"10\" onclick=\"go()\"/></svg>").getBytes(StandardCharsets.UTF_8);
        LoadedImage loaded = images.load("content/d.svg", svg);
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).containsExactly("image.svg-sanitized");
        AtomicInteger reads = new AtomicInteger();
        ImageFiles written = images.render(loaded, () -> {
            reads.incrementAndGet();
            return svg;
        });
        assertThat(reads).as("the file read again for its copy").hasValue(0);
        ImageFiles fromTheFile = images.render(loaded.image(), svg);
        assertThat(written.files()).singleElement().satisfies(file -> {
            assertThat(file.variant()).isEqualTo(fromTheFile.files().get(0).variant());
            assertThat(file.bytes()).isEqualTo(fromTheFile.files().get(0).bytes());
            assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).doesNotContain("script", "onclick");
        });

        // Published as written (a site that allows raw HTML), and any other image: made from the file, read once.
        Images asWritten = Images.builder().sanitizeSvg(false).build();
        asWritten.render(asWritten.load("content/d.svg", svg), () -> {
            reads.incrementAndGet();
            return svg;
        });
        byte[] png = png(quarters(300, 100));
        ImageFiles pngFiles = images.render(images.load("content/p.png", png), () -> {
            reads.incrementAndGet();
            return png;
        });
        assertThat(reads).hasValue(2);
        assertThat(pngFiles.files()).hasSize(1);
    }

    private static int firstExtension(byte[] gif) {
        int flags = gif[10] & 0xff;
        return 13 + ((flags & 0x80) != 0 ? 3 * (2 << (flags & 7)) : 0);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static void assertClose(int actual, Color expected) {
        Color got = new Color(actual);
        assertThat(Math.abs(got.getRed() - expected.getRed()) + Math.abs(got.getGreen() - expected.getGreen())
                + Math.abs(got.getBlue() - expected.getBlue())).as("%s, expected %s", got, expected).isLessThan(40);
    }
}
