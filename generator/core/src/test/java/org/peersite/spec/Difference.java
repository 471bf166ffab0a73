package org.peersite.spec;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.peersite.diag.Diagnostic;

/**
 * Why peersite's HTML for a spec example differs from the spec's, on purpose. Each reason says how to see that
 * it applies ({@link #evidence}), and where the difference is pure addition, how to take it back out
 * ({@link #edit}): an example listed only for such reasons must then match the spec exactly, which proves the
 * listed reason is the whole difference.
 */
enum Difference {

    /**
     * Every heading gets an {@code id} (its anchor) and a {@code #} permalink beside its text, the two in a
     * {@code <div class="anchored">}, so readers can link to a section and wiki-links can name it.
     */
    HEADING_ANCHOR(new SpecHtml.Edit() {
        @Override
        public boolean drop(SpecHtml.Tag tag) {
            return tag.name().equals("a") && tag.hasClass("heading-anchor");
        }

        @Override
        public boolean unwrap(SpecHtml.Tag tag) {
            return tag.name().equals("div") && tag.hasClass("anchored");
        }

        @Override
        public boolean dropAttribute(SpecHtml.Tag tag, String attribute) {
            return tag.name().matches("h[1-6]") && attribute.equals("id");
        }
    }, o -> o.actual().contains("class=\"heading-anchor\"")),

    /** A task-list checkbox carries its item's text as {@code aria-label}, so a screen reader names it. */
    TASK_LABEL(new SpecHtml.Edit() {
        @Override
        public boolean dropAttribute(SpecHtml.Tag tag, String attribute) {
            return tag.name().equals("input") && attribute.equals("aria-label");
        }
    }, o -> o.actual().contains("type=\"checkbox\"") && o.actual().contains("aria-label=")),

    /** A table sits in {@code <div class="table-wrap">}, so that a wide table scrolls on a narrow screen. */
    TABLE_WRAPPER(new SpecHtml.Edit() {
        @Override
        public boolean unwrap(SpecHtml.Tag tag) {
            return tag.name().equals("div") && tag.hasClass("table-wrap");
        }
    }, o -> o.actual().contains("class=\"table-wrap\"")),

    /**
     * Obsidian's inline tags: {@code #hashtag} (after a space or a line start, not all digits) links to the tag's
     * page, as {@code <a class="inline-tag">#hashtag</a>}.
     */
    INLINE_TAG(new SpecHtml.Edit() {
        @Override
        public boolean unwrap(SpecHtml.Tag tag) {
            return tag.name().equals("a") && tag.hasClass("inline-tag");
        }
    }, o -> o.actual().contains("class=\"inline-tag\"")),

    /**
     * The GFM autolink extension is on in every site: a bare URL, {@code www.} address or e-mail address becomes
     * a link where plain CommonMark leaves text.
     */
    GFM_AUTOLINK(null, o -> count(o.actual(), "<a ") > count(o.expected(), "<a ")),

    /**
     * commonmark-java's autolink extension (autolink-java underneath) ends some links where the GFM spec does
     * not: a closing parenthesis, an entity-like {@code &hl;}, a trailing {@code -} or {@code _}. peersite uses
     * the library as it is.
     */
    AUTOLINK_LIBRARY(null, o -> o.built().example().info().equals("autolink")),

    /**
     * {@code [[...]]} is a wiki-link to a page of the site, resolved by name (shown as a broken link when no page
     * has the name), and {@code ![[...]]} an embed, where CommonMark reads brackets that make no link.
     */
    WIKI_LINK(null, o -> o.actual().contains("class=\"wikilink\"") || o.actual().contains("Unresolved link: [[")),

    /**
     * Only http, https, mailto and tel URLs (and links inside the site) are kept unless the site allows more
     * schemes ({@code features.urlSchemes}); any other link keeps its text and loses its URL, with a warning.
     */
    URL_POLICY(null, o -> o.has(d -> d.code().equals("markdown.url-scheme") || d.code().equals("markdown.unsafe-url"))),

