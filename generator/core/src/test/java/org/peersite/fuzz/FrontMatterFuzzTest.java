package org.peersite.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.PageParser;
import org.peersite.model.SiteConfigParser;
import org.peersite.source.FrontMatterSplitter;
import org.peersite.internal.Lines;
import org.peersite.source.SourceFile;

/**
 * Any text as a page (front matter, YAML, Markdown) or as site.yaml: only our diagnostics come out, each at a
 * real place in the file; never an exception. Seeds in {@code FrontMatterFuzzTestInputs/}; to fuzz, see
 * docs/reliability.md.
 */
class FrontMatterFuzzTest {

    private static final PageParser PARSER = new PageParser(MarkdownParser.create());
    private static final String[] FOLDERS = {"", "interviews/", "frameworks/", "guides/", "concepts/"};

    @FuzzTest(maxDuration = "10m")
    void pageOrSiteSettings(FuzzedDataProvider data) {
        String folder = FOLDERS[data.consumeInt(0, FOLDERS.length - 1)];
        boolean fenced = data.consumeBoolean();
        String text = Lines.normalise(data.consumeRemainingAsString());
        String file = fenced ? "---\n" + text : text;

        String path = folder + "page.md";
        Diagnostics problems = new Diagnostics();
        SourceFile source = FrontMatterSplitter.split(path, "content/" + path, file, problems);
        Page page = PARSER.parse(source, problems);
        assertThat(page).isNotNull();
        assertThat(page.kind()).isEqualTo(Kind.ofPath(path));
        assertThat(page.url()).startsWith("/").endsWith("/").doesNotContain("..").doesNotContain("//");
        if (!page.complete()) {
            assertThat(problems).anyMatch(Diagnostic::isError);
        }
        checkPositions(problems, file);

        Diagnostics siteProblems = new Diagnostics();
        SiteConfigParser.parse(text, "content/site.yaml", siteProblems);
        checkPositions(siteProblems, text);
    }

    /** Every diagnostic names a line the file has (or none), and prints. */
    private static void checkPositions(Diagnostics problems, String text) {
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (Diagnostic d : problems) {
            assertThat(d.position().line()).as(d.toString()).isBetween(0, (int) lines + 1);
            assertThat(DiagnosticFormatter.format(d)).isNotEmpty();
        }
    }
}
