package org.peersite.internal;

import java.text.Normalizer;

/**
 * The one way names are compared: titles, aliases and slugs in wiki-links, concept mentions, and routes.
 * Two names are the same name when their {@link #key}s are equal: Unicode NFC (so a decomposed {@code e} +
 * U+0301 is the {@code é} typed on another keyboard), simple case folding one {@code char} at a time (so
 * {@code Straße}, {@code STRASSE}... keep their length; {@code ſ} and {@code s}, {@code Σ}, {@code σ} and
 * {@code ς} fold together), and whitespace trimmed with each run of it one space, where whitespace is Java's
 * plus the no-break spaces.
 *
 * <pre>
 * Names.key("  Peer\u00A0Advisory\nGroup ");   // "peer advisory group"
 * Names.key("Cafe\u0301") == Names.key("CAFÉ") // equal strings
 * </pre>
 * Stateless and thread-safe.
 */
public final class Names {

    private Names() {
    }

    /** The form a name is compared in (see the class comment); blank input gives the empty string. */
    public static String key(CharSequence name) {
        String text = nfc(name);
        if (isKey(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    /**
     * Whether a text is its own key: printable ASCII without capitals, single spaces between words (slugs, paths,
     * most aliases). Such names, most of a site's, are then not copied: building a cached site's index made keys
     * of every page's names.
     */
    private static boolean isKey(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i == 0 || i == last || text.charAt(i - 1) == ' '
                    : c < '!' || c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The text without the whitespace {@link #isSpace} sees at either end. */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * A site path compared for collisions: NFC and case-folded, nothing else ({@code /Guides/Café/} and
     * {@code /guides/cafe\u0301/} are one route on the file systems of macOS and Windows).
     */
    public static String routeKey(String sitePath) {
        String text = nfc(sitePath);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    /** The text in Unicode NFC; ASCII text, nearly all of it, is returned without a copy. */
    public static String nfc(CharSequence text) {
        String s = text.toString();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /**
     * One {@code char} case-folded: upper-cased, then lower-cased, which is Unicode's simple case folding for all
     * but a handful of characters, and never changes the length (so offsets in a text stay offsets).
     */
    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Whitespace as names see it: Java's, plus the no-break spaces (U+00A0, U+2007, U+202F) it leaves out.
     * Letters and punctuation, most of any text, are answered by the first comparison.
     */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < 0x80) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
