/** Load stage: finds the content's files and reads each into a {@link org.peersite.source.SourceFile}. */
package org.peersite.source;
