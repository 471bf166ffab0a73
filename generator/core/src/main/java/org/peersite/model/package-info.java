/** Parse stage, content model: page metadata and site settings read from YAML, typed and strictly checked. */
package org.peersite.model;
