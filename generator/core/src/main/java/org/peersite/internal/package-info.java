/**
 * Helpers every stage shares and none owns: the worker threads and their error boundary ({@link
 * org.peersite.internal.Workers}), content fingerprints ({@link org.peersite.internal.Fingerprint}), the rules for
 * files the site never contains ({@link org.peersite.internal.IgnoredFiles}), the walk that refuses links out of a
 * folder and never opens a special file ({@link org.peersite.source.SafeTree}), and the one way names are
 * compared ({@link org.peersite.internal.Names}). Not part of the public API.
 */
package org.peersite.internal;
