/**
 * Markdown, in the parse and render stages: commonmark-java with wiki-links as a parser extension and its limits
 * made content errors, heading anchors, link extraction, URL safety and HTML rendering with the link stage's
 * answers.
 */
package org.peersite.markdown;
