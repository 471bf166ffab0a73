/**
 * Link stage: weaves all pages into one graph of resolved links, concept mentions, backlinks, related pages and
 * tags, and lays out the concept map.
 */
package org.peersite.graph;
