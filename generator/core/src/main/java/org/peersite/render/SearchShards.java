package org.peersite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.peersite.markdown.SearchTerms;

/**
 * The search index's term shards brought up to date from the last build's ({@link PageEdits}): each shard a
 * changed term lives in is read back, the changed pages' numbers taken out of the terms they lost and put into
 * those they gained, and written again; every other shard is the last build's as it is. When a page was added or
 * taken away, every shard is read back and renumbered, which needs no unchanged page's document. The result
 * is the bytes {@link SearchIndex} makes from nothing (a shard reads back only when writing it again gives its
 * bytes exactly; anything else, and the caller makes the index from nothing). Stateless.
 */
final class SearchShards {

    private SearchShards() {
    }

    /**
     * The term shards of {@code docs}, or {@code null} when they must be made from nothing.
     *
     * @param docs   every page's document, in page order (a page's place is its number)
     * @param edits  how the last build's pages became these: when a page was added or taken away, every shard is
     *               renumbered (the pages after it moved up or down), else only those a changed term lives in
     * @param shards how many shards there are now: the last build must have had as many
     * @param before a shard's bytes as the last build made them, or {@code null}
     */
    static List<OutputFile> update(List<SearchDocument> docs, PageEdits edits, int shards,
                                   Function<String, byte[]> before) {
        if (before.apply(SearchIndex.shardPath(shards)) != null) {
            return null;   // the last build had more shards: the terms are spread otherwise
        }
        Map<Integer, List<Change>> changes = new TreeMap<>();
        edits.edited().forEach((page, was) -> compare(was, docs.get(page), page, shards, changes));
        // A page taken away leaves its terms with the renumbering, which drops its number.
        edits.added().forEach(page -> compare(null, docs.get(page), page, shards, changes));
        // The shards an edit changes are read back and written again in parallel, on the caller's pool.
        List<OutputFile> files = java.util.stream.IntStream.range(0, shards).parallel().mapToObj(shard -> {
            byte[] was = before.apply(SearchIndex.shardPath(shard));
            List<Change> here = changes.getOrDefault(shard, List.of());
            byte[] now = was == null || here.isEmpty() && !edits.renumbered() ? was : changed(was, here, edits);
            return now == null ? null : OutputFile.of(SearchIndex.shardPath(shard), now);
        }).toList();
        for (OutputFile file : files) {
            if (file == null) {
                return null;
            }
        }
        return files;
    }

    /** The terms one page lost and gained ({@code was} is {@code null} for a page added), by shard. */
    private static void compare(SearchDocument was, SearchDocument now, int page, int shards,
                                Map<Integer, List<Change>> changes) {
        for (int f = 0; f < SearchIndex.FIELDS.length(); f++) {
            Set<String> lost = was == null ? new HashSet<>() : terms(was, SearchIndex.FIELDS.charAt(f));
            Set<String> gained = terms(now, SearchIndex.FIELDS.charAt(f));
            Set<String> kept = new HashSet<>(lost);
            kept.retainAll(gained);
            lost.removeAll(kept);
            gained.removeAll(kept);
            int field = f;
            lost.forEach(term -> changes.computeIfAbsent(SearchTerms.shard(term, shards), s -> new ArrayList<>())
                    .add(new Change(field, term, page, false)));
            gained.forEach(term -> changes.computeIfAbsent(SearchTerms.shard(term, shards), s -> new ArrayList<>())
                    .add(new Change(field, term, page, true)));
        }
    }

    /** One page's number going into, or out of, one term's postings in one field. */
    private record Change(int field, String term, int page, boolean gained) {
    }

    private static Set<String> terms(SearchDocument doc, char field) {
        Set<String> terms = new HashSet<>();
        doc.forEachTerm(field, terms::add);
        return terms;
    }

    /**
     * A shard's bytes renumbered and with the changes made (at the pages' numbers now), or {@code null} when they
     * do not read back exactly.
     */
    private static byte[] changed(byte[] was, List<Change> changes, PageEdits edits) {
        List<TreeMap<String, int[]>> fields;
        try {
            fields = new Reader(new String(was, StandardCharsets.UTF_8)).shard();
        } catch (IllegalArgumentException e) {
            return null;   // not a shard this version writes: made from nothing
        }
        if (!Arrays.equals(write(fields), was)) {
            return null;
        }
        if (edits.renumbered()) {
            fields.forEach(terms -> renumber(terms, edits));
        }
        for (Change change : changes) {
            TreeMap<String, int[]> terms = fields.get(change.field());
            int[] pages = terms.getOrDefault(change.term(), new int[0]);
            int at = Arrays.binarySearch(pages, change.page());
            if (change.gained() && at < 0) {
                int[] more = new int[pages.length + 1];
                int i = -at - 1;
                System.arraycopy(pages, 0, more, 0, i);
                more[i] = change.page();
                System.arraycopy(pages, i, more, i + 1, pages.length - i);
                terms.put(change.term(), more);
            } else if (!change.gained() && at >= 0) {
                int[] fewer = new int[pages.length - 1];
                System.arraycopy(pages, 0, fewer, 0, at);
                System.arraycopy(pages, at + 1, fewer, at, fewer.length - at);
                if (fewer.length == 0) {
                    terms.remove(change.term());
                } else {
                    terms.put(change.term(), fewer);
                }
            }
        }
        return write(fields);
    }

