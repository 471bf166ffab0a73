package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostics;

/**
 * A body kept as UTF-8 ({@link HtmlMarkup}, in the theme's {@link HtmlFormat}) is, to a layout, what FreeMarker's
 * own HTML markup of the same text is: every template below gives the same bytes, or fails in both, with
 * FreeMarker's standard HTML output format and a {@code TemplateHTMLOutputModel} of the decoded text (an error
 * message the same but for the two classes' names).
 */
class HtmlFormatTest {

    private static final String BODY = "<p>Peers – “diverse perspectives” &amp; <em>é</em> 😀 日本</p>\n<h2 id=\"q\">Why?</h2>\n";
    private static final String TITLE = "A <b> & title – ’";

    private static final List<String> TEMPLATES = List.of(
            "${page.content}",
            "<div>${page.content}</div>${page.title}",
            "${page.content?markup_string}",
            "${page.content?markup_string?length}",
            "${page.content?markup_string?no_esc}",
            "${page.content?markup_string?replace('Peers', 'Leaders')?no_esc}",
            "${page.content?no_esc}${page.content?esc}",
            "${page.content?esc?markup_string}",
            "${page.content?has_content?c} ${page.empty?has_content?c}[${page.empty}]",
            "${page.content?is_markup_output?c} ${page.content?is_string?c}",
            "<#macro show x>[${x}]</#macro><@show page.content/><@show x=page.content/>",
            "<#function twice x><#return x + x></#function>${twice(page.content)}",
            "<#assign c = page.content>${c}${c}",
            "<#macro m><#local x>${page.content}!</#local>${x}${x?markup_string?length}</#macro><@m/>",
            "<#assign x>${page.title}${page.content}</#assign>${x}",
            "${page.content + '<hr>'}",
            "${page.content + '<hr>'?no_esc}",
            "${'<hr>'?no_esc + page.content}",
            "${page.title?esc + page.content}",
            "${page.title?esc + page.title?esc}",
            "${\"[${page.content}]\"}",
            "<#outputformat 'HTML'>${page.content}</#outputformat>${.output_format}",
            "<#outputformat 'plainText'>${page.content}${page.title}</#outputformat>",
            "<#outputformat 'XML'>${page.content}</#outputformat>",
            "<#outputformat 'XML'>${page.title?esc}</#outputformat>",
            "<#noautoesc>${page.content}${page.title}</#noautoesc>",
            "<#compress>  ${page.content}   x  </#compress>",
            "${(page.missing)!page.content}",
            "<#list [page.content, page.content] as c>${c?counter}${c}</#list>",
            "${page.content?length}",
            "${page.content?upper_case}",
            "${page.content?string}",
            "<#if page.content == page.content>same</#if>",
            "${page.content?html}");

    @Test
    void everyUseOfABodyKeptAsUtf8GivesWhatFreeMarkersOwnHtmlMarkupGives() throws Exception {
        Configuration standard = configuration(false);
        Configuration theme = configuration(true);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[body.length + 4];
        System.arraycopy(body, 0, framed, 3, body.length);
        for (String template : TEMPLATES) {
            String expected = render(standard, template, Map.of(
                    "content", HTMLOutputFormat.INSTANCE.fromMarkup(BODY),
                    "empty", HTMLOutputFormat.INSTANCE.fromMarkup(""),
                    "title", TITLE));
            String actual = render(theme, template, Map.of(
                    "content", HtmlMarkup.ofUtf8(framed, 3, body.length),
                    "empty", HtmlMarkup.ofUtf8(framed, 0, 0),
                    "title", TITLE));
            // A message names the classes of the format and the value: the one difference a theme can see.
            assertThat(actual.replace("class=org.peersite.render.HtmlFormat", "class=f.c.HTMLOutputFormat")
                    .replace("org.peersite.render.HtmlMarkup", "f.c.TemplateHTMLOutputModel"))
                    .as(template).isEqualTo(expected);
        }
        assertThat(render(standard, "${page.content?length}", Map.of("content",
                HTMLOutputFormat.INSTANCE.fromMarkup(BODY)))).as("a string built-in on markup fails").startsWith("fails");
    }

