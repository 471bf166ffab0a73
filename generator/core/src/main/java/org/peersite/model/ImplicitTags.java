package org.peersite.model;

import java.util.Set;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The tag YAML 1.1 gives a plain scalar ({@code 2024-05-01} is a timestamp, {@code yes} a boolean, {@code 90} an
 * int), exactly as SnakeYAML's {@link Resolver} gives it, without its regular expressions for the values front
 * matter is made of: words, whole numbers, days. The Resolver picks its candidate expressions by the
 * value's first character, so a word that starts with none of those characters is text whatever follows, and a
 * word starting with a letter that has expressions is only ever one of a few fixed words.
 *
 * <pre>
 * Tag tag = ImplicitTags.ofPlain("2024-05-01");   // Tag.TIMESTAMP
 * Resolver resolver = ImplicitTags.resolver();    // for SnakeYAML's composer
 * </pre>
 *
 * Stateless and thread-safe.
 */
final class ImplicitTags {

    /** Every first character the Resolver has an expression for (bool, int, float, merge, null, timestamp, yaml). */
    private static final String RESOLVED_FIRST = "yYnNtTfFoO-+0123456789.<~!&*";
    private static final Set<String> BOOLS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL");

    private ImplicitTags() {
    }

    /** SnakeYAML's resolver, shared by every file and thread (once built, {@code resolve} only reads it). */
    static Resolver resolver() {
        return Shared.RESOLVER;
    }

    /** The tag of a plain (unquoted) scalar; {@code value} is not empty. */
    static Tag ofPlain(String value) {
        char first = value.charAt(0);
        if (RESOLVED_FIRST.indexOf(first) < 0) {
            return Tag.STR;
        }
        if (Character.isLetter(first)) {
            if (BOOLS.contains(value)) {
                return Tag.BOOL;
            }
            return NULLS.contains(value) ? Tag.NULL : Tag.STR;
        }
        if (isDecimal(value)) {
            return Tag.INT;
        }
        if (isDay(value)) {
            return Tag.TIMESTAMP;
        }
        return resolver().resolve(NodeId.scalar, value, true);
    }

    /** {@code [1-9][0-9]*}: an int by the first of the Resolver's expressions for digits, which has no length limit. */
    private static boolean isDecimal(String value) {
        if (value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}: no int or float expression takes a '-' there, the timestamp's does. */
    private static boolean isDay(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Built on first use, so that a build whose values all resolve above never loads the Resolver. */
    private static final class Shared {
        static final Resolver RESOLVER = new Resolver();
    }
}
