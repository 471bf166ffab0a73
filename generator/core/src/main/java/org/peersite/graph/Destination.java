package org.peersite.graph;

/**
 * Where a resolved link goes: a content page, or another path of the site (a section, a tag page, a static
 * file), with an optional anchor.
 *
 * @param page     the content page's path ({@code concepts/accelerate.md}), or {@code null} for a generated
 *                 page or a static file
 * @param sitePath the target's path in the site ({@code /concepts/accelerate/}, {@code /images/x.png})
 * @param query    the query the author wrote ({@code v=2} of {@code x.pdf?v=2}), kept as written, or {@code null}
 * @param anchor   the heading anchor or element id, or {@code null}
 * @param label    what a reader sees for a link without its own text: the title or alias as the author wrote
 *                 it, the page title for a link by slug, or the heading text
 */
public record Destination(String page, String sitePath, String query, String anchor, String label) {
}
