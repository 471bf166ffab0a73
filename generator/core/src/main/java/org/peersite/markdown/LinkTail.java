package org.peersite.markdown;

import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * What follows a closing bracket, read by CommonMark's rules (spec, "Links"): so that {@code [[1]](https://…)}
 * and {@code [[x]][ref]} stay the links CommonMark makes of them (their text is {@code [1]}, {@code [x]}) rather
 * than wiki-links. commonmark-java scans these in an internal class; this is the same grammar over the public
 * {@link Scanner}. Stateless.
 */
final class LinkTail {

    private static final int MAX_PARENS = 32;
    private static final int MAX_LABEL = 999;

    private LinkTail() {
    }

    /**
     * Whether the text at the scanner makes the bracket before it a link: an inline destination and title
     * {@code (url "title")}, or a reference label {@code [ref]} that the document defines. Moves the scanner.
     */
    static boolean makesLink(Scanner scanner, InlineParserContext context) {
        Position start = scanner.position();
        if (inline(scanner)) {
            return true;
        }
        scanner.setPosition(start);
        String label = label(scanner);
        return label != null && context.getDefinition(LinkReferenceDefinition.class, label) != null;
    }

    /** {@code (destination)} or {@code (destination "title")}, each part optional as CommonMark allows. */
    private static boolean inline(Scanner scanner) {
        if (!scanner.next('(')) {
            return false;
        }
        scanner.whitespace();
        if (!destination(scanner)) {
            return false;
        }
        if (scanner.whitespace() > 0 && titleOpens(scanner.peek())) {
            if (!title(scanner)) {
                return false;
            }
            scanner.whitespace();
        }
        return scanner.next(')');
    }

    private static boolean destination(Scanner scanner) {
        if (!scanner.hasNext()) {
            return false;
        }
        if (scanner.next('<')) {
            while (scanner.hasNext()) {
                char c = scanner.peek();
                if (c == '\\') {
                    escape(scanner);
                } else if (c == '\n' || c == '<') {
                    return false;
                } else {
                    scanner.next();
                    if (c == '>') {
                        return true;
                    }
                }
            }
            return false;
        }
        int parens = 0;
        boolean empty = true;
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == ' ' || Character.isISOControl(c)) {
                return !empty;
            }
            if (c == '\\') {
                escape(scanner);
            } else if (c == '(') {
                if (++parens > MAX_PARENS) {
                    return false;
                }
                scanner.next();
            } else if (c == ')') {
                if (parens == 0) {
                    return true;
                }
                parens--;
                scanner.next();
            } else {
                scanner.next();
            }
            empty = false;
        }
        return true;
    }

    private static boolean titleOpens(char c) {
        return c == '"' || c == '\'' || c == '(';
    }

    private static boolean title(Scanner scanner) {
        char open = scanner.peek();
        char close = open == '(' ? ')' : open;
        scanner.next();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                escape(scanner);
            } else if (c == close) {
                scanner.next();
                return true;
            } else if (close == ')' && c == '(') {
                return false;
            } else {
                scanner.next();
            }
        }
        return false;
    }

    /** {@code [label]}: its text, or {@code null} when it is not a label (empty, a bracket inside, too long). */
    private static String label(Scanner scanner) {
        if (!scanner.next('[')) {
            return null;
        }
        Position start = scanner.position();
        while (scanner.hasNext() && scanner.peek() != ']') {
            if (scanner.peek() == '[') {
                return null;
            }
            if (scanner.peek() == '\\') {
                escape(scanner);
            } else {
                scanner.next();
            }
        }
        String label = scanner.getSource(start, scanner.position()).getContent();
        return scanner.next(']') && !label.isBlank() && label.length() <= MAX_LABEL ? label : null;
    }

    /** A backslash, and the punctuation character it escapes if there is one. */
    private static void escape(Scanner scanner) {
        scanner.next();
        char c = scanner.peek();
        if (c > ' ' && c < 127 && !Character.isLetterOrDigit(c)) {
            scanner.next();
        }
    }
}
