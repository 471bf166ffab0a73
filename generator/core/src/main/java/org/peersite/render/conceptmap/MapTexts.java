package org.peersite.render.conceptmap;

import java.util.List;
import java.util.Objects;

/**
 * The words a neighbourhood map writes itself: its description for people who cannot see it, and the note
 * about neighbours left out. {@code {center}}, {@code {names}} and {@code {count}} are filled in.
 *
 * @param connected    the description when the concept has neighbours
 * @param alone        the description when it has none
 * @param and          the word before the last of several names
 * @param omittedOne   added to the description when one neighbour is left out
 * @param omittedOther added when {@code {count}} neighbours are left out
 * @param more         the visible note about neighbours left out
 */
public record MapTexts(String connected, String alone, String and, String omittedOne, String omittedOther,
                       String more) {

    public static final MapTexts ENGLISH = new MapTexts(
            "{center} and the concepts connected to it, strongest first: {names}.",
            "{center} is not connected to other concepts yet.", "and", "1 more is not shown.",
            "{count} more are not shown.", "+{count} more");

    public MapTexts {
        Objects.requireNonNull(connected, "connected");
        Objects.requireNonNull(alone, "alone");
        Objects.requireNonNull(and, "and");
        Objects.requireNonNull(omittedOne, "omittedOne");
        Objects.requireNonNull(omittedOther, "omittedOther");
        Objects.requireNonNull(more, "more");
    }

    /** The visible note: {@code +18 more}. */
    public String more(int omitted) {
        return more.replace("{count}", Integer.toString(omitted));
    }

    /** The description of a neighbourhood whose centre is {@code center} and whose neighbours are {@code names}. */
    String describe(String center, List<String> names, int omitted) {
        if (names.isEmpty()) {
            return alone.replace("{center}", center);
        }
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
        String text = connected.replace("{center}", center).replace("{names}", list);
        if (omitted > 0) {
            text += " " + (omitted == 1 ? omittedOne : omittedOther.replace("{count}", Integer.toString(omitted)));
        }
        return text;
    }
}
