/**
 * Helpers every stage shares and none owns, depending on nothing else of peersite: the worker threads and their
 * error boundary ({@link org.peersite.internal.Workers}), content fingerprints
 * ({@link org.peersite.internal.Fingerprint}), the build cache's binary encoding
 * ({@link org.peersite.internal.Encoder}, {@link org.peersite.internal.Decoder}), the files a site never contains
 * ({@link org.peersite.internal.IgnoredFiles}), the one way names are compared
 * ({@link org.peersite.internal.Names}), XML and JSON escaping ({@link org.peersite.internal.Xml},
 * {@link org.peersite.internal.JsonText}), line handling ({@link org.peersite.internal.Lines}) and a text as one
 * byte per char for the scans over every text node ({@link org.peersite.internal.Latin1Bytes}). Not part of
 * the public API.
 */
package org.peersite.internal;
