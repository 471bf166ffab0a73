package org.peersite.markdown;

import java.util.Locale;

import org.commonmark.ext.heading.anchor.IdGenerator;

/**
 * Heading anchors, generated like commonmark's heading-anchor extension ({@code "Why it matters?"} becomes
 * {@code why-it-matters}) but independent of the JVM's locale: the extension lower-cases with the default
 * locale, which turns {@code I} into a dotless {@code ı} under Turkish, so the text is lower-cased with
 * {@link Locale#ROOT} first. One instance per page; not thread-safe.
 */
public final class Anchors {

    /**
     * Ids the theme gives its own elements ({@code <main id="content">}, the search box and the link preview of
     * {@code partials/search.ftlh} and {@code assets/reader.js}); a heading "Content" becomes {@code content-1}.
     */
    static final java.util.List<String> RESERVED = java.util.List.of("content", "site-search", "site-search-input",
            "site-search-results", "site-search-status", "link-preview");

    private final IdGenerator ids = IdGenerator.builder().defaultId("section").build();

    public Anchors() {
        RESERVED.forEach(ids::generateId);
    }

    /** The next anchor for a heading with this text, unique within the page. */
    public String next(String headingText) {
        return ids.generateId(headingText.toLowerCase(Locale.ROOT));
    }

    /** The anchor a heading text would get on its own, for matching {@code [[page#Heading text]]}. */
    public static String of(String headingText) {
        return IdGenerator.builder().defaultId("section").build().generateId(headingText.toLowerCase(Locale.ROOT));
    }
}
