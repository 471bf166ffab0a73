/** The {@code peersite} command: picocli subcommands that translate options into one core call each and print its result. */
package org.peersite.cli;
