/**
 * The dev server: serves a {@link org.peersite.LiveSite} over HTTP on the loopback, watches its files, tells open
 * browser tabs to reload, and answers every request however many clients misbehave.
 */
package org.peersite.serve;
