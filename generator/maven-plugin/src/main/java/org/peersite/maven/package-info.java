/** The Maven goals ({@code peersite:build}, {@code peersite:check}): thin translators from plugin parameters to one core call. */
package org.peersite.maven;
