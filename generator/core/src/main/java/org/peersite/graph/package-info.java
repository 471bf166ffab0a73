/** Link stage: weaves all pages into one graph of resolved links, concept mentions, backlinks and related pages. */
package org.peersite.graph;
