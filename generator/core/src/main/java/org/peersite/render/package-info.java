/** Render stage: turns pages and the site graph into HTML through the theme, plus the feed, the sitemap and the concept maps. */
package org.peersite.render;
