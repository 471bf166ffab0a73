package org.peersite.graph;

import java.util.Comparator;
import java.util.Objects;

import org.peersite.diag.Position;

/**
 * A link that leaves the site: an {@code http} or {@code https} URL written in a page's body (a link, an
 * autolink or an image) or its front matter (an interview's {@code source.url}), and where it is written.
 * Immutable.
 *
 * @param sourceLine the text of the line it is written on, for diagnostics, or {@code null}
 */
public record ExternalLink(String url, Position position, String sourceLine) implements Comparable<ExternalLink> {

    private static final Comparator<ExternalLink> ORDER = Comparator.comparing(ExternalLink::position)
            .thenComparing(ExternalLink::url);

    public ExternalLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public int compareTo(ExternalLink other) {
        return ORDER.compare(this, other);
    }
}
