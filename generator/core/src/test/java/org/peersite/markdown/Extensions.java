package org.peersite.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** One commonmark extension on its own, as its tests use it: parse with source spans, render, find nodes. */
record Extensions(List<Extension> extensions) {

    static Extensions of(Extension... extensions) {
        return new Extensions(List.of(extensions));
    }

    Node parse(String markdown) {
        return Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build().parse(markdown);
    }

    String html(String markdown) {
        return HtmlRenderer.builder().extensions(extensions).build().render(parse(markdown));
    }

    /** Every node of a type, in document order. */
    static <T extends Node> List<T> all(Node root, Class<T> type) {
        return ExtensionParts.all(root, type);
    }
}
