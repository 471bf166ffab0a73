package org.peersite.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.peersite.model.Page;

/**
 * How the last build's pages became this build's, each known by its path: some edited in place (another page
 * object at the same path), some added, some taken away, every other one the same object, in the same order. A
 * page's number is its place among the pages, so a page added or taken away renumbers every page after it
 * ({@link #number}); the search data's shards are then renumbered in place ({@link SearchShards}) and only the
 * preview files of the pages that came and went are made again ({@link LinkPreviews}). Immutable.
 */
final class PageEdits {

    /** By the last build's number, the number now ({@code -1} for a page taken away); {@code null}: unchanged. */
    private final int[] numbers;
    private final Map<Integer, SearchDocument> edited;
    private final List<Integer> added;
    private final List<SearchDocument> removed;

    private PageEdits(int[] numbers, Map<Integer, SearchDocument> edited, List<Integer> added,
                      List<SearchDocument> removed) {
        this.numbers = numbers;
        this.edited = edited;
        this.added = added;
        this.removed = removed;
    }

    /** Pages edited in place only: the last build's documents of those, by number (the same before and now). */
    static PageEdits inPlace(Map<Integer, SearchDocument> edited) {
        return new PageEdits(null, edited, List.of(), List.of());
    }

    /**
     * The edits that make {@code before} into {@code now} (both in page order, sorted by path), or {@code null}
     * when the pages kept did not keep their order (then every file is made from nothing).
     *
     * @param documentOf a page's search document (only those of pages edited or taken away are asked for)
     */
    static PageEdits between(List<Page> before, List<Page> now, Function<Page, SearchDocument> documentOf) {
        Map<String, Integer> was = new HashMap<>(before.size() * 2);
        for (int i = 0; i < before.size(); i++) {
            was.put(before.get(i).path(), i);
        }
        int[] numbers = new int[before.size()];
        Arrays.fill(numbers, -1);
        Map<Integer, SearchDocument> edited = new HashMap<>();
        List<Integer> added = new ArrayList<>();
        int last = -1;
        for (int n = 0; n < now.size(); n++) {
            Integer old = was.get(now.get(n).path());
            if (old == null) {
                added.add(n);
                continue;
            }
            if (old < last) {
                return null;
            }
            last = old;
            numbers[old] = n;
            if (before.get(old) != now.get(n)) {
                edited.put(n, documentOf.apply(before.get(old)));
            }
        }
        List<SearchDocument> removed = new ArrayList<>();
        boolean renumbered = !added.isEmpty();
        for (int old = 0; old < numbers.length; old++) {
            if (numbers[old] < 0) {
                removed.add(documentOf.apply(before.get(old)));
                renumbered = true;
            }
        }
        return new PageEdits(renumbered ? numbers : null, edited, List.copyOf(added), List.copyOf(removed));
    }

    /** Whether a page was added or taken away: then pages may have new numbers, and the catalogue changed. */
    boolean renumbered() {
        return numbers != null;
    }

    /**
     * The number now of the page the last build numbered {@code old}, or {@code -1} if it was taken away; an
     * {@link IllegalArgumentException} for a number the last build did not give.
     */
    int number(int old) {
        if (numbers == null) {
            return old;
        }
        if (old >= numbers.length) {
            throw new IllegalArgumentException("no page " + old + " in the last build");
        }
        return numbers[old];
    }

    /** The last build's documents of the pages edited in place, by their number now. */
    Map<Integer, SearchDocument> edited() {
        return edited;
    }

    /** The numbers now of the pages added, ascending. */
    List<Integer> added() {
        return added;
    }

    /** The last build's documents of the pages taken away. */
    List<SearchDocument> removed() {
        return removed;
    }
}
