package org.peersite.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import freemarker.core.MarkupOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;

/**
 * A value of {@link HtmlFormat}, the HTML of a theme's layouts: markup, plain text to be escaped, or markup held as
 * UTF-8 bytes (a page's body, {@link BodyHtml}). The bytes go to the page's {@link Utf8Writer} as they are; made
 * into a string only when something else asks for one ({@code ?markup_string}, a captured {@code <#local>}), and
 * then once. Otherwise it behaves as FreeMarker's own HTML values do (see {@link HtmlFormat}).
 */
final class HtmlMarkup implements TemplateMarkupOutputModel<HtmlMarkup> {

    /** The text this value escapes, or {@code null} for a value made from markup. */
    private final String plainText;
    /** The markup as a string: given, or made on first use (FreeMarker's own values cache it the same way). */
    private String markup;
    private final byte[] utf8;
    private final int offset;
    private final int length;

    private HtmlMarkup(String plainText, String markup, byte[] utf8, int offset, int length) {
        this.plainText = plainText;
        this.markup = markup;
        this.utf8 = utf8;
        this.offset = offset;
        this.length = length;
    }

    static HtmlMarkup ofPlainText(String text) {
        return new HtmlMarkup(text, null, null, 0, 0);
    }

    static HtmlMarkup ofMarkup(String html) {
        return new HtmlMarkup(null, html, null, 0, 0);
    }

    /** Markup given as {@code length} bytes of UTF-8 from {@code offset}; the array must not change afterwards. */
    static HtmlMarkup ofUtf8(byte[] utf8, int offset, int length) {
        return new HtmlMarkup(null, null, utf8, offset, length);
    }

    @Override
    public MarkupOutputFormat<HtmlMarkup> getOutputFormat() {
        return HtmlFormat.INSTANCE;
    }

    /** The text it was made from when it was made from plain text, else {@code null}. */
    String plainText() {
        return plainText;
    }

    /** The markup as a string. */
    String markup() {
        String known = markup;
        if (known == null) {
            known = utf8 != null ? new String(utf8, offset, length, StandardCharsets.UTF_8)
                    : HtmlFormat.INSTANCE.escapePlainText(plainText);
            markup = known;
        }
        return known;
    }

    boolean isEmpty() {
        return plainText != null ? plainText.isEmpty() : markup != null ? markup.isEmpty() : length == 0;
    }

    /** Writes the markup; UTF-8 bytes are copied as they are into a page's writer. */
    void writeTo(Writer out) throws IOException, TemplateModelException {
        if (utf8 != null && out instanceof Utf8Writer page) {
            page.writeUtf8(utf8, offset, length);
        } else if (markup == null && plainText != null) {
            HtmlFormat.INSTANCE.output(plainText, out);
        } else {
            out.write(markup());
        }
    }

    @Override
    public String toString() {
        return "markupOutput(format=" + HtmlFormat.INSTANCE.getName() + ", "
                + (plainText != null ? "plainText=" + plainText : "markup=" + markup()) + ")";
    }
}