    /** A link to a Markdown file ({@code ./target.md}) points at the page built from it ({@code target/}). */
    CONTENT_LINK(null, o -> o.expected().contains(".md\"")),

    /**
     * A {@code #fragment} that names no heading or id of its page is a broken link: reported, and shown as text
     * with {@code class="broken-link"}.
     */
    LINK_CHECK(null, o -> o.has(d -> d.code().equals("link.anchor"))),

    /**
     * A file whose name holds a backslash is not published (it is a folder separator on Windows and in URLs), so
     * a link to it is broken.
     */
    BACKSLASH_FILE(null, o -> o.has(d -> d.code().equals("link.unresolved") && d.message().contains("\\"))),

    /**
     * An image of the site is published as copies named by a hash of its bytes ({@code moon.3fa2c1d9-4.jpg}), with
     * its size stated and, but for a page's first, lazy loading; with the file's own name put back and those
     * attributes taken out, each example matches the spec exactly.
     */
    IMAGE_VARIANT(new SpecHtml.Edit() {
        @Override
        public boolean dropAttribute(SpecHtml.Tag tag, String attribute) {
            return tag.name().equals("img") && SiteImages.ATTRIBUTES.contains(attribute);
        }

        @Override
        public String attribute(SpecHtml.Tag tag, String attribute, String value) {
            return tag.name().equals("img") && attribute.equals("src") ? SiteImages.VARIANT_NAME.matcher(value).replaceFirst("$1")
                    : value;
        }
    }, o -> SiteImages.VARIANT_NAME.matcher(o.actual()).find());

    /** What {@link #IMAGE_VARIANT} looks for (in a class of its own: an enum's constants cannot read its fields). */
    private static final class SiteImages {
        /** What the site adds to an {@code <img>} of its own. */
        static final Set<String> ATTRIBUTES = Set.of("width", "height", "srcset", "sizes", "loading", "decoding");
        /** A variant's name: the hash and width between the file's stem and its extension. */
        static final Pattern VARIANT_NAME = Pattern.compile("\\.[0-9a-f]{8}-[0-9]+(\\.(?:jpg|png))(?=\"|$)");
    }

    private final SpecHtml.Edit edit;
    private final Predicate<Outcome> evidence;

    Difference(SpecHtml.Edit edit, Predicate<Outcome> evidence) {
        this.edit = edit;
        this.evidence = evidence;
    }

    /** How to take the difference out of peersite's HTML, or {@code null} when it is not an addition. */
    SpecHtml.Edit edit() {
        return edit;
    }

    /** Whether the built example shows this reason at work. */
    boolean appliesTo(Outcome outcome) {
        return evidence.test(outcome);
    }

    /** What became of one example: the built page and both sides normalised. */
    record Outcome(SpecSite.Built built, String expected, String actual) {
        boolean has(Predicate<Diagnostic> diagnostic) {
            return built.diagnostics().stream().anyMatch(diagnostic);
        }
    }

    /** The edits of several reasons, applied together. */
    static SpecHtml.Edit combined(Set<Difference> reasons) {
        List<SpecHtml.Edit> edits = reasons.stream().map(Difference::edit).filter(e -> e != null).toList();
        return new SpecHtml.Edit() {
            @Override
            public boolean drop(SpecHtml.Tag tag) {
                return edits.stream().anyMatch(e -> e.drop(tag));
            }

            @Override
            public boolean unwrap(SpecHtml.Tag tag) {
                return edits.stream().anyMatch(e -> e.unwrap(tag));
            }

            @Override
            public boolean dropAttribute(SpecHtml.Tag tag, String attribute) {
                return edits.stream().anyMatch(e -> e.dropAttribute(tag, attribute));
            }

            @Override
            public String attribute(SpecHtml.Tag tag, String attribute, String value) {
                String edited = value;
                for (SpecHtml.Edit e : edits) {
                    edited = e.attribute(tag, attribute, edited);
                }
                return edited;
            }
        };
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
