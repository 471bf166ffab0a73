package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;

/** The error overlay: compiler style, escaped, accessible, with the reload script. */
class ErrorOverlayTest {

    private static final String TAG = LiveScript.tag("abcd1234", 7, "", true);

    @Test
    void listsEachErrorInCompilerStyleWithItsSourceLineCaretAndHint() {
        Diagnostic error = Diagnostic.error("front-matter.type", Position.of("content/interviews/leo.md", 7, 7),
                        "'date' must be a date like 2024-05-01, not \"last spring\"")
                .withSourceLine("date: last spring").withHint("write the date as YYYY-MM-DD");
        Document page = parse(ErrorOverlay.render(List.of(error), TAG));

        assertThat(page.title()).isEqualTo("1 error – peersite");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("The site has 1 error");
        Element item = page.selectFirst("main ol > li.error");
        assertThat(item.selectFirst("h2").text()).isEqualTo("content/interviews/leo.md:7:7: error[front-matter.type]:"
                + " 'date' must be a date like 2024-05-01, not \"last spring\"");
        assertThat(item.selectFirst("pre").wholeText()).isEqualTo("7 | date: last spring\n  |       ^");
        assertThat(item.selectFirst("pre").attr("aria-label")).isEqualTo("content/interviews/leo.md, line 7");
        assertThat(item.selectFirst(".caret").attr("aria-hidden")).isEqualTo("true");
        assertThat(item.selectFirst(".hint").text()).isEqualTo("hint: write the date as YYYY-MM-DD");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").attr("data-overlay")).isEqualTo("true");
        assertThat(page.selectFirst("style").data()).contains("prefers-color-scheme: dark");
    }

    @Test
    void escapesEverythingADiagnosticCarries() {
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>&amp;\u0000";
        Diagnostic error = new Diagnostic(org.peersite.diag.Severity.ERROR, "code" + evil, "message " + evil,
                "hint " + evil, Position.of("content/" + evil + ".md", 1, 3), "line " + evil);
        String html = new String(ErrorOverlay.render(List.of(error), TAG), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("\u0000");
        assertThat(html.split("<script", -1)).as("only the reload script").hasSize(2);
        Document page = Jsoup.parse(html);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.selectFirst("h2").text()).contains("message <script>alert('x')</script><img src=x");
        assertThat(page.selectFirst("pre").wholeText()).contains("line <script>alert('x')</script>");
    }

    @Test
    void errorsComeFirstAndWarningsAreCapped() {
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            problems.add(Diagnostic.warning("w", Position.of("content/a.md", i, 1), "warning " + i));
        }
        problems.add(Diagnostic.error("e", Position.of("content/z.md", 1, 1), "the error"));
        Document page = parse(ErrorOverlay.render(problems, TAG));

        assertThat(page.select("main ol > li")).hasSize(1 + ErrorOverlay.WARNINGS_SHOWN);
        assertThat(page.selectFirst("main ol > li").className()).isEqualTo("error");
        assertThat(page.selectFirst(".more").text()).isEqualTo("… and 5 more warnings (run peersite check to list them all).");
    }

    @Test
    void aWholeFileProblemHasNoSourceBlock() {
        Diagnostic missing = Diagnostic.error("site.missing", Position.of("content/site.yaml"),
                "the site settings file is missing");
        Document page = parse(ErrorOverlay.render(List.of(missing), TAG));
        assertThat(page.select("pre")).isEmpty();
        assertThat(page.selectFirst("h2").text()).startsWith("content/site.yaml: error[site.missing]");
    }

    private static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }
}
