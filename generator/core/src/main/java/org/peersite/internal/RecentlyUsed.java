package org.peersite.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few values made for their keys, the least recently used forgotten first: a memo for work whose result
 * depends on its key alone, kept across the builds of one JVM (a preview, a test that builds after every edit).
 * Thread-safe; a value is made at most once while its key is kept.
 *
 * @param <K> what the value is made from, compared by {@code equals}
 * @param <V> the value
 */
public final class RecentlyUsed<K, V> {

    /** Makes a value; may fail with {@code X}, in which case nothing is kept. */
    @FunctionalInterface
    public interface Maker<V, X extends Exception> {
        V make() throws X;
    }

    private final Map<K, V> entries;

    public RecentlyUsed(int kept) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        };
    }

    /** The value kept for {@code key}, or the one {@code maker} makes now (then kept). */
    public synchronized <X extends Exception> V get(K key, Maker<V, X> maker) throws X {
        V value = entries.get(key);
        if (value == null) {
            value = maker.make();
            entries.put(key, value);
        }
        return value;
    }
}
