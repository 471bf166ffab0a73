package org.peersite.render.conceptmap;

/**
 * A concept's one-hop neighbourhood laid out: the centre node first in {@link Layout#nodes()}, then the
 * neighbours shown, strongest first.
 *
 * @param centerId the id of the node in the middle
 * @param omitted  how many neighbours were left out to keep the picture readable
 * @param more     where the "+N more" note goes, below everything else; {@code null} when nothing was left out
 */
public record Neighbourhood(Layout layout, String centerId, int omitted, Box more) {

    /** The text of the note about neighbours left out, e.g. {@code +18 more}. */
    public static String moreText(int omitted) {
        return "+" + omitted + " more";
    }
}
