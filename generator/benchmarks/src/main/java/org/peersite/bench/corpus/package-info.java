/** A deterministic benchmark corpus shaped like peersite's content, written from a size, a seed and a link style. */
package org.peersite.bench.corpus;
