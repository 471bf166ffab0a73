/**
 * peersite's engine: Markdown with YAML front matter and a FreeMarker theme in, a static knowledge site out.
 *
 * <p>This package is the public API: {@link org.peersite.Generator} builds or checks a site and returns a
 * {@link org.peersite.BuildResult}; {@link org.peersite.LiveSite} keeps one up to date in memory for the
 * preview; {@link org.peersite.Scaffold} starts a new page. The stages, in pipeline order, each a package whose
 * dependencies point only at the ones before it:
 * <ol>
 *   <li>{@link org.peersite.diag}: diagnostics, one record type for every problem and one sink they are reported
 *       to;</li>
 *   <li>{@link org.peersite.source}: load, the content's files listed safely and read into source files;</li>
 *   <li>{@link org.peersite.markdown} and {@link org.peersite.model}: parse, the Markdown tree of each page and
 *       its typed front matter, each kind of page described in one place;</li>
 *   <li>{@link org.peersite.graph}: link, every page woven into one graph;</li>
 *   <li>{@link org.peersite.render}: render, the theme's layouts over the page model;</li>
 *   <li>{@link org.peersite.output}: write, staged and swapped in whole.</li>
 * </ol>
 * {@link org.peersite.pipeline} runs the stages, and is the only package that sees them all: one pipeline for a
 * full build, a cached build and the preview. {@link org.peersite.serve} is the preview server on top of
 * {@link org.peersite.LiveSite}; {@link org.peersite.external} checks, on request, the links the link stage found
 * leaving the site. Helpers every stage shares and none owns (the worker threads and their error boundary,
 * fingerprints, the cache's encoding, the ignored-file rules, the name normaliser, XML and JSON escaping, line
 * handling) live in {@link org.peersite.internal}, which depends on nothing else of peersite;
 * {@link org.peersite.image} reads, resizes and sanitises images for whichever stage needs them.
 */
package org.peersite;
