package org.peersite.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Severity;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;

/**
 * The site's images, in three steps that match the pipeline: {@link #load} (fingerprint and header, at load),
 * {@link #plan} (the files to write and their names, without decoding: a cached build asks this), and
 * {@link #render} (decode, orient, resize, encode; in parallel with {@link #renderAll}).
 *
 * <pre>
 * Images images = Images.builder().widths(480, 800, 1200, 1600).build();
 * LoadedImage loaded = images.load("content/img/photo.jpg", bytes);       // diagnostics, never an exception
 * ImagePlan plan = images.plan(loaded.image());                           // photo.3fa2c1d9-480.jpg, ...
 * ImageFiles files = images.render(loaded.image(), bytes);                // the bytes of each variant
 * ImageFiles same = images.render(loaded, () -> bytes);                   // bytes asked for only if needed
 * </pre>
 *
 * Limits are checked from the header before anything is decoded, and the decoded pixels of all images being
 * rendered at once share one memory budget, so neither a hostile file nor many threads can run the heap out.
 * Immutable and thread-safe.
 */
public final class Images {

    /** Changed whenever a change in this package changes the bytes written, so that new bytes get new names. */
    static final String PROCESSING_VERSION = "1";
    public static final List<Integer> DEFAULT_WIDTHS = List.of(480, 800, 1200, 1600);
    public static final long DEFAULT_MAX_PIXELS = 50_000_000;
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    public static final float DEFAULT_JPEG_QUALITY = 0.82f;
    public static final int DEFAULT_PNG_LEVEL = 9;

    private final List<Integer> widths;
    private final int maxWidth;
    private final float jpegQuality;
    private final int pngLevel;
    private final long maxPixels;
    private final long maxFileBytes;
    private final boolean sanitizeSvg;
    private final DecodeBudget budget;

    private Images(Builder b) {
        this.widths = List.copyOf(new TreeSet<>(b.widths));
        this.maxWidth = b.maxWidth;
        this.jpegQuality = b.jpegQuality;
        this.pngLevel = b.pngLevel;
        this.maxPixels = b.maxPixels;
        this.maxFileBytes = b.maxFileBytes;
        this.sanitizeSvg = b.sanitizeSvg;
        this.budget = new DecodeBudget(b.decodeMemory > 0 ? b.decodeMemory : Runtime.getRuntime().maxMemory() / 4);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads a file (refusing one above the size limit before reading it) and {@linkplain #load(String, byte[]) loads} it. */
    public LoadedImage load(String file, Path path) {
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                return failed(file, fileTooLarge(size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) maxFileBytes + 1);
            }
            return load(file, bytes);
        } catch (IOException e) {
            return failed(file, new ImageProblem("image.unreadable", "cannot read the file: " + e.getMessage(),
                    "check that it exists and can be read"));
        }
    }

    /**
     * Fingerprints the bytes and reads the header: the image, or one error naming what is wrong (too big, cut
     * short, not an image, a format peersite cannot publish), checked before a pixel is decoded.
     *
     * @param file the file as the user knows it, for the diagnostics ({@code content/img/photo.jpg})
     */
    public LoadedImage load(String file, byte[] bytes) {
        return load(file, bytes, Fingerprint.of(bytes));
    }

    /**
     * {@link #load(String, byte[])} for a caller that fingerprinted the bytes already (the load stage does, for
     * every input): only the header is read.
     */
    public LoadedImage load(String file, byte[] bytes, Fingerprint fingerprint) {
        if (bytes.length > maxFileBytes) {
            return failed(file, fileTooLarge(bytes.length));
        }
        ImageInfo info;
        try {
            info = ImageProbe.probe(bytes);
            check(info);
        } catch (ImageProblem problem) {
            return failed(file, problem);
        }
        List<Diagnostic> warnings = new ArrayList<>();
        ImageFormat.byFileName(file).filter(named -> named != info.format()).ifPresent(named -> warnings.add(
                new Diagnostic(Severity.WARNING, "image.extension", "this file is " + info.format().label()
                        + ", but its name says " + named.label(), "rename it to " + SourceImage.stemOf(file) + "."
                        + info.format().extensions().get(0) + "; its variants are written as "
                        + info.format().label() + " meanwhile", Position.of(file), null)));
        if (info.format() == ImageFormat.SVG && !info.hasSize()) {
            warnings.add(new Diagnostic(Severity.WARNING, "image.svg-size", "this SVG has no size: neither"
                    + " width and height in px nor a viewBox", "add a viewBox (or width and height) to its <svg>"
                    + " element, so pages can reserve its space", Position.of(file), null));
        }
        byte[] sanitized = null;
        if (info.format() == ImageFormat.SVG && sanitizeSvg) {
            try {
                Svg.Sanitized clean = Svg.sanitize(bytes);
                sanitizedAway(file, clean).ifPresent(warnings::add);
                sanitized = clean.bytes();
            } catch (ImageProblem problem) {
                return failed(file, problem);
            }
        }
        if (passedThrough(info) && info.orientation() != 1) {
            warnings.add(new Diagnostic(Severity.WARNING, "image.orientation", "this " + info.format().label()
                    + " is published as stored, without its EXIF orientation (" + info.orientation()
                    + "), which goes with its metadata", "turn the picture in an image editor and save it",
                    Position.of(file), null));
        }
        return new LoadedImage(new SourceImage(file, fingerprint, bytes.length, info), warnings, sanitized);
    }

