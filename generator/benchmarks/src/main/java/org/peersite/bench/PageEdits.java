package org.peersite.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two places in one page where an editor might type, and the page's text after any number of edits at each:
 * one right after a concept mention (or a link, if the page names no concept in plain text), which changes the
 * sentence that backlinks quote, and one at the end of a paragraph with no link and no mention, which changes
 * nothing but the page itself. Each edit changes only its own place, so successive texts differ in one spot.
 *
 * <pre>
 * PageEdits edits = PageEdits.find(text, bodyOffset, List.of("Accelerate 3", "Acceleration 3"));
 * Files.writeString(page, edits.text(1, 0));   // one edit near the mention, none far from links
 * </pre>
 * Immutable, thread-safe.
 */
final class PageEdits {

    /** {@code [[...]]} and {@code [label](target)}: no edit goes inside either. */
    private static final Pattern LINK = Pattern.compile("\\[\\[[^\\]\\n]*\\]\\]|\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");

    private final String original;
    private final int nearAt;
    private final String near;
    private final int farAt;
    private final String far;

    private PageEdits(String original, int nearAt, String near, int farAt, String far) {
        this.original = original;
        this.nearAt = nearAt;
        this.near = near;
        this.farAt = farAt;
        this.far = far;
    }

    /**
     * Finds the two places in the body of {@code text}, which starts at {@code bodyOffset}.
     *
     * @param conceptNames titles and aliases of the site's concepts, matched as whole words, ignoring case
     * @throws IllegalArgumentException if the body has no paragraph with a mention or a link
     */
    static PageEdits find(String text, int bodyOffset, Collection<String> conceptNames) {
        List<int[]> paragraphs = paragraphLines(text, bodyOffset);
        int mentionAt = -1;
        String mention = null;
        int linkEnd = -1;
        int farEnd = -1;
        for (int[] line : paragraphs) {
            boolean[] inLink = linkMask(text, line[0], line[1]);
            boolean hasLink = false;
            for (int i = line[0]; i < line[1]; i++) {
                hasLink |= inLink[i - line[0]];
            }
            if (hasLink && linkEnd < 0) {
                Matcher first = LINK.matcher(text).region(line[0], line[1]);
                first.find();
                linkEnd = first.end();
            }
            int[] found = firstMention(text, line[0], line[1], inLink, conceptNames);
            if (found != null && mentionAt < 0) {
                mentionAt = found[1];
                mention = text.substring(found[0], found[1]);
            }
            if (!hasLink && found == null && farEnd < 0) {
                farEnd = line[1];
            }
        }
        int nearAt = mentionAt >= 0 ? mentionAt : linkEnd;
        if (nearAt < 0) {
            throw new IllegalArgumentException("the page has no paragraph with a concept mention or a link");
        }
        String near = mentionAt >= 0 ? "after the mention \"" + mention + "\"" : "after the first link";
        String far = farEnd >= 0 ? "at the end of a paragraph without links or mentions"
                : "in a new paragraph at the end (every paragraph has a link or mention)";
        return new PageEdits(text, nearAt, "line " + lineOf(text, nearAt) + ", " + near,
                farEnd >= 0 ? farEnd : text.length(), (farEnd >= 0 ? "line " + lineOf(text, farEnd) + ", " : "") + far);
    }

    /** The page after {@code nearEdits} edits next to the mention and {@code farEdits} far from any link. */
    String text(int nearEdits, int farEdits) {
        String nearText = nearEdits == 0 ? "" : " (revised " + nearEdits + " times)";
        String farText = farEdits == 0 ? "" : farAt == original.length()
                ? "\nThis paragraph was edited " + farEdits + " times.\n"
                : " This paragraph was edited " + farEdits + " times.";
        StringBuilder edited = new StringBuilder(original);
        // Insert at the later place first, so the earlier offset still holds.
        if (nearAt > farAt) {
            edited.insert(nearAt, nearText).insert(farAt, farText);
        } else {
            edited.insert(farAt, farText).insert(nearAt, nearText);
        }
        return edited.toString();
    }

    /** Where the edit next to a mention goes, for the report. */
    String near() {
        return near;
    }

    /** Where the edit far from links goes, for the report. */
    String far() {
        return far;
    }

    /** Start and end offsets of the body's plain paragraph lines: not headings, lists, tables, quotes or code. */
    private static List<int[]> paragraphLines(String text, int bodyOffset) {
        List<int[]> lines = new ArrayList<>();
        boolean fenced = false;
        int start = bodyOffset;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && !line.isBlank() && (Character.isLetter(line.charAt(0)) || line.charAt(0) == '*')
                    && !line.matches("^\\*\\s.*")) {
                lines.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return lines;
    }

    private static boolean[] linkMask(String text, int start, int end) {
        boolean[] mask = new boolean[end - start];
        Matcher link = LINK.matcher(text).region(start, end);
        while (link.find()) {
            for (int i = link.start(); i < link.end(); i++) {
                mask[i - start] = true;
            }
        }
        return mask;
    }

    /** The earliest whole-word concept name outside links, as {start, end}, or {@code null}. */
    private static int[] firstMention(String text, int start, int end, boolean[] inLink, Collection<String> names) {
        for (int at = start; at < end; at++) {
            if (inLink[at - start] || (at > start && Character.isLetterOrDigit(text.charAt(at - 1)))) {
                continue;
            }
            int longest = -1;
            for (String name : names) {
                int after = at + name.length();
                if (after <= end && name.length() > longest && text.regionMatches(true, at, name, 0, name.length())
                        && (after == end || !Character.isLetterOrDigit(text.charAt(after)))
                        && !inLink[after - 1 - start]) {
                    longest = name.length();
                }
            }
            if (longest > 0) {
                return new int[] {at, at + longest};
            }
        }
        return null;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
