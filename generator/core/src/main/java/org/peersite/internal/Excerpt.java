package org.peersite.internal;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Cuts text to a length for people: at a space between words (or, in text without spaces, between two
 * characters as a reader sees them: never inside a surrogate pair or before a combining mark), with one
 * ellipsis where text was left out and none where it was not. Punctuation left dangling at a cut goes, and an
 * ellipsis the text already had at the cut is not doubled. Used for the sentence beside a backlink, for page
 * descriptions and wherever else a shortened text is shown. Stateless and thread-safe.
 *
 * <pre>
 * Excerpt.head("Members hold one another to their commitments.", 30);   // "Members hold one another to…"
 * </pre>
 */
public final class Excerpt {

    /** The ellipsis written where text was cut. */
    public static final String ELLIPSIS = "…";

    /** Characters a cut drops when they would end up beside the ellipsis. */
    private static final String DANGLING = ",;:([{<«‹“‘—–-/&…";
    private static final String DANGLING_START = ",;:.!?)]}>»›”’—–-/&…";

    private Excerpt() {
    }

    /** At most {@code max} characters from the start of {@code text}, ending in an ellipsis when cut. */
    public static String head(String text, int max) {
        String stripped = text.strip();
        if (stripped.length() <= max) {
            return stripped;
        }
        int end = cutBefore(stripped, max - ELLIPSIS.length());
        return trimEnd(stripped.substring(0, end)) + ELLIPSIS;
    }

    /** At most {@code max} characters from the end of {@code text}, starting with an ellipsis when cut. */
    public static String tail(String text, int max) {
        String stripped = text.strip();
        if (stripped.length() <= max) {
            return stripped;
        }
        int start = cutAfter(stripped, stripped.length() - (max - ELLIPSIS.length()));
        return ELLIPSIS + trimStart(stripped.substring(start));
    }

    /**
     * At most {@code max} characters of {@code text} that show what stands at {@code at} (the start of a link),
     * cut on one side where that is enough: the start kept when {@code at} is near it, else the end kept when
     * {@code at} is near that; only in the middle of a text more than twice {@code max} long is it cut on both
     * sides.
     */
    public static String around(String text, int at, int max) {
        String stripped = text.strip();
        if (stripped.length() <= max) {
            return stripped;
        }
        int shown = Math.max(0, Math.min(at, stripped.length()));
        // Enough room after the point for the link and a few words of what it says.
        int room = Math.min(max / 3, 60);
        if (shown + room <= max - ELLIPSIS.length()) {
            return head(stripped, max);
        }
        if (stripped.length() - shown <= max - ELLIPSIS.length() - room / 3) {
            return tail(stripped, max);
        }
        int from = cutAfter(stripped, Math.max(0, shown - max / 3));
        String rest = trimStart(stripped.substring(from));
        return ELLIPSIS + head(rest, max - ELLIPSIS.length());
    }

    /** The latest place at or before {@code limit} where the text may end: before a space, else between graphemes. */
    private static int cutBefore(String text, int limit) {
        int lowest = limit / 2;
        for (int i = limit; i > lowest; i--) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return graphemeBoundary(text, limit, false);
    }

    /** The earliest place at or after {@code limit} where the text may start: after a space, else between graphemes. */
    private static int cutAfter(String text, int limit) {
        int highest = Math.min(text.length() - 1, limit + (text.length() - limit) / 2);
        for (int i = Math.max(1, limit); i <= highest; i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return graphemeBoundary(text, limit, true);
    }

    private static int graphemeBoundary(String text, int offset, boolean after) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int clamped = Math.max(0, Math.min(offset, text.length()));
        if (characters.isBoundary(clamped)) {
            return clamped;
        }
        int boundary = after ? characters.following(clamped) : characters.preceding(clamped);
        return boundary == BreakIterator.DONE ? clamped : boundary;
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0) {
            if (end >= 3 && text.startsWith("...", end - 3)) {
                end -= 3;
            } else if (Character.isWhitespace(text.charAt(end - 1)) || DANGLING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            } else {
                break;
            }
        }
        return text.substring(0, end);
    }

    private static String trimStart(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start))
                || DANGLING_START.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return text.substring(start);
    }
}
