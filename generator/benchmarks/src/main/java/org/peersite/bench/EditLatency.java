package org.peersite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.peersite.diag.Diagnostics;
import org.peersite.Generator;
import org.peersite.LiveSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.source.SourceFile;

/**
 * Measures how long {@link LiveSite#rebuild} takes after one page is edited, with no file watcher, server or
 * browser in the way (for that whole loop see {@link ServeLatency}). Works on a copy of the site: opens it, then
 * edits one page again and again, alternating an edit right after a concept mention (which changes the
 * sentence its backlink quotes, so other pages render again) with an edit at the end of a paragraph far from
 * any link (which changes only the page). Only the {@code rebuild} call is timed, after warm-up edits.
 *
 * <pre>
 * java -cp generator/benchmarks/target/benchmarks.jar org.peersite.bench.EditLatency CORPUS/content templates \
 *     [PAGE] [WARMUP] [EDITS]
 * </pre>
 *
 * Arguments: content folder, templates folder, the page to edit relative to content (default: the first
 * interview by name, else {@code index.md}; {@code -} picks it too), warm-up edits (default 20) and measured edits (default 100). Prints
 * median, p10, p90 and max per kind of edit, and the pages each edit rendered. Not thread-safe; a tool, run by
 * hand.
 */
public final class EditLatency {

    private EditLatency() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EditLatency CONTENT TEMPLATES [PAGE] [WARMUP] [EDITS]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        String page = args.length > 2 && !args[2].equals("-") ? args[2] : defaultPage(content);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        List<String> conceptNames = ConceptNames.read(content);
        try (SiteCopy copy = SiteCopy.of(content, templates)) {
            measure(copy, page, warmUp, measured, conceptNames);
        }
    }

    private static void measure(SiteCopy copy, String page, int warmUp, int measured, List<String> conceptNames)
            throws IOException {
        Path file = copy.content().resolve(page);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        SourceFile source = FrontMatterSplitter.split(page, page, text, new Diagnostics());
        PageEdits edits = PageEdits.find(text, source == null ? 0 : source.bodyOffset(), conceptNames);

        Generator generator = Generator.builder().content(copy.content()).templates(copy.templates())
                .displayBase(copy.root()).build();
        long opening = System.nanoTime();
        try (LiveSite site = LiveSite.open(generator)) {
            double openedMillis = (System.nanoTime() - opening) / 1e6;
            LiveSite.Snapshot first = site.snapshot();
            if (first.hasErrors()) {
                throw new IllegalStateException("the site has errors; fix them first:\n" + first.diagnostics().stream()
                        .filter(Diagnostic::isError).limit(5).map(DiagnosticFormatter::format)
                        .collect(Collectors.joining("\n")));
            }
            List<Double> nearMillis = new ArrayList<>();
            List<Double> farMillis = new ArrayList<>();
            List<Double> nearPages = new ArrayList<>();
            List<Double> farPages = new ArrayList<>();
            int nearEdits = 0;
            int farEdits = 0;
            for (int i = 0; i < warmUp + measured; i++) {
                boolean near = i % 2 == 0;
                nearEdits += near ? 1 : 0;
                farEdits += near ? 0 : 1;
                Files.writeString(file, edits.text(nearEdits, farEdits), StandardCharsets.UTF_8);
                long started = System.nanoTime();
                LiveSite.Update update = site.rebuild(List.of(file));
                double millis = (System.nanoTime() - started) / 1e6;
                if (update.snapshot().hasErrors() || update.changed().isEmpty()) {
                    throw new IllegalStateException("edit " + i + " did not rebuild cleanly: " + update.changed().size()
                            + " files changed, errors: " + update.snapshot().hasErrors());
                }
                if (i >= warmUp) {
                    (near ? nearMillis : farMillis).add(millis);
                    (near ? nearPages : farPages).add((double) update.pagesRendered());
                }
            }
            List<Double> all = new ArrayList<>(nearMillis);
            all.addAll(farMillis);
            System.out.printf(Locale.ROOT, "site: %d files, %d pages rendered by the first build, opened in %.0f ms%n",
                    first.files().size(), first.pagesRendered(), openedMillis);
            System.out.printf(Locale.ROOT, "page: %s; near edit: %s; far edit: %s%n", page, edits.near(), edits.far());
            System.out.printf(Locale.ROOT, "%d warm-up edits, %d measured (%d near a mention, %d far from links)%n",
                    warmUp, measured, nearMillis.size(), farMillis.size());
            print("rebuild, edit near a mention", nearMillis, nearPages);
            print("rebuild, edit far from links", farMillis, farPages);
            print("rebuild, all edits", all, null);
        }
    }

    private static void print(String what, List<Double> millis, List<Double> pages) {
        if (millis.isEmpty()) {
            return;
        }
        String rendered = "";
        if (pages != null) {
            Samples p = Samples.of(pages);
            rendered = String.format(Locale.ROOT, "   pages rendered %.0f (%.0f-%.0f)", p.median(), p.min(), p.max());
        }
        System.out.printf(Locale.ROOT, "%-30s %s%s%n", what, Samples.of(millis).describe("ms"), rendered);
    }

    /** The first interview by file name, so a corpus needs no page named; else the home page. */
    private static String defaultPage(Path content) throws IOException {
        Path interviews = content.resolve("interviews");
        if (Files.isDirectory(interviews)) {
            try (Stream<Path> list = Files.list(interviews)) {
                return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
                        .findFirst().map(n -> "interviews/" + n).orElse("index.md");
            }
        }
        return "index.md";
    }
}
