/**
 * Diagnostics: one record type for every problem, with a position, printed in compiler style, and one sink every
 * stage reports to ({@link org.peersite.diag.Diagnostics}).
 */
package org.peersite.diag;
