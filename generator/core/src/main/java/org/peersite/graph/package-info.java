/** Link stage and site graph: how pages connect, and how that graph is laid out as a concept map. */
package org.peersite.graph;
