package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostics;

/**
 * {@link Theme#parseTemplates()}, which a build runs on a thread of its own before rendering, changes nothing a
 * render says: the same bytes, the same diagnostic for a layout that does not parse (FreeMarker remembers the
 * failure, and render reads it back), and nothing at all for a broken partial that no layout uses.
 */
class ThemeParseTemplatesTest {

    @TempDir
    Path theme;

    @Test
    void aRenderAfterParsingTheTemplatesGivesTheSameBytesAndTheSameDiagnostics() throws IOException {
        write("layouts/page.ftlh", "<#include \"../partials/title.ftlh\"><p>${page.title}</p>\n");
        write("partials/title.ftlh", "<h1>${page.title?upper_case}</h1>\n");
        write("layouts/broken.ftlh", "<p>\n<#if page.title??>\n${page.title}\n");
        write("partials/unused.ftlh", "<#lsit pages as p>${p}</#list>\n");
        write("partials/notes.txt", "not a template");

        Theme prepared = Theme.open(theme, "templates");
        prepared.parseTemplates();
        Theme fresh = Theme.open(theme, "templates");

        for (String layout : List.of("page", "broken", "broken")) {
            Diagnostics afterParsing = new Diagnostics();
            Diagnostics alone = new Diagnostics();
            Optional<byte[]> html = prepared.render(layout, model(), "content/x.md", afterParsing);
            Optional<byte[]> expected = fresh.render(layout, model(), "content/x.md", alone);
            assertThat(html.map(b -> new String(b, StandardCharsets.UTF_8)))
                    .isEqualTo(expected.map(b -> new String(b, StandardCharsets.UTF_8)));
            assertThat(afterParsing.sorted()).isEqualTo(alone.sorted());
        }
        Diagnostics broken = new Diagnostics();
        prepared.render("broken", model(), "content/x.md", broken);
        assertThat(broken.sorted()).singleElement().satisfies(d -> {
            assertThat(d.position().file()).isEqualTo("templates/layouts/broken.ftlh");
            assertThat(d.message()).contains("<#if> is never closed");
        });
        assertThat(prepared.render("page", model(), "content/x.md", new Diagnostics()).orElseThrow())
                .asString(StandardCharsets.UTF_8).isEqualTo("<h1>HOME</h1>\n<p>Home</p>\n");
    }

    @Test
    void aThemeWithoutLayoutsOrPartialsHasNothingToParse() throws IOException {
        Theme.open(theme, "templates").parseTemplates();
        assertThat(theme).isEmptyDirectory();
    }

    private static Map<String, Object> model() {
        return Map.of("page", Map.of("title", "Home"));
    }

    private void write(String path, String text) throws IOException {
        Path file = theme.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
