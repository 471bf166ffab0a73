package org.peersite.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * README.md and docs/ stay true: the contributors' test command is the one CI runs, every version named is this
 * one, and every link to a file or heading of this repository leads somewhere. The commands a user types are
 * run by {@link OutsidePathIT}; the sizes it states are checked there too, against the archives just made.
 */
class ReadmeTest {

    static final Path REPOSITORY = Path.of("../..");
    private static final String VERSION = System.getProperty("peersite.version");

    static String readme() throws IOException {
        return Files.readString(REPOSITORY.resolve("README.md"));
    }

    @Test
    void theContributorsCommandsAreTheBuildAndTheTestCommandCiRuns() throws IOException {
        assertThat(Markdown.commandsOfBlockAfter(readme(), "## Contributing"))
                .containsExactly("mvn -q package", "mvn verify");
        List<String> ci = Files.readAllLines(REPOSITORY.resolve(".ci/run")).stream().map(Markdown::withoutComment)
                .filter(line -> !line.isEmpty()).toList();
        assertThat(ci).last().isEqualTo("mvn verify");
    }

    @Test
    void everyVersionTheReadmeNamesIsThisOne() throws IOException {
        assertThat(VERSION).matches("\\d+\\.\\d+\\.\\d+");
        Matcher versions = Pattern.compile("(?:peersite-|/v|Version=|peersite )(\\d+\\.\\d+\\.\\d+(?:-SNAPSHOT)?)")
                .matcher(readme());
        List<String> named = new ArrayList<>();
        while (versions.find()) {
            named.add(versions.group(1));
        }
        assertThat(named).hasSizeGreaterThanOrEqualTo(5).containsOnly(VERSION);
    }

    @Test
    void everyLinkToAFileOrAHeadingHereLeadsSomewhere() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
        try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Matcher link = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(prose(Files.readString(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;   // http(s), mailto: not this repository's
                }
                checked++;
                int hash = target.indexOf('#');
                Path file = hash == 0 ? page : page.resolveSibling(hash < 0 ? target : target.substring(0, hash));
                if (!Files.exists(file)) {
                    broken.add(page.getFileName() + ": " + target + " (no such file)");
                } else if (hash >= 0 && file.toString().endsWith(".md")
                        && !anchors(Files.readString(file)).contains(target.substring(hash + 1))) {
                    broken.add(page.getFileName() + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(broken).isEmpty();
    }

    /** The text without fenced blocks and inline code, where a link is only an example. */
    private static String prose(String markdown) {
        return markdown.replaceAll("(?ms)^```.*?^```", "").replaceAll("`[^`\n]*`", "");
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    static List<String> anchors(String markdown) {
        return prose(markdown).lines().filter(l -> l.matches("^#{1,6} .*"))
                .map(l -> l.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .toList();
    }
}
