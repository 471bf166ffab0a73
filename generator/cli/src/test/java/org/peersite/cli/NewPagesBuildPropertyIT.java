package org.peersite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Whatever the title, {@code new} writes a page that builds: a site made by {@code init} gets pages of every
 * kind with odd generated titles (YAML and Markdown syntax, YAML 1.1 words, emoji, accents, other scripts, very
 * long), and then {@code check} and {@code check --drafts} find no error, every title reads back exactly as
 * given, and the built page shows it as its heading.
 *
 * <p>Seeded: a failure names its seed and title. An integration test (about five seconds a site), run by
 * {@code mvn verify}. {@code -Dpeersite.newTitles.trials=N} runs more sites,
 * {@code -Dpeersite.newTitles.seed=S} starts from another seed.
 */
class NewPagesBuildPropertyIT {

    private static final int TRIALS = Integer.getInteger("peersite.newTitles.trials", 8);
    private static final long SEED = Long.getLong("peersite.newTitles.seed", 20261206L);
    private static final int TITLES_PER_KIND = 3;
    private static final List<String> KINDS = List.of("concept", "framework", "guide", "interview");

    /** Pieces of titles: what YAML, Markdown, Obsidian, HTML and Unicode each make tricky. */
    private static final List<String> PARTS = List.of("Peer", "groups", "leaders", "\"quoted\"", "'single'", "it's",
            "a: b", "key:", "#hash", " # not a comment", "- ", "-", "--", "---", "...", "? ", "&anchor", "*alias",
            "!tag", "!!str", "%TAG", "@at", "`tick`", "|", ">", "{a: 1}", "[a, b]", ",", ":", "yes", "No", "null",
            "~", "true", "1:30", "0777", "0x1F", "2024-02-30", ".inf", "[[wiki]]", "[[a|b]]", "[link](x.md)",
            "![img](y.png)", "<b>bold</b>", "<script>", "&amp;", "&", "*", "_under_", "**strong**", "~~gone~~",
            "==mark==", "%%hidden%%", "^block", "$x$", "\\", "\\n", "{{title}}", "{{concept}}", "peersite0fill",
            "🙂", "👩‍👩‍👧", "🏳️‍🌈", "Café", "e\u0301", "東京", "עברית", "Ελληνικά", "İstanbul", "ß", "\u00a0",
            "\u200d", "1.", "2)", "+", "=", "map", "index", "concepts");

    @TempDir
    Path root;

    @Test
    void everyNewPageOfAnInitSiteChecksWithoutErrorWhateverItsTitle() throws IOException {
        for (int trial = 0; trial < TRIALS; trial++) {
            long seed = SEED + trial;
            Random random = new Random(seed);
            Path site = root.resolve("site-" + trial);
            assertThat(Cli.run("init", site.toString()).exit()).isZero();
            String[] folders = {"--content", site.resolve("content").toString(), "--templates",
                    site.resolve("templates").toString()};

            Map<Path, String> created = new LinkedHashMap<>();
            List<String> kinds = new ArrayList<>(KINDS);
            Collections.shuffle(kinds, random);
            List<String> titles = titles(random, kinds.size() * TITLES_PER_KIND);
            for (String kind : kinds) {
                for (int i = 0; i < TITLES_PER_KIND; i++) {
                    String title = titles.remove(titles.size() - 1);
                    Cli made = Cli.run(args("new", folders, kind, title));
                    String what = "seed " + seed + ", new " + kind + " " + javaString(title);
                    if (made.exit() == 1) {
                        // Another title of this run gave the same slug; the first page stays as it was.
                        assertThat(made.err()).as(what).contains("already exists; nothing was written");
                        continue;
                    }
                    assertThat(made.exit()).as(what + "\n" + made.err()).isZero();
                    created.put(Path.of(made.out().strip()), title.strip());
                }
            }

            for (Map.Entry<Path, String> page : created.entrySet()) {
                assertThat(title(page.getKey())).as("seed " + seed + ": " + page.getKey())
                        .isEqualTo(page.getValue());
            }
            for (String[] check : List.of(new String[] {"check"}, new String[] {"check", "--drafts"})) {
                Cli checked = Cli.run(args(check[0], folders, check.length > 1 ? check[1] : "--threads=2"));
                assertThat(checked.err()).as("seed " + seed + ", " + String.join(" ", check) + ", titles "
                        + created.values().stream().map(NewPagesBuildPropertyIT::javaString).toList())
                        .doesNotContain("error[");
                assertThat(checked.exit()).isZero();
            }
            Path output = site.resolve("site-output");
            assertThat(Cli.run(args("build", folders, "--drafts", "--output", output.toString())).exit()).isZero();
            for (Map.Entry<Path, String> page : created.entrySet()) {
                String slug = page.getKey().getFileName().toString().replaceFirst("\\.md$", "");
                Path html = output.resolve(page.getKey().getParent().getFileName().toString()).resolve(slug)
                        .resolve("index.html");
                assertThat(spaced(Jsoup.parse(html.toFile(), "UTF-8").selectFirst("h1").text()))
                        .as("seed " + seed + ": the heading of " + html)
                        .isEqualTo(spaced(page.getValue()));
            }
        }
    }

    /**
     * {@code count} titles that together hold every part at least once, in random order and groupings, some after
     * a dash, some repeated into hundreds of characters.
     */
    private static List<String> titles(Random random, int count) {
        List<String> deck = new ArrayList<>(PARTS);
        Collections.shuffle(deck, random);
        List<StringBuilder> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            titles.add(new StringBuilder(random.nextInt(6) == 0 ? "- " : "").append("Title "));
        }
        for (String part : deck) {
            titles.get(random.nextInt(count)).append(part).append(random.nextBoolean() ? " " : "");
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder title : titles) {
            out.add(random.nextInt(8) == 0 ? title.toString().repeat(5 + random.nextInt(20)) : title.toString());
        }
        return out;
    }

    private static String title(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String yaml = text.substring(4, text.indexOf("\n---\n", 4));
        Map<String, Object> meta = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return (String) meta.get("title");
    }

    /** Text with every run of white space (no-break spaces too, as HTML shows them) as one space. */
    private static String spaced(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static String[] args(String command, String[] folders, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(folders));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** The title as a Java string literal, so a failing one can be pasted into a test. */
    private static String javaString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c == '"' || c == '\\' ? "\\" + (char) c
                : c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.append('"').toString();
    }
}
