package org.peersite.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peersite.image.ImageFiles;
import org.peersite.image.ImagePlan;
import org.peersite.image.Images;
import org.peersite.image.LoadedImage;
import org.peersite.image.SourceImage;
import org.peersite.internal.Fingerprint;

/**
 * Cost of the image library's steps on a 12-megapixel (4000 x 3000) photo-like JPEG and a 1600 x 1000 PNG:
 * reading the header (what the load stage adds per image, the file already read and fingerprinted), planning
 * the variants (what a cached build asks), and making them (decode, resize, encode).
 * <pre>{@code
 * java -jar generator/benchmarks/target/benchmarks.jar ImageBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * }</pre>
 * {@code resizeFourWidths} makes 480, 800, 1200 and 1600 px (the widest file capped at 1600);
 * {@code resizeFourWidthsAndOriginal} adds the 4000 px file, as the default settings do.
 */
@BenchmarkMode(Mode.AverageTime)
public class ImageBenchmark {

    @State(Scope.Benchmark)
    public static class Photo {
        byte[] jpeg;
        byte[] png;
        Fingerprint jpegHash;
        Fingerprint pngHash;
        SourceImage source;
        final Images capped = Images.builder().widths(480, 800, 1200, 1600).maxWidth(1600).build();
        final Images full = Images.builder().widths(480, 800, 1200, 1600).build();

        @Setup
        public void setUp() {
            jpeg = encode(photo(4000, 3000), "jpeg");
            png = encode(photo(1600, 1000), "png");
            jpegHash = Fingerprint.of(jpeg);
            pngHash = Fingerprint.of(png);
            LoadedImage loaded = capped.load("photo.jpg", jpeg, jpegHash);
            source = loaded.usable().orElseThrow(() -> new IllegalStateException(loaded.diagnostics().toString()));
            List<Integer> widths = capped.plan(source).variants().stream().map(v -> v.width()).toList();
            if (!widths.equals(List.of(480, 800, 1200, 1600))) {
                throw new IllegalStateException("planned " + widths);
            }
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LoadedImage probeJpeg(Photo state) {
        return state.capped.load("photo.jpg", state.jpeg, state.jpegHash);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LoadedImage probePng(Photo state) {
        return state.capped.load("photo.png", state.png, state.pngHash);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ImagePlan plan(Photo state) {
        return state.capped.plan(state.source);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ImageFiles resizeFourWidths(Photo state) {
        return checked(state.capped.render(state.source, state.jpeg));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ImageFiles resizeFourWidthsAndOriginal(Photo state) {
        return checked(state.full.render(state.source, state.jpeg));
    }

    private static ImageFiles checked(ImageFiles files) {
        if (files.failed()) {
            throw new IllegalStateException(files.diagnostics().toString());
        }
        return files;
    }

    /** Gradients, a ripple and sensor-like noise (fixed seed): compresses like a photo, not like flat colour. */
    static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int n = noise.nextInt(17) - 8;
                int r = clamp(x * 255 / width + n);
                int g = clamp(y * 255 / height + n);
                int b = clamp((int) (127 + 90 * Math.sin(x / 37.0) * Math.cos(y / 23.0)) + n);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
