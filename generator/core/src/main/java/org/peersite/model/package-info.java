/**
 * Parse stage, content model: page metadata and site settings read from YAML, typed and strictly checked; each
 * kind of page described in one place, its {@link org.peersite.model.KindSpec}.
 */
package org.peersite.model;