    private void check(ImageInfo info) throws ImageProblem {
        ImageFormat format = info.format();
        if (format.handling() == ImageFormat.Handling.UNSUPPORTED) {
            throw new ImageProblem("image.unsupported", switch (format) {
                case AVIF -> "peersite cannot read AVIF images yet (Java has no AVIF decoder)";
                case HEIC -> "HEIC images cannot be published: only Safari shows them";
                default -> format.label() + " images cannot be published: browsers do not show them";
            }, "convert it to JPEG (photos) or PNG (drawings, screenshots)");
        }
        if (format == ImageFormat.SVG) {
            return;
        }
        if (!info.hasSize()) {
            throw new ImageProblem("image.empty-size", "the header says the image is " + info.width() + " × "
                    + info.height() + " pixels", "the file is damaged: export it again");
        }
        if (info.pixels() > maxPixels) {
            throw new ImageProblem("image.too-large", info.width() + " × " + info.height() + " pixels is more than"
                    + " the " + megapixels(maxPixels) + " megapixels peersite will "
                    + (format.handling() == ImageFormat.Handling.RESIZED ? "decode" : "publish"),
                    "scale it down to the size it is shown at: a page rarely needs more than 3000 pixels across");
        }
    }

    /**
     * The files {@link #render} writes for {@code image}, with their names and sizes, from its fingerprint and
     * header alone. A resized image gets each configured width narrower than its own (never upscaled) plus its
     * own width (at most {@link Builder#maxWidth}); SVG, WebP and animations one file at their own size.
     */
    public ImagePlan plan(SourceImage image) {
        ImageInfo info = image.info();
        String stem = safeStem(image.stem());
        if (passedThrough(info)) {
            String extension = info.format() == ImageFormat.SVG || info.format() == ImageFormat.WEBP
                    ? info.format().outputExtension() : info.format().extensions().get(0);
            String name = stem + "." + hash(image, info.format()) + "." + extension;
            return new ImagePlan(image, List.of(new Variant(name, info.displayWidth(), info.displayHeight(), info.format())));
        }
        ImageFormat output = info.format() == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
        String prefix = stem + "." + hash(image, output) + "-";
        int full = maxWidth > 0 ? Math.min(maxWidth, info.displayWidth()) : info.displayWidth();
        List<Variant> variants = new ArrayList<>();
        for (int width : widths) {
            if (width < full) {
                variants.add(variant(prefix, width, info, output));
            }
        }
        variants.add(variant(prefix, full, info, output));
        return new ImagePlan(image, variants);
    }

    private static Variant variant(String prefix, int width, ImageInfo info, ImageFormat output) {
        long height = Math.max(1, ((long) info.displayHeight() * width * 2 + info.displayWidth()) / (2L * info.displayWidth()));
        return new Variant(prefix + width + "." + output.outputExtension(), width, (int) height, output);
    }

    /**
     * Makes every file of {@link #plan}{@code (image)} from the image's bytes (which must be those it was loaded
     * from): decoded once within the memory budget, oriented, resized, encoded without metadata. A file that
     * turns out damaged while decoding gives one error and no files.
     */
    public ImageFiles render(SourceImage image, byte[] bytes) {
        if (!Fingerprint.of(bytes).equals(image.fingerprint())) {
            throw new IllegalArgumentException("these are not the bytes " + image.file() + " was loaded from");
        }
        ImagePlan plan = plan(image);
        try {
            if (passedThrough(image.info())) {
                return passThrough(plan, bytes);
            }
            return new ImageFiles(plan, resize(plan, bytes), List.of());
        } catch (ImageProblem problem) {
            return new ImageFiles(plan, List.of(), List.of(problem.at(image.file())));
        }
    }

