/** Write stage: the site staged beside the output folder and swapped in only when complete. */
package org.peersite.output;
