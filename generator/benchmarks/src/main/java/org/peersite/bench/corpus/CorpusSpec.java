package org.peersite.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A benchmark corpus shaped like peersite's content, made from its size, a seed and a link style only.
 *
 * <pre>
 * CorpusSummary made = new CorpusSpec(10_000, 1, LinkStyle.WIKI).write(Path.of("/tmp/corpus/content"), 4);
 * System.out.println(made.line());
 * </pre>
 *
 * <p>The content folder gets {@code concepts/} (5 %, at least 20), {@code interviews/} (30 %),
 * {@code frameworks/} (15 %) and {@code guides/} (50 % and the rest), plus {@code index.md} and
 * {@code site.yaml}, which are not counted. Front matter uses the field names of peersite's content model. The
 * files do not depend on the thread count or on timing: every page draws from its own random stream, seeded by
 * (seed, kind, index), and the plan of titles and slugs is made first, in one thread. With the same size and
 * seed, the two link styles differ in the links only.
 *
 * <p>Immutable and thread-safe; each {@link #write} call is independent.
 *
 * @param pages    interviews, frameworks, guides and concepts together; at least {@value CorpusPlan#MIN_PAGES}
 * @param obsidian whether one page in four also has a callout, a highlight, a comment, a block id and (outside
 *                 the concepts, with wiki links) an embed of a concept: see {@link ObsidianExtras}
 * @param images   how many images to write into {@code attachments/} and show on the pages that are not concepts,
 *                 spread evenly: see {@link CorpusImages}; 0 for none
 */
public record CorpusSpec(int pages, long seed, LinkStyle links, boolean obsidian, int images) {

    /** The site title every corpus has, which tells a generated content folder from a real one. */
    static final String SITE_TITLE = "Peer Advantage (benchmark corpus)";

    public CorpusSpec {
        CorpusPlan.sizes(pages);
        if (links == null) {
            throw new IllegalArgumentException("links must be given");
        }
        if (images < 0) {
            throw new IllegalArgumentException("images must be 0 or more, not " + images);
        }
    }

    /** A corpus without images. */
    public CorpusSpec(int pages, long seed, LinkStyle links, boolean obsidian) {
        this(pages, seed, links, obsidian, 0);
    }

    /** A corpus in peersite's own Markdown, without Obsidian's extras. */
    public CorpusSpec(int pages, long seed, LinkStyle links) {
        this(pages, seed, links, false, 0);
    }

    /** Pages of each kind this corpus has, without writing anything. */
    public Map<PageKind, Integer> sizes() {
        return CorpusPlan.sizes(pages);
    }

    /**
     * Writes the corpus into {@code content}, which must be missing or empty.
     *
     * @param threads how many pages are written at once; the files are the same for any value
     * @throws FileAlreadyExistsException if {@code content} holds anything
     */
    public CorpusSummary write(Path content, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        long started = System.nanoTime();
        if (Files.isDirectory(content)) {
            try (Stream<Path> entries = Files.list(content)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(content.toString(), null, "not empty");
                }
            }
        }
        for (PageKind kind : PageKind.values()) {
            Files.createDirectories(content.resolve(kind.folder()));
        }
        if (images > 0) {
            Files.createDirectories(content.resolve(CorpusImages.FOLDER));
        }
        CorpusPlan plan = CorpusPlan.make(pages, seed);
        List<PlannedPage> all = plan.all();
        ForkJoinPool pool = new ForkJoinPool(threads);
        Written total;
        try {
            total = pool.submit(() -> all.parallelStream().map(page -> writePage(plan, page, content))
                    .reduce(Written.NONE, Written::plus)).get();
            total = total.plus(pool.submit(() -> IntStream.rangeClosed(1, images).parallel()
                    .mapToObj(k -> writeImage(k, content)).reduce(Written.NONE, Written::plus)).get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + content, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        long siteFiles = write(content.resolve("site.yaml"), siteYaml()) + write(content.resolve("index.md"), home(plan));
        Map<PageKind, Integer> counts = new EnumMap<>(PageKind.class);
        for (PageKind kind : PageKind.values()) {
            counts.put(kind, plan.pages(kind).size());
        }
        return new CorpusSummary(this, content, counts, total.bytes() + siteFiles, total.bodyWords(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Whether {@code content} is a folder this class wrote: its {@code site.yaml} has the corpus's title. */
    public static boolean madeHere(Path content) throws IOException {
        Path site = content.resolve("site.yaml");
        // Latin-1 reads any bytes; the title looked for is ASCII.
        return Files.isRegularFile(site) && Files.readAllLines(site, StandardCharsets.ISO_8859_1).stream()
                .anyMatch(line -> line.equals("title: " + FrontMatter.quote(SITE_TITLE)));
    }

    /** The text of one page, for tests and tools that need a single page without writing the corpus. */
    String text(CorpusPlan plan, PlannedPage page) {
        PageContext context = new PageContext(plan, page, seed, links);
        String text = switch (page.kind()) {
            case CONCEPT -> ConceptPage.write(context);
            case INTERVIEW -> InterviewPage.write(context);
            case FRAMEWORK -> FrameworkPage.write(context);
            case GUIDE -> GuidePage.write(context);
        };
        text = obsidian ? ObsidianExtras.add(text, plan, page, seed, links) : text;
        StringBuilder withImages = new StringBuilder(text);
        for (int k : CorpusImages.shownOn(plan, page, images)) {
            withImages.append('\n').append(CorpusImages.markdown(k, page.path(), links)).append('\n');
        }
        return withImages.toString();
    }

    private Written writeImage(int k, Path content) {
        byte[] bytes = CorpusImages.bytes(seed, k);
        try {
            Files.write(content.resolve(CorpusImages.FOLDER).resolve(CorpusImages.fileName(k)), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(bytes.length, 0);
    }

    private Written writePage(CorpusPlan plan, PlannedPage page, Path content) {
        String text = text(plan, page);
        try {
            return new Written(write(content.resolve(page.path()), text), bodyWords(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    /** Words of the body: runs of non-blank characters after the front matter. */
    static long bodyWords(String text) {
        int start = text.indexOf("\n---\n", 3) + 5;
        long words = 0;
        boolean inWord = false;
        for (int i = start; i < text.length(); i++) {
            boolean blank = Character.isWhitespace(text.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words;
    }

    private String siteYaml() {
        return "title: " + FrontMatter.quote(SITE_TITLE) + "\n"
                + "baseUrl: \"https://example.org/\"\n"
                + "language: en\n"
                + "description: " + FrontMatter.quote("A generated corpus of " + pages + " pages (seed " + seed
                        + ") for build benchmarks.") + "\n"
                + "menu:\n"
                + "  - {title: \"Interviews\", url: \"/interviews/\"}\n"
                + "  - {title: \"Frameworks\", url: \"/frameworks/\"}\n"
                + "  - {title: \"Guides\", url: \"/guides/\"}\n"
                + "  - {title: \"Concepts\", url: \"/concepts/\"}\n";
    }

    /** The home page links the first page of every kind; each page links the next of its kind, so all are reached. */
    private String home(CorpusPlan plan) {
        List<String> lines = new ArrayList<>();
        for (PageKind kind : PageKind.values()) {
            lines.add("- " + links.fromHome(plan.pages(kind).get(0)));
        }
        return new FrontMatter()
                .text("title", "Peer Advantage")
                .text("summary", "What leaders gain by working with their peers.")
                .end()
                + "A generated benchmark corpus: interviews, frameworks, group guides and the concepts that tie them "
                + "together. Start here:\n\n" + String.join("\n", lines) + "\n";
    }

    /** Bytes and body words written, summed over pages in any order. */
    private record Written(long bytes, long bodyWords) {
        static final Written NONE = new Written(0, 0);

        Written plus(Written other) {
            return new Written(bytes + other.bytes, bodyWords + other.bodyWords);
        }
    }
}
