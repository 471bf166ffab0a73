/**
 * peersite's engine: Markdown with YAML front matter and a FreeMarker theme in, a static knowledge site out.
 *
 * <p>{@link org.peersite.Generator} builds a site ({@link org.peersite.Build} runs the stages) and
 * {@link org.peersite.LiveSite} keeps one up to date in memory for the preview. The stages, in pipeline order,
 * each a package whose dependencies point only at the ones before it:
 * <ol>
 *   <li>{@link org.peersite.diag}: diagnostics, one record type for every problem;</li>
 *   <li>{@link org.peersite.source}: load, the content's files read into source files;</li>
 *   <li>{@link org.peersite.markdown} and {@link org.peersite.model}: parse, typed front matter and the Markdown
 *       tree of each page;</li>
 *   <li>{@link org.peersite.graph}: link, every page woven into one graph;</li>
 *   <li>{@link org.peersite.render}: render, the theme's layouts over the page model;</li>
 *   <li>{@link org.peersite.output}: write, staged and swapped in whole.</li>
 * </ol>
 * {@link org.peersite.serve} is the preview server on top of {@link org.peersite.LiveSite};
 * {@link org.peersite.external} checks, on request, the links the link stage found leaving the site. Helpers that
 * every stage shares and none owns (the worker threads and their error boundary, fingerprints, the ignored-file
 * rules, the safe walk of a folder, the name normaliser) live in {@link org.peersite.internal};
 * {@link org.peersite.image} reads, resizes and sanitises images for whichever stage needs them.
 */
package org.peersite;
