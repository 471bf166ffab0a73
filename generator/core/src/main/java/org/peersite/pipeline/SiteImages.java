package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.graph.Attachments;
import org.peersite.graph.Fact;
import org.peersite.image.ImageFiles;
import org.peersite.image.ImageFormat;
import org.peersite.image.ImagePlan;
import org.peersite.image.Images;
import org.peersite.image.LoadedImage;
import org.peersite.image.Variant;
import org.peersite.image.VariantFile;
import org.peersite.internal.Fingerprint;
import org.peersite.internal.Workers;
import org.peersite.markdown.RawHtml;
import org.peersite.render.OutputFile;
import org.peersite.render.OutputSink;
import org.peersite.source.ContentLoader;

/**
 * The images of {@code content/} as the pipeline sees them: probed after the load stage (header only, limits
 * checked), known to the link stage as {@link Attachments} (so pages state each image's size and variants), and
 * written during the render stage as their variants, in place of the original (which may carry a camera's
 * metadata). Remembers what it probed by fingerprint, so the preview probes only a file that changed; a variant
 * already in the previous state's files is never encoded again. Not thread-safe: one update at a time, like the
 * {@link Pipeline} that owns it.
 */
final class SiteImages {

    private final Settings settings;
    private final Workers workers;
    /** How SVGs are published: sanitised, unless the site allows raw HTML (its authors are trusted). */
    private final Images sanitizing = Images.builder().build();
    private final Images asWritten = Images.builder().sanitizeSvg(false).build();
    /** What each image file was last loaded as, by content path, with the fingerprint it was loaded from. */
    private Map<String, LoadedImage> probed = Map.of();
    /** The images {@link #probed} were loaded with. */
    private Images probedWith;
    private final AtomicLong encoded = new AtomicLong();

    SiteImages(Settings settings, Workers workers) {
        this.settings = settings;
        this.workers = workers;
    }

    /** The site's images and other attachments as they are now, each image probed once per distinct content. */
    Current update(Loaded loaded) {
        List<String> imagePaths = new ArrayList<>();
        List<String> sitePaths = new ArrayList<>();
        Map<String, ContentLoader.ContentFile> files = new HashMap<>();
        for (ContentLoader.ContentFile file : loaded.tree().staticFiles()) {
            sitePaths.add("/" + file.relativePath());
            if (ImageFormat.isImageFileName(file.relativePath()) && loaded.files().containsKey(file.relativePath())) {
                imagePaths.add(file.relativePath());
                files.put(file.relativePath(), file);
            }
        }
        Images images = loaded.config() != null && loaded.config().features().rawHtml() == RawHtml.ALLOW
                ? asWritten : sanitizing;
        Map<String, LoadedImage> before = images == probedWith ? probed : Map.of();
        List<LoadedImage> loadedImages = workers.map(imagePaths, path -> {
            Fingerprint hash = loaded.files().get(path).hash();
            LoadedImage was = before.get(path);
            if (was != null && was.usable().map(i -> i.fingerprint().equals(hash)).orElse(false)) {
                return was;
            }
            return images.load(files.get(path).displayPath(), files.get(path).path());
        }, (path, failure) -> new LoadedImage(null, List.of(Diagnostic.internal(
                Position.of(files.get(path).displayPath()), "reading this image", failure))));
        Map<String, LoadedImage> now = new TreeMap<>();
        Map<String, ImagePlan> plans = new HashMap<>();
        Set<String> broken = new TreeSet<>();
        for (int i = 0; i < imagePaths.size(); i++) {
            String path = imagePaths.get(i);
            LoadedImage image = loadedImages.get(i);
            now.put(path, image);
            image.usable().ifPresentOrElse(source -> plans.put("/" + path, images.plan(source)),
                    () -> broken.add("/" + path));
        }
        probed = now;
        probedWith = images;
        return new Current(new Attachments(sitePaths, plans, broken), now, images);
    }

    /** How many variant files this pipeline encoded: what the tests of "never twice" count. */
    long encoded() {
        return encoded.get();
    }

    /**
     * The images as one update sees them.
     *
     * @param attachments what the link and render stages ask about the site's files
     * @param images      every image file, by content path, as it loaded
     * @param loadedWith  what loaded them, and makes their variants
     */
    record Current(Attachments attachments, Map<String, LoadedImage> images, Images loadedWith) {

        /** Whether the file at an output path is an image, published as its variants instead of as it is. */
        boolean replaces(String outputPath) {
            return images.containsKey(outputPath);
        }

        /** What loading the images found: one error per file that cannot be published, and warnings. */
        List<Diagnostic> diagnostics() {
            List<Diagnostic> all = new ArrayList<>();
            images.values().forEach(image -> all.addAll(image.diagnostics()));
            return all;
        }
    }

    /**
     * One variant file of the site, as the render stage records it: made now ({@code hash} and {@code size} of the
     * bytes handed to the sink), or kept from the previous state ({@code hash} {@code null}).
     */
    record Written(String path, Fingerprint hash, long size, Fact source, boolean written) {
    }

    /**
     * Writes the variants of every image, except those whose files {@code made} already holds (their names say
     * what bytes they hold): each image decoded once, on the workers, its variants handed to the sink at once so
     * that no more than a few images' bytes are in memory.
     *
     * @param made     the variant paths the previous state has
     * @param problems receives what encoding found (a file that turns out damaged, an SVG that lost a script)
     */
    List<Written> write(Current current, Predicate<String> made, OutputSink sink, Diagnostics problems) {
        List<Map.Entry<String, LoadedImage>> usable = current.images().entrySet().stream()
                .filter(e -> e.getValue().usable().isPresent()).toList();
        List<List<Written>> results = workers.map(usable, entry -> write(current.loadedWith(), entry.getKey(),
                entry.getValue(), made, sink, problems), (entry, failure) -> {
                    problems.internal(Position.of(entry.getValue().image().file()), "making the image's variants",
                            failure);
                    return List.of();
                });
        List<Written> all = new ArrayList<>();
        results.forEach(all::addAll);
        return all;
    }

    private List<Written> write(Images images, String path, LoadedImage image, Predicate<String> made,
                                OutputSink sink, Diagnostics problems) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        Fact source = Fact.of(Fact.Type.FILE, path);
        ImagePlan plan = images.plan(image.image());
        if (plan.variants().stream().allMatch(v -> made.test(folder + v.fileName()))) {
            return plan.variants().stream().map(v -> new Written(folder + v.fileName(), null, 0, source, false)).toList();
        }
        ImageFiles files = images.render(image, () -> {
            try {
                return Files.readAllBytes(settings.content().resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        problems.addAll(files.diagnostics());
        List<Written> out = new ArrayList<>();
        for (VariantFile file : files.files()) {
            Variant variant = file.variant();
            byte[] encodedBytes = file.bytes();
            encoded.incrementAndGet();
            String output = folder + variant.fileName();
            sink.accept(OutputFile.of(output, encodedBytes));
            out.add(new Written(output, Fingerprint.of(encodedBytes), encodedBytes.length, source, true));
        }
        return out;
    }
}
