package org.peersite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.peersite.bench.corpus.CorpusSpec;
import org.peersite.bench.corpus.LinkStyle;

/**
 * Writes a benchmark corpus from the command line: a thin translation of options into {@link CorpusSpec}.
 *
 * <pre>
 * java -cp generator/benchmarks/target/benchmarks.jar org.peersite.bench.CorpusWriter --pages 10000 --out /tmp/c10k
 * java -cp generator/benchmarks/target/benchmarks.jar org.peersite.bench.CorpusWriter --pages 10000 \
 *     --out /tmp/c10k-md --links markdown
 * </pre>
 *
 * Writes {@code OUT/content/} and prints one line: pages per kind, MiB, body words per page. Refuses to
 * replace a content folder that is not empty unless {@code --force} is given, and even then replaces only a
 * folder this tool wrote (its {@code site.yaml} says so). The output depends only on
 * {@code --pages}, {@code --seed} (default 1), {@code --links} (default {@code wiki}), {@code --obsidian}
 * (one page in four also gets a callout, a highlight, a comment, a block id and an embed) and {@code --images}
 * (default 0: how many JPEG and PNG images to write into {@code attachments/} and show on pages), not on
 * {@code --threads}. Not thread-safe; a tool, run by hand.
 */
public final class CorpusWriter {

    static final String USAGE = "usage: CorpusWriter --pages N --out DIR [--seed S] [--links wiki|markdown]"
            + " [--obsidian] [--images N] [--threads T] [--force]";

    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns the exit status (0 done, 1 content folder not empty or not a corpus, 2 bad options). */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("CorpusWriter: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path content = options.out().resolve("content");
        if (options.force() && Files.exists(content)) {
            if (!CorpusSpec.madeHere(content)) {
                // --out . --force must never wipe a real site's content.
                err.println("CorpusWriter: " + content + " does not look like a generated corpus (its site.yaml does"
                        + " not say so); not replacing it, even with --force");
                return 1;
            }
            Folders.deleteTree(content);
        }
        try {
            out.println(options.spec().write(content, options.threads()).line());
            return 0;
        } catch (FileAlreadyExistsException e) {
            err.println("CorpusWriter: " + content + " is not empty; pass --force to replace it");
            return 1;
        }
    }

    /** The parsed command line. */
    record Options(CorpusSpec spec, Path out, int threads, boolean force) {

        static Options parse(String[] args) {
            Integer pages = null;
            Path out = null;
            long seed = 1;
            LinkStyle links = LinkStyle.WIKI;
            int threads = Runtime.getRuntime().availableProcessors();
            boolean force = false;
            boolean obsidian = false;
            int images = 0;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--force" -> force = true;
                    case "--obsidian" -> obsidian = true;
                    case "--images" -> images = images(option, value(args, ++i, option));
                    case "--pages" -> pages = count(option, value(args, ++i, option));
                    case "--out" -> out = Path.of(value(args, ++i, option));
                    case "--seed" -> seed = number(option, value(args, ++i, option));
                    case "--links" -> links = LinkStyle.named(value(args, ++i, option));
                    case "--threads" -> threads = count(option, value(args, ++i, option));
                    default -> throw new IllegalArgumentException("unknown option \"" + option + "\"");
                }
            }
            if (pages == null || out == null) {
                throw new IllegalArgumentException("--pages and --out are required");
            }
            return new Options(new CorpusSpec(pages, seed, links, obsidian, images), out, threads, force);
        }

        private static String value(String[] args, int at, String option) {
            if (at >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[at];
        }

        private static int images(String option, String value) {
            long n = number(option, value);
            if (n < 0 || n > 1_000_000) {
                throw new IllegalArgumentException(option + " must be a whole number from 0 to 1,000,000, not " + value);
            }
            return (int) n;
        }

        private static int count(String option, String value) {
            long n = number(option, value);
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(option + " must be a positive whole number, not " + value);
            }
            return (int) n;
        }

        /** A whole number; {@code 10_000} and {@code 10,000} are read as 10000. */
        private static long number(String option, String value) {
            try {
                return Long.parseLong(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, not \"" + value + "\"");
            }
        }
    }
}
