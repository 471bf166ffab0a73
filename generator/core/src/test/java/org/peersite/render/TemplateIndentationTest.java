package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateIndentationTest {

    @Test
    void theSpacesAndTabsThatStartALineAreLeftOutAndTheLinesStay() {
        String template = "<ul>\n  <#list xs as x>\n\t\t<li>${x} and  ${x}</li>\n  </#list>\n   \n</ul>";

        assertThat(TemplateIndentation.strip(template))
                .isEqualTo("<ul>\n<#list xs as x>\n<li>${x} and  ${x}</li>\n</#list>\n\n</ul>");
        assertThat(TemplateIndentation.removed(template, 1)).isZero();
        assertThat(TemplateIndentation.removed(template, 3)).isEqualTo(2);
        assertThat(TemplateIndentation.removed(template, 5)).isEqualTo(3);
        assertThat(TemplateIndentation.removed(template, 9)).isZero();
    }

    @Test
    void linesInsidePreAndTextareaKeepTheirIndentation() {
        String template = "  <pre class=\"code\">a\n  b\n    c</pre>\n  <p>\n  <textarea>\n  x\n  </TEXTAREA>\n  <prefix>\n  y";

        assertThat(TemplateIndentation.strip(template))
                .isEqualTo("<pre class=\"code\">a\n  b\n    c</pre>\n<p>\n<textarea>\n  x\n  </TEXTAREA>\n<prefix>\ny");
        assertThat(TemplateIndentation.removed(template, 2)).isZero();
        assertThat(TemplateIndentation.removed(template, 4)).isEqualTo(2);
    }

    @Test
    void windowsLineBreaksAreKept() {
        assertThat(TemplateIndentation.strip("<p>\r\n  <b>\r\n")).isEqualTo("<p>\r\n<b>\r\n");
    }
}
