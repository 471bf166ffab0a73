/** JMH benchmarks for the engine's hot paths, with deterministic inputs; run by hand from benchmarks.jar. */
package org.peersite.bench;
