/** Render stage: turns pages and the site graph into HTML, feeds, the sitemap, the search index and concept maps. */
package org.peersite.render;
