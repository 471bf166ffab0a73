package org.peersite.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors, the ids commonmark's heading-anchor extension ({@code IdGenerator}) gives ({@code "Why it
 * matters?"} becomes {@code why-it-matters}, a repeat {@code why-it-matters-1}) but independent of the JVM's
 * locale: the extension lower-cases with the default locale, which turns {@code I} into a dotless {@code ı} under
 * Turkish, so the text is lower-cased with {@link Locale#ROOT}.
 *
 * <p>Made here rather than by the extension, with the same result (held equal to it by {@code AnchorsTest}): the
 * extension compiles its regular expression for every page and runs it over every heading, the reserved ids
 * included (1.5 % of the samples of a cold 10,000-page build). One instance per page; not thread-safe.
 */
public final class Anchors {

    /**
     * Ids the theme gives its own elements ({@code <main id="content">}, the search box and the link preview of
     * {@code partials/search.ftlh} and {@code assets/reader.js}); a heading "Content" becomes {@code content-1}.
     */
    static final List<String> RESERVED = List.of("content", "site-search", "site-search-input",
            "site-search-results", "site-search-status", "link-preview");

    /** The id of a heading with no char an id keeps. */
    private static final String DEFAULT_ID = "section";

    /** How many headings of this page took each id, the reserved ids counted once each. */
    private final Map<String, Integer> taken = new HashMap<>();

    public Anchors() {
        RESERVED.forEach(id -> taken.merge(id, 1, Integer::sum));
    }

    /** The next anchor for a heading with this text, unique within the page. */
    public String next(String headingText) {
        String id = of(headingText);
        Integer before = taken.put(id, taken.getOrDefault(id, 0) + 1);
        return before == null ? id : id + "-" + before;
    }

    /** The anchor a heading text would get on its own, for matching {@code [[page#Heading text]]}. */
    public static String of(String headingText) {
        String id = normalized(headingText.toLowerCase(Locale.ROOT));
        return id.isEmpty() ? DEFAULT_ID : id;
    }

    /**
     * The text as an id: each space a {@code -}, and only the chars the extension's {@code [\w\-_]} (with
     * {@code UNICODE_CHARACTER_CLASS}) keeps, whole code points; ASCII decided without asking {@link Character}.
     */
    private static String normalized(String lower) {
        char[] kept = new char[lower.length()];
        int length = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 128) {
                if (c == ' ') {
                    kept[length++] = '-';
                } else if (ASCII_KEPT[c]) {
                    kept[length++] = c;
                }
                continue;
            }
            int cp = lower.codePointAt(i);
            int chars = Character.charCount(cp);
            if (isWordChar(cp)) {
                lower.getChars(i, i + chars, kept, length);
                length += chars;
            }
            i += chars - 1;
        }
        return new String(kept, 0, length);
    }

    /** {@code [\w\-_]} over ASCII: letters, digits, {@code _} and {@code -}. */
    private static final boolean[] ASCII_KEPT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KEPT[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '-';
        }
    }

    /** Unicode's {@code \w} as {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS} defines it. */
    private static boolean isWordChar(int cp) {
        if (Character.isAlphabetic(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
