package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.peersite.TestSite;

/**
 * A small site on disk that a seeded random generator edits the way authors do: bodies, titles, aliases, tags,
 * headings, pages added, deleted and renamed, a layout, a stylesheet, a static file, {@code site.yaml}, and
 * mistakes made and fixed. Each edit reports the files it touched, as a file watcher would. The same seed gives
 * the same sequence. Not thread-safe.
 */
final class RandomSite {

    private static final String[] WORDS = {"peers", "trust", "candour", "growth", "leaders", "questions", "group",
            "meeting", "advice", "challenge", "learning", "isolation", "support", "honesty", "practice"};
    private static final String[] TAGS = {"trust", "groups", "leadership", "learning", "Meetings"};
    private static final String[] KINDS = {"concepts", "interviews", "guides", "frameworks", "pages"};

    private final Path root;
    private final Random random;
    /** Pages by content path; a page's text is rendered from this, or is {@code broken} while a mistake stands. */
    private final Map<String, PageSpec> pages = new LinkedHashMap<>();
    private final Map<String, String> broken = new LinkedHashMap<>();
    private int serial;
    private int styleVersion;
    private int layoutVersion;
    private boolean autolink = true;
    private boolean brokenLinksWarn = true;
    private String description = "A site that changes.";
    private boolean menuHasGuides;
    private boolean hasStatic;

    /** One page as data. */
    private static final class PageSpec {
        String kind;
        String slug;
        String title;
        List<String> aliases = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        String summary;
    }

