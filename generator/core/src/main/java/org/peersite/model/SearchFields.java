package org.peersite.model;

/**
 * Where a kind puts what search should know of its own fields, field by field: the render stage's search
 * document gives one per page. Not thread-safe: one per page.
 */
public interface SearchFields {

    /** Words that describe the page in a line, matched like its summary (an interviewee's name and role). */
    void summary(String text);

    /** Words matched like a heading (a framework's stage names). */
    void heading(String text);

    /** Words matched like the body (an agenda's activities). */
    void body(String text);

    /** Another name of the page, shown and matched whole like its title. */
    void alias(String alias);
}
