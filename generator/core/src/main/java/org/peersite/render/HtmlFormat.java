package org.peersite.render;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.MarkupOutputFormat;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's HTML output format, as the theme's {@code .ftlh} layouts (and {@code output_format="HTML"}) get it:
 * registered under the standard format's name, so that a page's body, kept as UTF-8 bytes, reaches the page's
 * writer without being decoded into a string and encoded again ({@link HtmlMarkup}). Everything a theme sees is
 * {@link HTMLOutputFormat}'s: the name, the MIME type, the escaping (done by it; text with nothing to escape goes
 * to a page's writer as its bytes), auto-escaping, which legacy built-ins are bypassed, and how values are joined,
 * converted and tested for content. FreeMarker's {@code CommonMarkupOutputFormat} cannot be extended for this: its
 * {@code output} of a value is final and writes the value's string.
 */
final class HtmlFormat extends MarkupOutputFormat<HtmlMarkup> {

    static final HtmlFormat INSTANCE = new HtmlFormat();

    private static final HTMLOutputFormat STANDARD = HTMLOutputFormat.INSTANCE;

    private HtmlFormat() {
    }

    @Override
    public String getName() {
        return STANDARD.getName();
    }

    @Override
    public String getMimeType() {
        return STANDARD.getMimeType();
    }

    @Override
    public boolean isOutputFormatMixingAllowed() {
        return STANDARD.isOutputFormatMixingAllowed();
    }

    @Override
    public boolean isAutoEscapedByDefault() {
        return STANDARD.isAutoEscapedByDefault();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return STANDARD.isLegacyBuiltInBypassed(builtInName);
    }

    @Override
    public HtmlMarkup fromPlainTextByEscaping(String textToEsc) {
        return HtmlMarkup.ofPlainText(textToEsc);
    }

    @Override
    public HtmlMarkup fromMarkup(String markupText) {
        return HtmlMarkup.ofMarkup(markupText);
    }

    @Override
    public void output(HtmlMarkup mo, Writer out) throws IOException, TemplateModelException {
        mo.writeTo(out);
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException, TemplateModelException {
        if (out instanceof Utf8Writer page && page.writePlainAscii(textToEsc)) {
            return;   // nothing to escape, and its chars are its bytes
        }
        STANDARD.output(textToEsc, out);
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return STANDARD.escapePlainText(plainTextContent);
    }

    @Override
    public String getSourcePlainText(HtmlMarkup mo) {
        return mo.plainText();
    }

    @Override
    public String getMarkupString(HtmlMarkup mo) {
        return mo.markup();
    }

    @Override
    public boolean isEmpty(HtmlMarkup mo) {
        return mo.isEmpty();
    }

    /** As FreeMarker joins two values of one format: plain text stays plain text while both sides are. */
    @Override
    public HtmlMarkup concat(HtmlMarkup left, HtmlMarkup right) {
        if (left.plainText() != null && right.plainText() != null) {
            return HtmlMarkup.ofPlainText(left.plainText() + right.plainText());
        }
        return HtmlMarkup.ofMarkup(left.markup() + right.markup());
    }
}