    /**
     * {@link #render(SourceImage, byte[])} for an image as it loaded: an SVG published sanitised is written as its
     * loading sanitised it, without reading or parsing the file again (the same bytes: the sanitiser is a function
     * of the file's); any other image is made from {@code bytes}, asked for only then (they must be those it was
     * loaded from).
     */
    public ImageFiles render(LoadedImage loaded, Supplier<byte[]> bytes) {
        SourceImage image = loaded.usable().orElseThrow(
                () -> new IllegalArgumentException("an image that failed to load has no files"));
        if (sanitizeSvg && loaded.sanitizedSvg() != null) {
            ImagePlan plan = plan(image);
            return new ImageFiles(plan, List.of(new VariantFile(plan.largest(), loaded.sanitizedSvg())), List.of());
        }
        return render(image, bytes.get());
    }

    /**
     * {@link #render} for many images on the build's worker threads, results in the images' order. A failure
     * inside peersite while rendering one image (a bug, not a bad file) becomes an internal error at that file.
     */
    public List<ImageFiles> renderAll(List<SourceImage> images, Function<SourceImage, byte[]> bytes, Workers workers) {
        return workers.map(images, image -> render(image, bytes.apply(image)),
                (image, failure) -> new ImageFiles(plan(image), List.of(),
                        List.of(Diagnostic.internal(Position.of(image.file()), "making the image's variants", failure))));
    }

    private List<VariantFile> resize(ImagePlan plan, byte[] bytes) throws ImageProblem {
        ImageInfo info = plan.source().info();
        // Reading every n-th pixel is safe while what is read stays at least twice the widest variant. (Not for a
        // GIF, whose frame is placed on its screen after reading.)
        int subsampling = info.format() == ImageFormat.GIF ? 1 : Math.max(1, info.displayWidth() / plan.largest().width() / 2);
        long pixels = info.pixels() / ((long) subsampling * subsampling);
        long estimate = pixels * (info.sampleBytes() + 4 + (info.orientation() == 1 ? 0 : 4) + 3);
        DecodeBudget.Lease lease = budget.take(estimate);
        try {
            BufferedImage decoded = Decoder.decode(bytes, info, subsampling);
            Downscaler scaler = new Downscaler(Pixels.normalise(decoded, info.orientation()));
            List<VariantFile> files = new ArrayList<>();
            for (Variant variant : plan.variants()) {
                BufferedImage scaled = scaler.scaled(variant.width(), variant.height());
                byte[] encoded = variant.format() == ImageFormat.JPEG ? Encoder.jpeg(scaled, jpegQuality)
                        : Encoder.png(scaled, pngLevel);
                files.add(new VariantFile(variant, encoded));
            }
            scaler.release();
            return files;
        } finally {
            lease.close();
        }
    }

    private ImageFiles passThrough(ImagePlan plan, byte[] bytes) throws ImageProblem {
        SourceImage image = plan.source();
        byte[] out;
        switch (image.info().format()) {
            case SVG -> {
                if (sanitizeSvg) {
                    out = Svg.sanitize(bytes).bytes(); // what it removed was reported when the SVG was loaded
                } else {
                    Svg.probe(bytes); // still well-formed XML, or an error
                    out = bytes;
                }
            }
            case WEBP -> out = WebpChunks.strip(bytes);
            case GIF -> out = GifBlocks.strip(bytes);
            case PNG -> out = PngChunks.strip(bytes);
            default -> throw new IllegalStateException(image.info().format() + " is not passed through");
        }
        return new ImageFiles(plan, List.of(new VariantFile(plan.largest(), out)), List.of());
    }

    /**
     * The warning naming what the sanitiser takes out of an SVG, if it takes anything. Given when the SVG is
     * loaded, not when its copy is written, so that every build that publishes the sanitised copy says so (a cached
     * build or the preview reuses the copy), and none where SVGs are published as they are.
     */
    private static Optional<Diagnostic> sanitizedAway(String file, Svg.Sanitized clean) {
        if (clean.removed().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(Severity.WARNING, "image.svg-sanitized", "removed from this SVG: "
                + String.join(", ", clean.removed()), "SVGs are published without scripts and outside references;"
                + " a site that trusts its authors can allow them with features: {rawHtml: allow}", Position.of(file),
                null));
    }

    /** SVG and WebP always, and GIFs and PNGs that move (resizing would keep only their first frame). */
    private static boolean passedThrough(ImageInfo info) {
        return info.format().handling() == ImageFormat.Handling.PASSED_THROUGH || info.animated();
    }

