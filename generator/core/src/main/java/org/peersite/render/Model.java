package org.peersite.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the read-only maps layouts see. A {@code null} value is left out, so a template finds it missing
 * (and can test it with {@code ??}) instead of finding an empty string.
 */
final class Model {

    private Model() {
    }

    /** An unmodifiable map of the given keys and values, in order, without the {@code null} values. */
    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>(keysAndValues.length);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** An unmodifiable copy of a map built up step by step, without its {@code null} values. */
    static Map<String, Object> copyOf(Map<String, Object> fields) {
        Map<String, Object> map = new LinkedHashMap<>(fields.size());
        fields.forEach((key, value) -> {
            if (value != null) {
                map.put(key, value);
            }
        });
        return Collections.unmodifiableMap(map);
    }

    /** The map with more entries added (nulls left out). */
    static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>(base);
        map.putAll(of(keysAndValues));
        return Collections.unmodifiableMap(map);
    }
}
