/**
 * Measuring tools, run by hand from benchmarks.jar: JMH benchmarks of the engine's hot paths, the corpus writer,
 * and the edit-to-rebuild and edit-to-announce latency tools.
 */
package org.peersite.bench;
