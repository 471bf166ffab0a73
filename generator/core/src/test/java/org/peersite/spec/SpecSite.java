package org.peersite.spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.commonmark.testutil.example.ExampleReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.image.ImageFormat;
import org.peersite.image.TestImages;

/**
 * Examples of a spec text built the way an author's page is: each example is the body of its own page,
 * {@code content/NNNN/index.md} (so it is served at {@code /NNNN/}), of one real site on disk, built by the
 * {@link org.peersite.Generator} with {@code rawHtml: allow}, {@code brokenLinks: warning} and
 * {@code autolink: false}. Every path the spec's expected HTML links to gets a file, so that links resolve as
 * they would in a site that has them. The theme's page layout prints only the page's body, so the file written
 * is exactly the HTML peersite made of the Markdown.
 */
final class SpecSite {

    /**
     * One example of a spec text.
     *
     * @param number   its number in the spec, from 1
     * @param info     the word after {@code example} in the spec ({@code table}, {@code autolink}…), or empty
     * @param markdown the input, tabs restored
     * @param html     the HTML the spec expects
     */
    record Example(int number, String section, String info, String markdown, String html) {
        /** The folder the example's page is built in and served from: {@code 0042}. */
        String folder() {
            return String.format(java.util.Locale.ROOT, "%04d", number);
        }

        @Override
        public String toString() {
            return "example " + number + " (" + section + ")";
        }
    }

    /** What the build made of one example: its page's HTML, and the diagnostics that name its file. */
    record Built(Example example, String html, List<Diagnostic> diagnostics) {
    }

    private static final String SITE_YAML = """
            title: Spec examples
            baseUrl: https://example.org/
            features:
              rawHtml: allow
              brokenLinks: warning
              autolink: false
            """;

    private SpecSite() {
    }

    /** Every example of a spec text that {@code keep} accepts, numbered as in the spec. */
    static List<Example> examples(URL spec, Predicate<Example> keep) {
        List<org.commonmark.testutil.example.Example> all = ExampleReader.readExamples(spec);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            org.commonmark.testutil.example.Example e = all.get(i);
            // The reader turns the spec's visible tabs (→) back into tabs in the input only.
            Example example = new Example(i + 1, e.getSection(), e.getInfo(), e.getSource(),
                    e.getHtml().replace('→', '\t'));
            if (keep.test(example)) {
                examples.add(example);
            }
        }
        return examples;
    }

    /** A small real image for a target with an image's name: the site publishes images, not text named like one. */
    private static byte[] image(ImageFormat format) {
        BufferedImage picture = TestImages.quarters(4, 2);
        return format == ImageFormat.JPEG ? TestImages.jpeg(picture) : TestImages.png(picture);
    }

    /** Builds the examples as one site under {@code root}; the build must succeed (warnings are expected). */
    static Map<Integer, Built> build(Path root, List<Example> examples) {
        return build(root, examples, Map.of());
    }

    /**
     * Builds the examples as one site with more pages beside them ({@code pages}: content path to file text), for
     * examples that link to a page by name.
     */
    static Map<Integer, Built> build(Path root, List<Example> examples, Map<String, String> pages) {
        try {
            TestSite.write(root, "=== content/site.yaml\n" + SITE_YAML);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = root.resolve("content").resolve(page.getKey());
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(root.resolve("templates/layouts/page.ftlh"), "${page.content}");
            for (Example example : examples) {
                Path page = root.resolve("content").resolve(example.folder()).resolve("index.md");
                Files.createDirectories(page.getParent());
                Files.writeString(page, "---\ntitle: \"Example " + example.number() + "\"\n---\n" + example.markdown(),
                        StandardCharsets.UTF_8);
            }
            for (String target : linkTargets(examples)) {
                Path file = root.resolve("content").resolve(target);
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    // A link to a Markdown file is a link to the page built from it.
                    Files.write(file, target.endsWith(".md") ? "---\ntitle: Target\n---\nA page.\n".getBytes(StandardCharsets.UTF_8)
                            : ImageFormat.byFileName(target).map(SpecSite::image).orElse("A file.\n".getBytes(StandardCharsets.UTF_8)));
                }
            }
            BuildResult result = TestSite.generator(root).build().generate();
            if (result.hasErrors()) {
                throw new AssertionError("the spec site did not build:\n" + result.report());
            }
            Map<Integer, Built> built = new LinkedHashMap<>();
            for (Example example : examples) {
                String html = Files.readString(root.resolve("site-output").resolve(example.folder()).resolve("index.html"),
                        StandardCharsets.UTF_8);
                String file = "content/" + example.folder() + "/index.md";
                List<Diagnostic> diagnostics = result.diagnostics().stream()
                        .filter(d -> d.position().file().equals(file)).toList();
                built.put(example.number(), new Built(example, html, diagnostics));
            }
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The content paths of the files the examples' expected HTML links to: {@code href} and {@code src} values
     * that are paths, resolved against the example's folder, percent-decoded, without query or fragment. A path
     * that would climb out of the site, name a folder, or clash with another (a file and a folder of one name)
     * gets no file; the example then shows what peersite does with a link to nothing.
     */
    static List<String> linkTargets(List<Example> examples) {
        TreeSet<String> targets = new TreeSet<>();
        for (Example example : examples) {
            for (Element e : Jsoup.parseBodyFragment(example.html()).select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String path = contentPath(url, example.folder());
                if (path != null) {
                    targets.add(path);
                }
            }
        }
        List<String> files = new ArrayList<>();
        for (String target : targets) {
            boolean isFolderOfAnother = targets.stream().anyMatch(t -> t.startsWith(target + "/"));
            if (!isFolderOfAnother) {
                files.add(target);
            }
        }
        return files;
    }

    private static String contentPath(String url, String folder) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("?") || url.startsWith("//")
                || url.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String path = url.substring(0, cut);
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String joined = path.startsWith("/") ? path.substring(1) : folder + "/" + path;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".")) {
                parts.add(part);
            }
        }
        boolean folderOrRoot = parts.isEmpty() || parts.contains("");
        boolean control = path.chars().anyMatch(c -> c < ' ');   // only raw HTML can hold one; no file needed
        return folderOrRoot || control ? null : String.join("/", parts);
    }
}
