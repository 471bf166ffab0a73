/**
 * Link stage: weaves all pages into one graph of resolved links, concept mentions, backlinks, related pages and
 * tags; each page's links resolved by {@link org.peersite.graph.PageLinker} and its parts.
 */
package org.peersite.graph;
