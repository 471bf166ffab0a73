package org.peersite.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("slow") // writes generated corpora
class CorpusSpecTest {

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[[^\\]]+\\]\\]");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]\\[]+\\]\\([^)]+\\.md\\)");

    @TempDir
    Path dir;

    @Test
    void theSameBytesWhateverTheThreadCount() throws IOException {
        CorpusSpec spec = new CorpusSpec(200, 7, LinkStyle.WIKI);
        CorpusSummary one = spec.write(dir.resolve("one"), 1);
        CorpusSummary four = spec.write(dir.resolve("four"), 4);

        Map<String, String> first = files(dir.resolve("one"));
        assertThat(first).hasSize(200 + 2);
        assertThat(files(dir.resolve("four"))).isEqualTo(first);
        assertThat(four.bytes()).isEqualTo(one.bytes());
        assertThat(four.bodyWords()).isEqualTo(one.bodyWords());
    }

    @Test
    void anotherSeedGivesAnotherCorpusOfTheSameShape() throws IOException {
        new CorpusSpec(200, 1, LinkStyle.WIKI).write(dir.resolve("a"), 2);
        new CorpusSpec(200, 2, LinkStyle.WIKI).write(dir.resolve("b"), 2);

        Map<String, String> a = files(dir.resolve("a"));
        Map<String, String> b = files(dir.resolve("b"));
        assertThat(a.get("concepts/connect-1.md")).isNotEqualTo(b.get("concepts/connect-1.md"));
        assertThat(count(a, "concepts/")).isEqualTo(count(b, "concepts/")).isEqualTo(20L);
    }

    @Test
    void linkStylesDifferInTheLinksOnly() throws IOException {
        new CorpusSpec(200, 3, LinkStyle.WIKI).write(dir.resolve("wiki"), 2);
        new CorpusSpec(200, 3, LinkStyle.MARKDOWN).write(dir.resolve("markdown"), 2);

        Map<String, String> wiki = files(dir.resolve("wiki"));
        Map<String, String> markdown = files(dir.resolve("markdown"));
        assertThat(markdown.keySet()).isEqualTo(wiki.keySet());
        int links = 0;
        for (String path : wiki.keySet()) {
            String w = wiki.get(path);
            String m = markdown.get(path);
            assertThat(MARKDOWN_LINK.matcher(w).find()).as(path).isFalse();
            assertThat(WIKI_LINK.matcher(m).find()).as(path).isFalse();
            assertThat(WIKI_LINK.matcher(w).replaceAll("LINK")).as(path)
                    .isEqualTo(MARKDOWN_LINK.matcher(m).replaceAll("LINK"));
            links += WIKI_LINK.matcher(w).results().count();
        }
        assertThat(links).isGreaterThan(200 * 5);
    }

    @Test
    void markdownLinksPointAtFilesOfTheCorpus() throws IOException {
        new CorpusSpec(100, 4, LinkStyle.MARKDOWN).write(dir.resolve("content"), 2);
        Path content = dir.resolve("content");
        int checked = 0;
        for (String path : files(content).keySet()) {
            Matcher link = MARKDOWN_LINK.matcher(Files.readString(content.resolve(path)));
            while (link.find()) {
                String href = link.group().substring(link.group().indexOf("](") + 2, link.group().length() - 1);
                assertThat(content.resolve(path).resolveSibling(href).normalize()).as(path + " -> " + href)
                        .isRegularFile().startsWith(content);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100 * 5);
    }

    @Test
    void sharesAndPerPageShapes() throws IOException {
        CorpusSummary made = new CorpusSpec(1_000, 1, LinkStyle.WIKI).write(dir.resolve("c"), 2);
        Map<String, String> files = files(dir.resolve("c"));

        assertThat(made.pages()).containsExactlyInAnyOrderEntriesOf(Map.of(PageKind.CONCEPT, 50,
                PageKind.INTERVIEW, 300, PageKind.FRAMEWORK, 150, PageKind.GUIDE, 500));
        for (PageKind kind : PageKind.values()) {
            assertThat(count(files, kind.folder() + "/")).as(kind.folder()).isEqualTo(made.pages().get(kind).longValue());
        }
        assertThat(made.wordsPerPage()).isBetween(1_000.0, 1_400.0);
        assertThat(files.get("site.yaml")).contains("baseUrl: ", "menu:");
        for (Map.Entry<String, String> file : files.entrySet()) {
            String path = file.getKey();
            String text = file.getValue();
            if (path.startsWith("concepts/") || !path.contains("/")) {
                continue;
            }
            String body = text.substring(text.indexOf("\n---\n", 3) + 5);
            long links = WIKI_LINK.matcher(body).results().count();
            assertThat(links).as(path).isBetween(3L + 2, 8L + 4);
            assertThat(conceptsField(text)).as(path).hasSizeBetween(3, 8);
            if (path.startsWith("interviews/")) {
                assertThat(body.lines().filter(l -> l.startsWith("## ")).count()).as(path).isBetween(6L, 12L);
                assertThat(body.lines().filter(l -> l.startsWith("> \u2014 ")).count()).as(path).isEqualTo(1);
            }
            if (path.startsWith("guides/")) {
                assertThat(agendaMinutes(text)).as(path).isEqualTo(field(text, "duration"));
                assertThat(body).contains("\n- [ ] ");
            }
            if (path.startsWith("frameworks/")) {
                long stages = text.lines().filter(l -> l.startsWith("    concept: ")).count();
                assertThat(stages).as(path).isBetween(3L, 7L);
                assertThat(body.lines().filter(l -> l.startsWith("### Stage ")).count()).as(path).isEqualTo(stages);
            }
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("about.md"), "---\ntitle: About\n---\n");

        assertThatThrownBy(() -> new CorpusSpec(100, 1, LinkStyle.WIKI).write(content, 1))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(files(content)).containsOnlyKeys("about.md");
        assertThat(CorpusSpec.madeHere(content)).isFalse();
    }

    @Test
    void knowsItsOwnContentFolders() throws IOException {
        new CorpusSpec(30, 1, LinkStyle.WIKI).write(dir.resolve("content"), 1);
        assertThat(CorpusSpec.madeHere(dir.resolve("content"))).isTrue();
    }

    @Test
    void tooSmallACorpusIsRefused() {
        assertThatThrownBy(() -> new CorpusSpec(29, 1, LinkStyle.WIKI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 30");
    }

    /** Every file under {@code root} by relative path, with its text. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static long count(Map<String, String> files, String prefix) {
        return files.keySet().stream().filter(p -> p.startsWith(prefix)).count();
    }

    private static List<String> conceptsField(String text) {
        String line = text.lines().filter(l -> l.startsWith("concepts: [")).findFirst().orElseThrow();
        return List.of(line.substring("concepts: [".length(), line.length() - 1).split(", "));
    }

    private static int field(String text, String name) {
        return Integer.parseInt(text.lines().filter(l -> l.startsWith(name + ": ")).findFirst().orElseThrow()
                .substring(name.length() + 2));
    }

    private static int agendaMinutes(String text) {
        List<Integer> minutes = new ArrayList<>();
        text.lines().filter(l -> l.startsWith("  - minutes: "))
                .forEach(l -> minutes.add(Integer.parseInt(l.substring("  - minutes: ".length()))));
        assertThat(minutes).hasSizeBetween(4, 8);
        return minutes.stream().mapToInt(Integer::intValue).sum();
    }
}
