/**
 * The concept map: a deterministic, overlap-free layout of concepts and their links, and the accessible SVG
 * drawn from it (the site-wide map and each concept's neighbourhood).
 */
package org.peersite.render.conceptmap;
