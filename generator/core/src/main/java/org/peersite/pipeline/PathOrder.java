package org.peersite.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps by path in path order ({@link String#compareTo}), as the digest and the cache's manifest take them. A map
 * the render stage sorted once keeps that order and answers look-ups by hash: a {@code TreeMap} in its place was
 * made from some 10,000 paths by string compares at the end of the render stage, looked up by compares (the
 * digest, the reads' buckets) and copied into another tree by the manifest. Stateless.
 */
final class PathOrder {

    /** By key: a class of its own, not a lambda, which the JVM would spin at its first use in every build. */
    private static final Comparator<Map.Entry<String, ?>> BY_PATH = new ByPath();

    private PathOrder() {
    }

    /** The same entries in a map that iterates in path order and looks paths up by hash. */
    static <V> Map<String, V> sorted(Map<String, V> byPath) {
        String[] paths = byPath.keySet().toArray(new String[0]);
        Arrays.sort(paths);
        Map<String, V> sorted = new LinkedHashMap<>(2 * paths.length);
        for (String path : paths) {
            sorted.put(path, byPath.get(path));
        }
        return sorted;
    }

    /** The map's entries in path order: one pass over a map that is in that order already ({@link #sorted}). */
    static <V> List<Map.Entry<String, V>> entries(Map<String, V> byPath) {
        List<Map.Entry<String, V>> entries = new ArrayList<>(byPath.entrySet());
        entries.sort(BY_PATH);   // a merge sort: entries already in order cost one compare each
        return entries;
    }

    private static final class ByPath implements Comparator<Map.Entry<String, ?>> {
        @Override
        public int compare(Map.Entry<String, ?> a, Map.Entry<String, ?> b) {
            return a.getKey().compareTo(b.getKey());
        }
    }
}
