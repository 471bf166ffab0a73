package org.peersite.model;

import org.peersite.diag.Position;

/**
 * A reference to another page written in front matter ({@code concepts: [accelerate]}, a stage's
 * {@code concept}): the text as written and where, so the link stage can resolve it and point at it.
 */
public record Ref(String text, Position position) {
}