    /** Each term's pages given their numbers now; a page taken away leaves, and so does a term left without one. */
    private static void renumber(TreeMap<String, int[]> terms, PageEdits edits) {
        terms.entrySet().removeIf(term -> {
            int[] pages = term.getValue();
            int size = 0;
            for (int old : pages) {
                int now = edits.number(old);
                if (now >= 0) {
                    pages[size++] = now;   // ascending still: the pages kept keep their order
                }
            }
            if (size < pages.length) {
                term.setValue(Arrays.copyOf(pages, size));
            }
            return size == 0;
        });
    }

    /** A shard's bytes from its terms' pages, per field: what {@link SearchIndex} writes. */
    private static byte[] write(List<TreeMap<String, int[]>> fields) {
        SearchIndex.ShardWriter json = new SearchIndex.ShardWriter();
        for (int f = 0; f < fields.size(); f++) {
            json.field(f);
            fields.get(f).forEach((term, pages) -> json.term(term).pages(pages, pages.length).end());
        }
        return json.done();
    }

    /** Reads a shard as {@link SearchIndex.ShardWriter} writes it; {@link IllegalArgumentException} otherwise. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        List<TreeMap<String, int[]>> shard() {
            List<TreeMap<String, int[]>> fields = new ArrayList<>();
            expect("{");
            for (int f = 0; f < SearchIndex.FIELDS.length(); f++) {
                expect((f == 0 ? "\"" : ",\"") + SearchIndex.FIELDS.charAt(f) + "\":{");
                TreeMap<String, int[]> terms = new TreeMap<>();
                while (next() != '}') {
                    expect(terms.isEmpty() ? "\n" : ",\n");
                    String term = string();
                    expect(":[");
                    terms.put(term, pages());
                }
                at++;
                fields.add(terms);
            }
            expect("}\n");
            if (at != text.length()) {
                throw new IllegalArgumentException("more after the shard");
            }
            return fields;
        }

        /** A term's pages, from the first number and the gaps after it; digits read in place, not boxed. */
        private int[] pages() {
            int[] pages = new int[8];
            int size = 0;
            int page = 0;
            while (next() != ']') {
                if (size > 0) {
                    expect(",");
                }
                int start = at;
                long gap = 0;
                while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9' && at - start < 10) {
                    gap = gap * 10 + text.charAt(at++) - '0';
                }
                if (at == start || page + gap > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("expected a page number at " + at);
                }
                page += (int) gap;
                if (size == pages.length) {
                    pages = Arrays.copyOf(pages, size * 2);
                }
                pages[size++] = page;
            }
            at++;
            return Arrays.copyOf(pages, size);
        }

        /** A JSON string; an escape that writing cannot give back (U+FFFD stood for a lone surrogate) fails. */
        private String string() {
            expect("\"");
            int end = at;
            while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\\') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == '"') {
                String plain = text.substring(at, end);   // most terms: nothing escaped
                at = end + 1;
                return plain;
            }
            StringBuilder out = new StringBuilder();
            for (char c = take(); c != '"'; c = take()) {
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = take();
                switch (e) {
                    case '"', '\\' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        char u = (char) Integer.parseInt(text.substring(at, Math.min(at + 4, text.length())), 16);
                        at += 4;
                        if (u == '\uFFFD') {
                            throw new IllegalArgumentException("a replaced character");
                        }
                        out.append(u);
                    }
                    default -> throw new IllegalArgumentException("an escape JSON writing never makes");
                }
            }
            return out.toString();
        }

        private char next() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("the shard ends early");
            }
            return text.charAt(at);
        }

        private char take() {
            char c = next();
            at++;
            return c;
        }

        private void expect(String what) {
            if (!text.startsWith(what, at)) {
                throw new IllegalArgumentException("expected " + what + " at " + at);
            }
            at += what.length();
        }
    }
}