    /** Eight hex digits of the source's fingerprint and every setting that shapes the output format's bytes. */
    private String hash(SourceImage image, ImageFormat output) {
        Fingerprint.Hasher hasher = new Fingerprint.Hasher().fingerprint(image.fingerprint())
                .string(PROCESSING_VERSION).string(output.name());
        switch (output) {
            case JPEG -> hasher.string(Float.toString(jpegQuality)).number(maxWidth);
            case PNG -> hasher.number(pngLevel).number(maxWidth).number(image.info().animated() ? 1 : 0);
            case SVG -> hasher.number(sanitizeSvg ? 1 : 0);
            default -> hasher.number(0);
        }
        return hasher.done().hex().substring(0, 8);
    }

    /** The name's stem as a URL-friendly word: NFC, lower case, letters and digits, runs of anything else one dash. */
    static String safeStem(String stem) {
        String text = Normalizer.normalize(stem, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '_') {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        if (out.length() > 60) {
            out.setLength(out.offsetByCodePoints(0, Math.min(60, out.codePointCount(0, out.length()))));
        }
        return out.length() == 0 ? "image" : out.toString();
    }

    private ImageProblem fileTooLarge(long size) {
        return new ImageProblem("image.file-too-large", "the file is " + megabytes(size) + " MB, more than the "
                + megabytes(maxFileBytes) + " MB peersite reads for one image",
                "export it smaller: a photo for a web page needs a few MB at most");
    }

    private static LoadedImage failed(String file, ImageProblem problem) {
        return new LoadedImage(null, List.of(problem.at(file)));
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? Long.toString(pixels / 1_000_000)
                : String.format(Locale.ROOT, "%.1f", pixels / 1e6);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) (1 << 20));
    }

    /** Settings, each with a default; {@link #build} checks them. */
    public static final class Builder {
        private List<Integer> widths = DEFAULT_WIDTHS;
        private int maxWidth;
        private float jpegQuality = DEFAULT_JPEG_QUALITY;
        private int pngLevel = DEFAULT_PNG_LEVEL;
        private long maxPixels = DEFAULT_MAX_PIXELS;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private boolean sanitizeSvg = true;
        private long decodeMemory;

        private Builder() {
        }

        /** The widths of the {@code srcset}, in pixels (default 480, 800, 1200, 1600); only those below an image's own are made. */
        public Builder widths(int... values) {
            return widths(java.util.Arrays.stream(values).boxed().toList());
        }

        public Builder widths(List<Integer> values) {
            this.widths = List.copyOf(values);
            return this;
        }

        /** The widest file made of any image, 0 (the default) for its own width. */
        public Builder maxWidth(int pixels) {
            this.maxWidth = pixels;
            return this;
        }

        /** JPEG quality from 0 to 1 (default 0.82). */
        public Builder jpegQuality(float quality) {
            this.jpegQuality = quality;
            return this;
        }

        /** PNG deflate level from 0 to 9 (default 9). */
        public Builder pngLevel(int level) {
            this.pngLevel = level;
            return this;
        }

        /** The most pixels an image may have (default 50 million); larger ones are an error before decoding. */
        public Builder maxPixels(long pixels) {
            this.maxPixels = pixels;
            return this;
        }

        /** The largest image file read (default 64 MiB). */
        public Builder maxFileBytes(long bytes) {
            this.maxFileBytes = bytes;
            return this;
        }

        /** Whether SVGs are sanitised (default); a site with {@code rawHtml: allow} publishes them as they are. */
        public Builder sanitizeSvg(boolean sanitize) {
            this.sanitizeSvg = sanitize;
            return this;
        }

        /** Bytes the decoded pixels of images rendered at once may take (default a quarter of the heap). */
        public Builder decodeMemory(long bytes) {
            this.decodeMemory = bytes;
            return this;
        }

        public Images build() {
            if (widths.stream().anyMatch(w -> w == null || w < 1 || w > 100_000)) {
                throw new IllegalArgumentException("widths must be between 1 and 100000 pixels: " + widths);
            }
            if (maxWidth < 0) {
                throw new IllegalArgumentException("maxWidth must not be negative: " + maxWidth);
            }
            if (!(jpegQuality > 0 && jpegQuality <= 1)) {
                throw new IllegalArgumentException("jpegQuality must be above 0 and at most 1: " + jpegQuality);
            }
            if (pngLevel < 0 || pngLevel > 9) {
                throw new IllegalArgumentException("pngLevel must be 0 to 9: " + pngLevel);
            }
            if (maxPixels < 1 || maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxPixels and maxFileBytes must be positive (and a file below 2 GiB)");
            }
            return new Images(this);
        }
    }
}
