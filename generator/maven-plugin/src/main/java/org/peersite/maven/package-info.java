/** The Maven goals ({@code peersite:build}, {@code peersite:check}, {@code peersite:serve}): thin translators from plugin parameters to one core call. */
package org.peersite.maven;
