package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostics;

/**
 * The word functions made in Java ({@link WordFunctions}) give what the FreeMarker functions the default theme's
 * {@code labels.ftlh} defined before gave (kept here as the reference, word for word), for every kind of
 * argument, and stop at the line that asks for words nobody defined.
 */
class WordFunctionsTest {

    /** The four functions as {@code labels.ftlh} defined them in FreeMarker. */
    private static final String REFERENCE = """
            <#-- The words for `key` with each {name} replaced: tr("agendaInTotal", "duration", "1 h"). -->
            <#function tr key args...>
              <#if !t[key]??><#stop "no interface words for '" + key + "' (add it to i18n/" + site.language + ".yaml; see docs/theme.md)"></#if>
              <#local text = t[key]>
              <#-- Names and values in turn, read as they come: index arithmetic would be BigDecimal arithmetic, on every
                   listed guide of a tag page. A name left without a value is ignored. -->
              <#list args as arg>
                <#if arg?is_odd_item>
                  <#local name = arg>
                <#else>
                  <#local text = text?replace("{" + name + "}", arg?is_number?then(arg?c, arg))>
                </#if>
              </#list>
              <#return text>
            </#function>

            <#-- A count with its noun, "1 guide" / "12 guides", from key.one and key.other. -->
            <#function plural key n>
              <#local one = n == 1 || (n == 0 && t["plural.zero"] == "one")>
              <#return tr(key + one?then(".one", ".other"), "count", n)>
            </#function>

            <#-- "1 guide", "12 concepts"; pages for a section the theme does not know. -->
            <#function countOf n section="">
              <#return plural((t["count." + section + ".one"]??)?then("count." + section, "count.pages"), n)>
            </#function>

            <#-- The singular name of a kind ("Interview"), or the kind itself for one the theme does not know. -->
            <#function kindLabel kind>
              <#return t["kind." + kind]!kind>
            </#function>
            """;

    /**
     * Calls of each function, one a line: numbers (as {@code ?c} writes them, not as Java does: {@code 1.0e20}),
     * texts, placeholders in values, names without values.
     */
    private static final String CALLS = """
            ${tr("plain")}|${tr("readingTime", "minutes", 3)}|${tr("readingTime", "minutes", 1234567)}
            ${tr("readingTime", "minutes", 2.5)}|${tr("readingTime", "minutes", big)}|${tr("readingTime", "minutes", "<b>")}
            ${tr("readingTime", "minutes", huge)}|${tr("readingTime", "minutes", one)}|${plural("count.guides", one)}
            ${tr("twice", "a", "x", "b", "y")}|${tr("twice", "b", "{a}", "a", "z")}|${tr("twice", "a", "{b}", "b", "w")}
            ${tr("twice", "a")}|${tr("twice", "a", 1, "b")}|${tr("twice", "c", 3)}|${tr("escaped", "what", "&")}
            <#list [0, 1, 2, 1.0, 0.0, big, 1000] as n>${plural("count.guides", n)}|${countOf(n)}|${countOf(n, "guides")}|${countOf(n, "nope")}
            </#list>${kindLabel("guide")}|${kindLabel("nope")}|${kindLabel("")}|${kindLabel(3)}
            """;

    @TempDir
    Path root;

    @Test
    void theJavaFunctionsGiveWhatTheFreeMarkerFunctionsGave() throws IOException {
        write("partials/reference.ftlh", REFERENCE);
        write("layouts/reference.ftlh", "<#include \"../partials/reference.ftlh\">" + CALLS);
        write("layouts/java.ftlh", "<#include \"../partials/labels.ftlh\">" + CALLS);
        write("partials/labels.ftlh", Files.readString(TestSite.REAL_THEME.resolve("partials/labels.ftlh")));
        Theme theme = Theme.open(root, "templates");
        for (String zero : List.of("other", "one")) {
            Map<String, Object> model = model(zero);
            String reference = render(theme, "reference", model);
            assertThat(reference).contains("3 min read", "1234567 min read", "2.5 min read", "&lt;b&gt; min read",
                    "x and y and x", "z and z and z", "w and w and w", "0 guides", "1 guide", "Guide|nope||3");
            assertThat(render(theme, "java", model)).isEqualTo(reference);
        }
    }

    @Test
    void wordsNobodyDefinedStopThePageAtTheLineThatAskedForThem() throws IOException {
        write("partials/labels.ftlh", Files.readString(TestSite.REAL_THEME.resolve("partials/labels.ftlh")));
        write("layouts/page.ftlh", "<#include \"../partials/labels.ftlh\">\n<p>\n  ${tr(\"readingTime\", \"minutes\", 3)} ${tr(\"nope\")}\n</p>\n");
        Diagnostics problems = new Diagnostics();
        assertThat(Theme.open(root, "templates").render("page", model("other"), "content/x.md", problems)).isEmpty();
        List<Diagnostic> reported = new ArrayList<>();
        problems.forEach(reported::add);
        assertThat(reported).hasSize(1);
        Diagnostic error = reported.get(0);
        assertThat(error.code()).isEqualTo("theme.render");
        assertThat(error.message()).startsWith("no interface words for 'nope' (add it to i18n/en.yaml; see docs/theme.md)");
        assertThat(error.position().file()).isEqualTo("templates/layouts/page.ftlh");
        assertThat(error.position().line()).isEqualTo(3);
    }

    private static Map<String, Object> model(String zero) {
        Map<String, Object> words = Map.of("plain", "Plain <words> & more", "readingTime", "{minutes} min read",
                "twice", "{a} and {b} and {a}", "escaped", "a {what} b", "plural.zero", zero,
                "count.guides.one", "{count} guide", "count.guides.other", "{count} guides",
                "count.pages.one", "{count} page", "count.pages.other", "{count} pages", "kind.guide", "Guide");
        return Map.of("t", words, "site", Map.of("language", "en"), "big", new BigDecimal("12345678901234567890.50"),
                "huge", 1.0e20, "one", 1.0);
    }

    private static String render(Theme theme, String layout, Map<String, Object> model) {
        Diagnostics problems = new Diagnostics();
        String html = theme.render(layout, model, "content/x.md", problems)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(null);
        List<Diagnostic> reported = new ArrayList<>();
        problems.forEach(reported::add);
        assertThat(reported).isEmpty();
        return html;
    }

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
