package org.peersite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostics;

/** Where the front matter and the body start, in lines of the file the author edits. */
class FrontMatterSplitterTest {

    private static SourceFile split(String text) {
        Diagnostics problems = new Diagnostics();
        SourceFile file = FrontMatterSplitter.split("x.md", "content/x.md", text, problems);
        assertThat(problems.isEmpty()).isTrue();
        return file;
    }

    @Test
    void theBodyStartsOnTheLineAfterTheClosingFence() {
        for (String text : List.of("---\n---\n", "---\n---\nbody\n", "---\ntitle: A\n---\nbody\n",
                "---\ntitle: A\n\n# comment\ntags: [a, b]\n...\n\nbody\n", "---\ntitle: \"—\"\n---   \nbody",
                "---\n---")) {
            SourceFile file = split(text);
            int fence = file.frontMatterLine() + (int) file.frontMatter().chars().filter(c -> c == '\n').count();
            assertThat(file.bodyLine()).as(text).isEqualTo(fence + 1);
            assertThat(file.line(file.bodyLine() - 1).strip()).as(text).isIn("---", "...");
        }
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        SourceFile file = split("# Title\n---\n");
        assertThat(file.hasFrontMatter()).isFalse();
        assertThat(file.bodyLine()).isEqualTo(1);
        assertThat(file.bodyOffset()).isZero();
    }
}
