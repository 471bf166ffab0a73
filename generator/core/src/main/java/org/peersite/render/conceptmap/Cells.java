package org.peersite.render.conceptmap;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of each grid cell of {@link Obstacles}, by the cell's key, in an open-addressing table of primitive
 * keys: the placement pass looks cells up over a million times for the 10k site's map, and a
 * {@code HashMap<Long, ...>} boxed each key (the build's JIT, C1 only, does not take the boxes away). The keys
 * are mixed already, so their low bits pick the slot. Never iterated, so its order shows nowhere.
 */
final class Cells {

    private long[] keys = new long[64];
    private List<Object>[] items = newItems(64);
    private int count;

    /** The items in a cell, or null for a cell nothing was ever added to. */
    List<Object> get(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; items[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return items[slot];
            }
        }
        return null;
    }

    /** The items in a cell, made empty the first time. */
    List<Object> getOrAdd(long key) {
        List<Object> found = get(key);
        if (found != null) {
            return found;
        }
        if (2 * (count + 1) > keys.length) {
            grow();
        }
        List<Object> added = new ArrayList<>();
        put(key, added);
        count++;
        return added;
    }

    private void put(long key, List<Object> list) {
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (items[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        items[slot] = list;
    }

    private void grow() {
        long[] oldKeys = keys;
        List<Object>[] oldItems = items;
        keys = new long[2 * oldKeys.length];
        items = newItems(2 * oldKeys.length);
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldItems[slot] != null) {
                put(oldKeys[slot], oldItems[slot]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object>[] newItems(int length) {
        return (List<Object>[]) new List<?>[length];
    }
}