    RandomSite(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    Path root() {
        return root;
    }

    Path content() {
        return root.resolve("content");
    }

    Path templates() {
        return root.resolve("templates");
    }

    /** Writes the first version of the site: the real theme and a dozen pages of every kind. */
    void create() throws IOException {
        TestSite.copyTree(TestSite.REAL_THEME, templates());
        for (int i = 0; i < 4; i++) {
            add("concepts");
        }
        for (String kind : KINDS) {
            add(kind);
        }
        add("guides");
        add("interviews");
        writeSiteYaml();
        writeHome();
        for (String path : pages.keySet()) {
            write(path);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Edits

    /** Makes one random edit and returns the files it touched (absolute paths). */
    Set<Path> edit() throws IOException {
        Set<Path> touched = new TreeSet<>();
        if (!broken.isEmpty() && random.nextInt(3) == 0) {
            String path = broken.keySet().iterator().next();
            broken.remove(path);
            touched.add(write(path));
            return touched;
        }
        List<String> paths = new ArrayList<>(pages.keySet());
        String path = paths.get(random.nextInt(paths.size()));
        PageSpec page = pages.get(path);
        switch (random.nextInt(17)) {
            case 0, 1, 2 -> page.paragraphs.add(paragraph());
            case 3 -> page.title = title(page.kind);
            case 4 -> {
                if (page.kind.equals("concepts")) {
                    if (page.aliases.isEmpty() || random.nextBoolean()) {
                        page.aliases.add(title("concepts") + " practice");
                    } else {
                        page.aliases.remove(0);
                    }
                } else {
                    page.summary = sentence();
                }
            }
            case 5 -> {
                if (page.tags.isEmpty() || random.nextBoolean()) {
                    page.tags.add(TAGS[random.nextInt(TAGS.length)]);
                } else {
                    page.tags.remove(0);
                }
            }
            case 6 -> {
                if (page.headings.isEmpty() || random.nextBoolean()) {
                    page.headings.add(words(2 + random.nextInt(2)));
                } else {
                    page.headings.set(0, words(2));
                }
            }
            case 7 -> {
                touched.add(write(add(KINDS[random.nextInt(KINDS.length)])));
                return touched;
            }
            case 8 -> {
                if (pages.size() > 6) {
                    pages.remove(path);
                    broken.remove(path);
                    Files.delete(content().resolve(path));
                    touched.add(content().resolve(path));
                    return touched;
                }
                page.paragraphs.add(paragraph());
            }
            case 9 -> {
                String renamed = page.kind + "/" + page.kind.substring(0, 3) + "-renamed-" + (++serial) + ".md";
                pages.remove(path);
                broken.remove(path);
                page.slug = renamed.substring(renamed.indexOf('/') + 1, renamed.length() - 3);
                pages.put(renamed, page);
                Files.move(content().resolve(path), content().resolve(renamed));
                touched.add(content().resolve(path));
                touched.add(write(renamed));
                return touched;
            }
            case 10 -> {
                Path layout = templates().resolve("layouts/" + (random.nextBoolean() ? "concept" : "guide") + ".ftlh");
                String text = Files.readString(layout);
                Files.writeString(layout, text.replaceFirst("<main", "<main data-v=\"" + (++layoutVersion) + "\""));
                touched.add(layout);
                return touched;
            }
            case 11 -> {
                Path css = templates().resolve("assets/site.css");
                Files.writeString(css, Files.readString(css) + "\n/* " + (++styleVersion) + " */\n");
                touched.add(css);
                return touched;
            }
            case 12 -> {
                switch (random.nextInt(4)) {
                    case 0 -> description = sentence();
                    case 1 -> menuHasGuides = !menuHasGuides;
                    case 2 -> autolink = !autolink;
                    default -> brokenLinksWarn = !brokenLinksWarn;
                }
                touched.add(writeSiteYaml());
                return touched;
            }
            case 13 -> {
                Path file = content().resolve("files/handout.txt");
                if (hasStatic) {
                    Files.delete(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, "handout " + serial + "\n");
                }
                hasStatic = !hasStatic;
                touched.add(file);
                return touched;
            }
            case 14 -> {
                // A mistake: broken front matter, until a later edit fixes it.
                broken.put(path, "---\ntitle: [unclosed\n---\nBroken.\n");
            }
            case 15 -> page.paragraphs.add(embed());
            default -> page.paragraphs.add("See [[" + pick(new ArrayList<>(pages.values())).slug + "#nowhere-" + random.nextInt(3) + "]].");
        }
        touched.add(write(path));
        return touched;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing

    private String add(String kind) {
        PageSpec page = new PageSpec();
        page.kind = kind;
        page.title = title(kind);
        page.slug = kind.substring(0, 3) + "-" + (++serial);
        page.summary = sentence();
        page.tags.add(TAGS[random.nextInt(TAGS.length)]);
        if (kind.equals("concepts") && random.nextBoolean()) {
            page.aliases.add(page.title + "s");
        }
        page.headings.add(words(2));
        page.paragraphs.add(paragraph());
        String path = kind + "/" + page.slug + ".md";
        pages.put(path, page);
        return path;
    }

    private Path write(String path) throws IOException {
        Path file = content().resolve(path);
        Files.createDirectories(file.getParent());
        String text = broken.containsKey(path) ? broken.get(path) : markdown(pages.get(path));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String markdown(PageSpec page) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: \"").append(page.title).append("\"\n");
        if (!page.kind.equals("pages")) {
            md.append("summary: \"").append(page.summary).append("\"\n");
        }
        md.append("tags: [").append(String.join(", ", page.tags)).append("]\n");
        switch (page.kind) {
            case "concepts" -> {
                if (!page.aliases.isEmpty()) {
                    md.append("aliases: [").append(String.join(", ", page.aliases)).append("]\n");
                }
            }
            case "interviews" -> md.append("date: 2024-0").append(1 + Math.abs(page.slug.hashCode()) % 9)
                    .append("-10\ninterviewee: {name: Sam Peer, role: chair}\n");
            case "guides" -> md.append("audience: chairs\nduration: 30\nagenda:\n  - {minutes: 20, activity: Talk}\n"
                    + "  - {minutes: 10, activity: Close}\n");
            case "frameworks" -> {
                List<PageSpec> concepts = pages.values().stream().filter(p -> p.kind.equals("concepts")).toList();
                md.append("stages:\n");
                for (int i = 0; i < Math.min(2, concepts.size()); i++) {
                    md.append("  - {name: Stage ").append(i + 1).append(", concept: ").append(concepts.get(i).slug)
                            .append(", summary: A step.}\n");
                }
            }
            default -> {
            }
        }
        md.append("---\n");
        for (int i = 0; i < page.paragraphs.size(); i++) {
            if (i < page.headings.size()) {
                md.append("\n## ").append(page.headings.get(i)).append("\n");
            }
            md.append("\n").append(page.paragraphs.get(i)).append("\n");
        }
        return md.toString();
    }

    private Path writeSiteYaml() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Changing site\nbaseUrl: https://example.org/peers/\n");
        yaml.append("description: \"").append(description).append("\"\n");
        yaml.append("menu:\n  - {title: Concepts, url: /concepts/}\n");
        if (menuHasGuides) {
            yaml.append("  - {title: Guides, url: /guides/}\n");
        }
        yaml.append("features:\n  autolink: ").append(autolink).append("\n  brokenLinks: ")
                .append(brokenLinksWarn ? "warning" : "error").append("\n");
        Path file = content().resolve("site.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml.toString());
        return file;
    }

    private void writeHome() throws IOException {
        Files.writeString(content().resolve("index.md"), "---\ntitle: Home\n---\nStart with the [[concepts/"
                + pages.values().iterator().next().slug + "]] and the guides.\n");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Words

    /** A paragraph: sentences with links by slug, title and heading, and plain mentions of concepts. */
    private String paragraph() {
        StringBuilder text = new StringBuilder(sentence());
        List<PageSpec> all = new ArrayList<>(pages.values());
        if (!all.isEmpty()) {
            PageSpec target = pick(all);
            switch (random.nextInt(4)) {
                case 0 -> text.append(" Read [[").append(target.slug).append("]] first.");
                case 1 -> text.append(" Compare [[").append(target.title).append("]].");
                case 2 -> text.append(" Mind the ").append(target.title.toLowerCase(java.util.Locale.ROOT)).append(" here.");
                default -> {
                    if (!target.headings.isEmpty()) {
                        text.append(" See [[").append(target.slug).append("#").append(target.headings.get(0))
                                .append("]].");
                    }
                }
            }
        }
        return text.append(' ').append(sentence()).toString();
    }

    /**
     * An embed alone on its line, of a page or of its first heading's section: the page embedding may be the one
     * embedded, or be embedded by it, so cycles come and go too.
     */
    private String embed() {
        PageSpec target = pick(new ArrayList<>(pages.values()));
        boolean section = !target.headings.isEmpty() && random.nextBoolean();
        return "![[" + target.slug + (section ? "#" + target.headings.get(0) : "") + "]]";
    }

    private PageSpec pick(List<PageSpec> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String title(String kind) {
        String title = words(kind.equals("concepts") ? 1 : 2);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private String sentence() {
        String s = words(4 + random.nextInt(5));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
