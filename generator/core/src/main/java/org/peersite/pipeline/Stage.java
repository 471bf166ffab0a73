package org.peersite.pipeline;

import java.util.Locale;

/**
 * The steps of a build, in the order they run: the pipeline's four stages (the bodies' share of linking told
 * apart), then the two a build adds around
 * them (putting the finished site in place, and reading and keeping the cache). What a build's stage times are
 * keyed by.
 */
public enum Stage {
    /** Every input read and fingerprinted ({@link LoadStage}). */
    LOAD,
    /** Each Markdown file to a page ({@link ParseStage}). */
    PARSE,
    /**
     * Each page's Markdown body parsed and made into HTML. A build does this inside the link stage, each body
     * just before its page is linked (so that no more ASTs live at once than there are workers): its share of
     * the link stage's wall time is told apart from linking proper, and the link stage is what remains.
     */
    BODIES,
    /** Every page woven into one graph ({@link LinkStage}), its bodies' work aside ({@link #BODIES}). */
    LINK,
    /** Every file of the site made ({@link RenderStage}). */
    RENDER,
    /** The finished site put in place: the files were written as they were rendered. */
    WRITE,
    /** Reading the last state, checking the output against it, and keeping the new one. */
    CACHE;

    /** The stage's name as people read it: {@code load}, {@code parse}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
