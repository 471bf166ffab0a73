package org.peersite.model;

import static org.peersite.model.YamlMap.Presence.OPTIONAL;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peersite.diag.Diagnostics;
import org.peersite.internal.Lines;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads a theme's strings file ({@code templates/i18n/de.yaml}): a flat map from a key to the words shown for it,
 * with the same safe YAML reader and the same strictness as the site settings.
 *
 * <pre>
 * Map&lt;String, String&gt; words = WordsFile.parse(text, "templates/i18n/de.yaml", englishKeys, problems);
 * </pre>
 *
 * <p>Every value must be text (quote {@code "no"} or {@code "on"}: YAML 1.1 reads them as booleans). A key that
 * is not in {@code known} is a warning with the closest known key as a hint; a file that cannot be read is an
 * error and yields an empty map. Codes start with {@code i18n.}. Stateless and thread-safe.
 */
public final class WordsFile {

    private WordsFile() {
    }

    /**
     * The file's words by key, in the file's order.
     *
     * @param known the keys a strings file may have, or {@code null} to take every key the file has (for the
     *              built-in English, which defines them)
     */
    public static Map<String, String> parse(String text, String displayPath, Collection<String> known,
                                            Diagnostics out) {
        YamlSource source = YamlSource.wholeFile(Lines.normalise(text), displayPath, "i18n");
        YamlReader.Parsed parsed = YamlReader.read(source, out);
        if (parsed.isEmpty() || parsed.broken()) {
            return Map.of();
        }
        if (!(parsed.root() instanceof MappingNode mapping)) {
            out.add(source.error("type", parsed.root().getStartMark(),
                            "a strings file must be 'key: \"words\"' lines, not a single value or a list")
                    .withHint("for example:\nonThisPage: \"On this page\""));
            return Map.of();
        }
        YamlMap map = YamlMap.root(source, mapping, Map.of(), out);
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : known == null ? map.names() : known) {
            String value = map.text(key, OPTIONAL);
            if (value != null) {
                words.put(key, value);
            }
        }
        map.reportUnknownFields(name -> null);
        return words;
    }
}
