/**
 * Small helpers every stage may use and none owns: the worker threads and their error boundary, content
 * fingerprints. Not part of the public API.
 */
package org.peersite.internal;
