/** Diagnostics: one record type for every problem, with a position, printed in compiler style. */
package org.peersite.diag;
