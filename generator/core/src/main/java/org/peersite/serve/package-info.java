/** The dev server: serves a {@link org.peersite.LiveSite} over HTTP on the loopback, watches its files and tells open browser tabs to reload. */
package org.peersite.serve;
