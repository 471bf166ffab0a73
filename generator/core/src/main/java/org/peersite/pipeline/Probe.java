package org.peersite.pipeline;

/**
 * Where a test plants a failure inside a stage: called at the start of each unit of a stage's work with the file
 * it is for (a Markdown file read, a page parsed, a body got ready, a page linked, a page rendered). A build's
 * pipeline has {@link #NONE}; what a probe throws must end as an {@code error[internal]} at that file, like any
 * failure inside the stage.
 */
@FunctionalInterface
interface Probe {

    /** What a build has: nothing planted. */
    Probe NONE = (step, file) -> {
    };

    /** The units of work a probe is called at. */
    enum Step {
        /** The load stage reads a Markdown file. */
        READ,
        /** The parse stage parses a file (its front matter, or all of it). */
        PARSE,
        /** The link stage gets a page's body ready: parsed for the first time, or again. */
        BODY,
        /** The link stage links a page. */
        LINK,
        /** The render stage gets the body of a page reused from before ready again. */
        BODY_AGAIN,
        /** The render stage renders a page. */
        RENDER
    }

    /** Called with the file's path inside the content folder ({@code concepts/trust.md}). */
    void at(Step step, String file);
}