    @Test
    void aDotFtlFileThatAsksForHtmlGetsTheThemesFormatAndOneThatDoesNotPrintsMarkupAsItIs() throws Exception {
        StringTemplateLoader templates = new StringTemplateLoader();
        templates.putTemplate("asks.ftl", "<#ftl output_format='HTML'>${page.content}${page.title}");
        templates.putTemplate("plain.ftl", "${page.content}${page.title}");
        Configuration cfg = Theme.configuration(templates);
        for (String name : List.of("asks.ftl", "plain.ftl")) {
            Utf8Writer out = new Utf8Writer(16);
            cfg.getTemplate(name).process(Map.of("page", Map.of("content",
                    HtmlMarkup.ofUtf8(BODY.getBytes(StandardCharsets.UTF_8), 0, BODY.getBytes(StandardCharsets.UTF_8).length),
                    "title", TITLE)), out);
            String title = name.equals("asks.ftl") ? HTMLOutputFormat.INSTANCE.escapePlainText(TITLE) : TITLE;
            assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).as(name).isEqualTo(BODY + title);
        }
    }

    /**
     * The body's bytes are copied into the page, never decoded and encoded again: bytes that are no UTF-8 at all
     * (which a body never holds) come out as they went in, where a round trip through a string would have turned
     * them into U+FFFD.
     */
    @Test
    void aBodysBytesReachThePageAsTheyAre(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("layouts"));
        Files.writeString(root.resolve("layouts/page.ftlh"), "<main>${page.content}</main>${page.title}");
        byte[] notUtf8 = {'<', 'p', '>', (byte) 0xFF, (byte) 0xC3, '<', '/', 'p', '>'};
        Diagnostics problems = new Diagnostics();
        HtmlMarkup body = HtmlMarkup.ofUtf8(notUtf8, 0, notUtf8.length);
        Theme.markupText(body); // as the page's description does when there is no summary: the page still gets the bytes

        byte[] page = Theme.open(root, "templates").render("page", Map.of("page", Map.of("content", body,
                "title", "–")), "content/x.md", problems).orElseThrow();

        assertThat(problems.sorted()).isEmpty();
        assertThat(page).isEqualTo(concat("<main>".getBytes(StandardCharsets.UTF_8), notUtf8,
                "</main>–".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theThemesHtmlIsRegisteredUnderTheStandardName() throws Exception {
        assertThat(Theme.configuration(null).getOutputFormat("HTML")).isSameAs(HtmlFormat.INSTANCE);
        assertThat(HtmlFormat.INSTANCE.getMimeType()).isEqualTo(HTMLOutputFormat.INSTANCE.getMimeType());
    }

    @Test
    void aBodyAskedForItsTextIsDecodedOnce() throws TemplateModelException {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        HtmlMarkup markup = HtmlMarkup.ofUtf8(body, 0, body.length);
        assertThat(HtmlFormat.INSTANCE.getMarkupString(markup)).isEqualTo(BODY)
                .isSameAs(HtmlFormat.INSTANCE.getMarkupString(markup));
        assertThat(Theme.markupText(markup)).isSameAs(HtmlFormat.INSTANCE.getMarkupString(markup));
        assertThat(HtmlFormat.INSTANCE.getSourcePlainText(markup)).isNull();
    }

    /** Theme's configuration with its HTML format, or with FreeMarker's standard one. */
    private static Configuration configuration(boolean themes) {
        Configuration cfg = Theme.configuration(null);
        if (!themes) {
            cfg.setRegisteredCustomOutputFormats(List.of());
        }
        return cfg;
    }

    /**
     * What {@code template} writes as a page layout ({@code .ftlh}), as text; "fails" when it fails. Each template
     * gets a name of its own: the theme's configuration keeps a template once loaded.
     */
    private static String render(Configuration cfg, String template, Map<String, Object> page) throws IOException {
        String name = "t" + TEMPLATES.indexOf(template) + ".ftlh";
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate(name, template);
        cfg.setTemplateLoader(loader);
        Utf8Writer out = new Utf8Writer(16);
        try {
            cfg.getTemplate(name).process(Map.of("page", page), out);
        } catch (TemplateException | ParseException e) {
            return "fails: " + e.getMessage();
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
