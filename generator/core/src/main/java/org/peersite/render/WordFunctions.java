package org.peersite.render;

import java.util.List;
import java.util.Map;

import freemarker.core.Environment;
import freemarker.core.TemplateValueFormatException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * The theme's word functions, {@code tr}, {@code plural}, {@code countOf} and {@code kindLabel} (docs/theme.md,
 * "Languages"), made in Java: what {@code labels.ftlh} defined as FreeMarker functions, with the same results and
 * the same missing-word message (reported at the line that asked, no longer inside {@code labels.ftlh}). A function
 * FreeMarker interprets costs a call frame, a namespace, a list of its arguments and a loop over them: {@code tr}
 * cost more than three times the {@code ?replace} it does, and a build calls these for every page (its kind, its
 * reading time, its related pages' kinds) and every item of every list page (its kind, a guide's facts). A theme
 * reaches them as {@code peersite.tr} and so on; the default theme's {@code labels.ftlh} makes them its own
 * ({@code base.tr}). They read {@code t} (the words) and {@code site.language} of the page being rendered, as the
 * FreeMarker functions did. Stateless and thread-safe.
 */
final class WordFunctions {

    /** The name of the hash of the four functions, a variable every template of a theme sees. */
    static final String NAME = "peersite";

    private static final Map<String, TemplateMethodModelEx> FUNCTIONS = Map.of(
            "tr", WordFunctions::tr,
            "plural", WordFunctions::plural,
            "countOf", WordFunctions::countOf,
            "kindLabel", WordFunctions::kindLabel);

    /** {@code peersite}: {@code tr}, {@code plural}, {@code countOf} and {@code kindLabel}. */
    static final TemplateHashModel ALL = new TemplateHashModel() {
        @Override
        public TemplateModel get(String name) {
            return FUNCTIONS.get(name);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    };

    private WordFunctions() {
    }

    /**
     * {@code tr(key, name, value, ...)}: the words for {@code key} with each {@code {name}} replaced by its value,
     * in turn (a number as {@code ?c} writes it); a name left without a value is ignored.
     */
    private static Object tr(List<?> args) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("tr needs the key of the words: tr(key, name, value, ...)");
        }
        String key = text(args.get(0), "tr's key");
        String text = word(key);
        for (int i = 1; i + 1 < args.size(); i += 2) {
            String name = text(args.get(i), "tr's names");
            text = text.replace("{" + name + "}", text(args.get(i + 1), "the value of {" + name + "}"));
        }
        return text;
    }

    /** {@code plural(key, n)}: "1 guide" / "12 guides", from {@code key.one} and {@code key.other}. */
    private static Object plural(List<?> args) throws TemplateModelException {
        if (args.size() != 2) {
            throw new TemplateModelException("plural needs a key and a count: plural(key, n)");
        }
        return plural(text(args.get(0), "plural's key"), args.get(1));
    }

    private static String plural(String key, Object n) throws TemplateModelException {
        if (!(n instanceof TemplateNumberModel count)) {
            throw new TemplateModelException("plural's count must be a number");
        }
        boolean one = is(count, 1) || is(count, 0) && word("plural.zero").equals("one");
        return word(key + (one ? ".one" : ".other")).replace("{count}", text(count, "plural's count"));
    }

    /** Whether a count is {@code value}, compared as FreeMarker's {@code ==} compares numbers (1.0 is 1). */
    private static boolean is(TemplateNumberModel count, int value) throws TemplateModelException {
        try {
            return Environment.getCurrentEnvironment().getArithmeticEngine()
                    .compareNumbers(count.getAsNumber(), value) == 0;
        } catch (TemplateException e) {
            throw new TemplateModelException(e.getMessage(), e);
        }
    }

    /** {@code countOf(n, section)}: "12 guides"; pages for a section the words do not know. */
    private static Object countOf(List<?> args) throws TemplateModelException {
        if (args.isEmpty() || args.size() > 2) {
            throw new TemplateModelException("countOf needs a count and may have a section: countOf(n, section)");
        }
        String section = args.size() == 2 ? text(args.get(1), "countOf's section") : "";
        String key = words().get("count." + section + ".one") != null ? "count." + section : "count.pages";
        return plural(key, args.get(0));
    }

    /** {@code kindLabel(kind)}: the singular name of a kind ("Interview"), or the kind itself if it has none. */
    private static Object kindLabel(List<?> args) throws TemplateModelException {
        if (args.size() != 1) {
            throw new TemplateModelException("kindLabel needs a kind: kindLabel(kind)");
        }
        TemplateModel label = words().get("kind." + text(args.get(0), "kindLabel's kind"));
        return label != null ? label : args.get(0);
    }

    /** The words of {@code key}; a key with none stops the page, at the template line that asked. */
    private static String word(String key) throws TemplateModelException {
        TemplateModel word = words().get(key);
        if (word == null) {
            TemplateModel site = Environment.getCurrentEnvironment().getGlobalVariable("site");
            TemplateModel language = site instanceof TemplateHashModel hash ? hash.get("language") : null;
            throw new TemplateModelException("no interface words for '" + key + "' (add it to i18n/"
                    + (language == null ? "" : text(language, "site.language")) + ".yaml; see docs/theme.md)");
        }
        return text(word, "the words of '" + key + "'");
    }

    /** {@code t}, the words of the page being rendered. */
    private static TemplateHashModel words() throws TemplateModelException {
        if (Environment.getCurrentEnvironment().getGlobalVariable("t") instanceof TemplateHashModel words) {
            return words;
        }
        throw new TemplateModelException("the page model has no words ('t')");
    }

    /** A text, or a number as {@code ?c} writes it: what the words' {@code {name}}s may be filled with. */
    private static String text(Object value, String what) throws TemplateModelException {
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (value instanceof TemplateNumberModel number) {
            try {
                return Environment.getCurrentEnvironment().getCTemplateNumberFormat().formatToPlainText(number);
            } catch (TemplateValueFormatException e) {
                throw new TemplateModelException(what + ": " + e.getMessage(), e);
            }
        }
        throw new TemplateModelException(what + " must be text or a number");
    }
}
