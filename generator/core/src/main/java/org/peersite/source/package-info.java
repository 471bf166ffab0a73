/**
 * Load stage: lists the content and theme folders safely ({@link org.peersite.source.SafeTree}: nothing outside
 * them, no special file opened) and reads each Markdown file into a {@link org.peersite.source.SourceFile}.
 */
package org.peersite.source;
