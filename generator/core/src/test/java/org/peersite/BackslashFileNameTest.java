package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Severity;

/**
 * A backslash is an ordinary character in a Linux file name, but a folder separator on Windows and in the URLs
 * browsers read, and the preview server refuses it: such a file or folder is left out of the site with a
 * warning naming it exactly, never turned into a path with folders, and never a raw exception.
 */
class BackslashFileNameTest {

    @TempDir
    Path root;

    @Test
    void aFileOrFolderWithABackslashIsLeftOutWithAWarningNamingIt() throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                Hello.
                === content/url
                a file called url
                === content/url\\bar*baz
                a file whose name, read with '/' for '\\', would need url to be a folder
                === content/notes\\2024/a.txt
                in a folder with a backslash
                === content/fine.txt
                kept
                """);

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).extracting(Diagnostic::severity, d -> d.position().toString(), Diagnostic::message)
                .containsExactly(
                        tuple(Severity.WARNING, "content/notes\\2024",
                                "this folder is not published: its name contains a backslash ('\\')"),
                        tuple(Severity.WARNING, "content/url\\bar*baz",
                                "this file is not published: its name contains a backslash ('\\')"));
        assertThat(result.wroteOutput()).isTrue();
        Path out = root.resolve("site-output");
        assertThat(out.resolve("url")).isRegularFile().hasContent("a file called url");
        assertThat(out.resolve("fine.txt")).isRegularFile();
        try (var files = Files.walk(out)) {
            assertThat(files.map(p -> out.relativize(p).toString()))
                    .noneMatch(p -> p.contains("\\") || p.contains("bar*baz") || p.contains("2024"));
        }
    }

    @Test
    void aLinkToSuchAFileIsBrokenAndTheWarningSaysWhy() {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                See [the file](foo\\bar).
                === content/foo\\bar
                a file
                """);

        BuildResult result = TestSite.generator(root).build().generate();

        assertThat(result.diagnostics()).extracting(Diagnostic::severity, Diagnostic::code, d -> d.position().toString())
                .containsExactly(
                        tuple(Severity.WARNING, "source.backslash", "content/foo\\bar"),
                        tuple(Severity.ERROR, "link.unresolved", TestSite.at(root, "content/index.md", "[the file]")));
        assertThat(result.diagnostics().get(1).message()).isEqualTo("no page or file at '/foo\\bar' (link 'foo\\bar')");
    }
}
