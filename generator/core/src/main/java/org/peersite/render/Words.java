package org.peersite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.model.WordsFile;

/**
 * The interface words of a theme in the site's language ("On this page", "min read", kinds, dates), from
 * {@code i18n/<language>.yaml} in the theme on top of peersite's built-in English.
 *
 * <pre>
 * Words words = Words.load(themeDir, "templates", "de-CH");   // i18n/de-CH.yaml, else i18n/de.yaml, else English
 * String heading = words.text("onThisPage");
 * String count = words.count("count.guides", 3);              // "3 Leitfäden"
 * </pre>
 *
 * <p>Layers, each overriding the one before: the built-in English, the theme's {@code i18n/en.yaml}, then the
 * language ({@code de.yaml}) and the language with its region ({@code de-CH.yaml}). A language the theme has no
 * file for falls back to English, words and dates, with one warning; a key a file leaves out is shown in English, with one warning
 * per file naming the keys. Dates use the file's {@code dateFormat} with the {@link Locale} of the site's
 * language tag, never the machine's. Immutable and thread-safe.
 */
final class Words {

    static final String BUILT_IN = "/org/peersite/render/i18n/en.yaml";
    static final String FOLDER = "i18n";
    /** peersite's own English words: every key there is, read once. */
    private static final Map<String, String> ENGLISH = builtIn();

    private final Map<String, String> words;
    private final Locale locale;
    private final DateTimeFormatter dates;

    private Words(Map<String, String> words, Locale locale, DateTimeFormatter dates) {
        this.words = Collections.unmodifiableMap(words);
        this.locale = locale;
        this.dates = dates;
    }

    /**
     * The words for a language tag ({@code en}, {@code de-CH}) from a theme folder.
     *
     * @param displayDir how diagnostics name the theme folder ({@code templates})
     * @param problems   what is wrong with the theme's words for the language (warnings)
     */
    static Words load(Path themeDir, String displayDir, String languageTag, Diagnostics problems) {
        Map<String, String> english = ENGLISH;
        Map<String, String> words = new LinkedHashMap<>(english);
        Locale locale = Locale.forLanguageTag(languageTag);
        read(themeDir, displayDir, "en", english, words, problems, false);
        boolean found = locale.getLanguage().equals("en");
        if (!found) {
            found = read(themeDir, displayDir, locale.getLanguage(), english, words, problems, true);
        }
        if (!languageTag.equals(locale.getLanguage())) {
            found |= read(themeDir, displayDir, languageTag, english, words, problems, !found);
        }
        if (!found) {
            locale = Locale.ENGLISH;   // English words, so English dates too
            problems.add(Diagnostic.warning("i18n.unknown-language", Position.of(displayDir + "/" + FOLDER + "/"),
                            "the theme has no words for language '" + languageTag + "'; pages show English words")
                    .withHint(available(themeDir).isEmpty()
                            ? "add " + displayDir + "/" + FOLDER + "/" + locale.getLanguage() + ".yaml with the keys of English"
                            : "languages this theme has: " + String.join(", ", available(themeDir))
                            + "; or add " + displayDir + "/" + FOLDER + "/" + locale.getLanguage() + ".yaml"));
        }
        DateTimeFormatter dates;
        try {
            dates = DateTimeFormatter.ofPattern(words.get("dateFormat"), locale);
        } catch (IllegalArgumentException e) {
            problems.add(Diagnostic.warning("i18n.date-format", Position.of(displayDir + "/" + FOLDER + "/"),
                            "'dateFormat' \"" + words.get("dateFormat") + "\" is no date pattern: " + e.getMessage())
                    .withHint("write a java.time pattern such as \"" + english.get("dateFormat") + "\""));
            dates = DateTimeFormatter.ofPattern(english.get("dateFormat"), locale);
        }
        return new Words(words, locale, dates);
    }

    /**
     * Lays the theme's file for one language tag over {@code words}, if there is one.
     *
     * @param reportMissing whether keys the file leaves out are worth a warning (not for en.yaml, which only
     *                      changes some English words, nor for a region's file on top of its language's)
     * @return whether the file exists
     */
    private static boolean read(Path themeDir, String displayDir, String tag, Map<String, String> english,
                                Map<String, String> words, Diagnostics problems, boolean reportMissing) {
        Path file = themeDir.resolve(FOLDER).resolve(tag + ".yaml");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String display = displayDir + "/" + FOLDER + "/" + tag + ".yaml";
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + display, e);
        }
        Map<String, String> read = ParsedWordsFiles.parse(text, display, english.keySet(), problems);
        words.putAll(read);
        TreeSet<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(read.keySet());
        if (reportMissing && !missing.isEmpty()) {
            problems.add(Diagnostic.warning("i18n.missing-key", Position.of(display),
                            (missing.size() == 1 ? "1 key is" : missing.size() + " keys are") + " missing, shown in"
                                    + " English: " + String.join(", ", missing))
                    .withHint("add " + (missing.size() == 1 ? "it" : "them") + " from the English words, for example "
                            + missing.first() + ": \"" + english.get(missing.first()) + "\""));
        }
        return true;
    }

    private static List<String> available(Path themeDir) {
        Path dir = themeDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads peersite's own English words now, if nothing did yet: they are read once per JVM. */
    static void warmUp() {
        ENGLISH.size();
    }

    private static Map<String, String> builtIn() {
        try (InputStream in = Words.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("peersite's built-in English words are missing: " + BUILT_IN);
            }
            Diagnostics problems = new Diagnostics();
            Map<String, String> words = WordsFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    BUILT_IN, null, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("peersite's built-in English words are broken: " + problems);
            }
            return Collections.unmodifiableMap(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Every key and its words, for the layouts ({@code t}). */
    Map<String, String> all() {
        return words;
    }

    Locale locale() {
        return locale;
    }

    /** The words for a key; every key of the built-in English exists. */
    String text(String key) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no interface words for '" + key + "'");
        }
        return text;
    }

    /** The words with {@code {name}} placeholders filled in: {@code format("readingTime", "minutes", 3)}. */
    String format(String key, Object... namesAndValues) {
        String text = text(key);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    /** A count with its noun: {@code count("count.guides", 1)} reads {@code count.guides.one}. */
    String count(String key, int n) {
        boolean one = n == 1 || (n == 0 && "one".equals(words.get("plural.zero")));
        return format(key + (one ? ".one" : ".other"), "count", n);
    }

    /** A day for people, in the site's language ({@code 1 May 2024}, {@code 1. Mai 2024}). */
    String date(LocalDate date) {
        return date == null ? null : dates.format(date);
    }

    /** Minutes for people: {@code 90} is {@code 1 h 30 min}. */
    String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? format("duration.minutes", "minutes", m)
                : m == 0 ? format("duration.hours", "hours", h)
                : format("duration.hoursMinutes", "hours", h, "minutes", m);
    }
}
