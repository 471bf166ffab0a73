/**
 * Render stage: turns pages and the site graph into HTML through the theme, plus the feed, the sitemap, the search
 * and preview data and the concept maps ({@link org.peersite.render.conceptmap}).
 */
package org.peersite.render;
