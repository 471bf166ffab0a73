package org.peersite.markdown;

/** How raw HTML inside Markdown is treated (the site's {@code features.rawHtml} switch). */
public enum RawHtml {
    /** Shown as text: the safe default. */
    ESCAPE,
    /** Kept, but cleaned of scripts, event handlers and dangerous URLs. */
    SANITIZE,
    /** Kept as written: only for content you fully trust (a warning says so). */
    ALLOW
}
