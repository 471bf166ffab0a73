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
 * taken away, every shard is read back and renumbered, which needs no unchanged page's document. Each shard is
 * edited in one pass over its bytes ({@link Edit}). The result is the bytes {@link SearchIndex} makes from nothing
 * (the last build's shards are read as the writer writes them, and their fingerprints were checked; anything
 * else, and the caller makes the index from nothing). Stateless.
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
     * are not a shard as {@link SearchIndex.ShardWriter} writes it.
     */
    private static byte[] changed(byte[] was, List<Change> changes, PageEdits edits) {
        try {
            return new Edit(was, changes, edits).shard();
        } catch (IllegalArgumentException e) {
            return null;   // not a shard this version writes: made from nothing
        }
    }

    /**
     * One shard edited in one pass over its bytes, as the writer would write it again: each term's pages renumbered
     * (a term left with none leaves), and the changed terms' pages gained and lost. A term no change names is
     * copied as it is, escapes and all, and not decoded; so every term in the shard is read into a string only
     * when its field has a change. The bytes are the last build's (the caller checked their fingerprint), so
     * their terms are in the writer's order; anything the writer would not have written is refused.
     */
    private static final class Edit {
        private final byte[] in;
        private final PageEdits edits;
        /** The changes, by field and term. */
        private final List<TreeMap<String, List<Change>>> changes = new ArrayList<>();
        private int at;
        private byte[] out;
        private int size;
        /** The pages of the term at hand, ascending, at their numbers now. */
        private int[] pages = new int[64];
        private int count;
        private boolean firstTerm;

        Edit(byte[] in, List<Change> changes, PageEdits edits) {
            this.in = in;
            this.edits = edits;
            this.out = new byte[in.length + 256];
            for (int f = 0; f < SearchIndex.FIELDS.length(); f++) {
                this.changes.add(new TreeMap<>());
            }
            for (Change change : changes) {
                this.changes.get(change.field()).computeIfAbsent(change.term(), t -> new ArrayList<>()).add(change);
            }
        }

        byte[] shard() {
            expect('{');
            write('{');
            for (int f = 0; f < SearchIndex.FIELDS.length(); f++) {
                if (f > 0) {
                    expect('}');
                    expect(',');
                    write('}');
                    write(',');
                }
                byte name = (byte) SearchIndex.FIELDS.charAt(f);
                for (byte b : new byte[] {'"', name, '"', ':', '{'}) {
                    expect(b);
                    write(b);
                }
                field(changes.get(f));
            }
            for (byte b : new byte[] {'}', '}', '\n'}) {
                expect(b);
                write(b);
            }
            if (at != in.length) {
                throw new IllegalArgumentException("more after the shard");
            }
            return Arrays.copyOf(out, size);
        }

        /** One field's terms, up to its closing brace; the terms changes name merged in, in order. */
        private void field(TreeMap<String, List<Change>> pending) {
            firstTerm = true;
            for (boolean first = true; next() != '}'; first = false) {
                if (!first) {
                    expect(',');
                }
                expect('\n');
                int start = at;
                skipString();
                int end = at;
                expect(':');
                expect('[');
                List<Change> here = null;
                if (!pending.isEmpty()) {
                    String term = term(start, end);
                    while (!pending.isEmpty() && pending.firstKey().compareTo(term) < 0) {
                        Map.Entry<String, List<Change>> gained = pending.pollFirstEntry();
                        count = 0;
                        apply(gained.getValue());
                        term(gained.getKey());
                    }
                    if (!pending.isEmpty() && pending.firstKey().equals(term)) {
                        here = pending.pollFirstEntry().getValue();
                    }
                }
                readPages();
                if (here != null) {
                    apply(here);
                }
                if (count > 0) {
                    separator();
                    write(in, start, end - start);
                    pages();
                }
            }
            pending.forEach((term, gained) -> {
                count = 0;
                apply(gained);
                term(term);
            });
        }

        /** A term the last build's shard does not have, with the pages it gained (if it gained any). */
        private void term(String term) {
            if (count > 0) {
                separator();
                byte[] json = Json.string(new StringBuilder(), term).toString().getBytes(StandardCharsets.UTF_8);
                write(json, 0, json.length);
                pages();
            }
        }

        /** A term's pages, from the first number and the gaps after it, renumbered; up to its closing bracket. */
        private void readPages() {
            count = 0;
            int page = 0;
            for (boolean first = true; next() != ']'; first = false) {
                if (!first) {
                    expect(',');
                }
                int start = at;
                long gap = 0;
                while (at < in.length && in[at] >= '0' && in[at] <= '9' && at - start < 10) {
                    gap = gap * 10 + in[at++] - '0';
                }
                if (at == start || page + gap > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("expected a page number at " + at);
                }
                page += (int) gap;
                int now = edits.number(page);
                if (now >= 0) {
                    add(count, now);
                }
            }
            at++;
        }

        /** The changes of one term to the pages at hand. */
        private void apply(List<Change> changes) {
            for (Change change : changes) {
                int i = Arrays.binarySearch(pages, 0, count, change.page());
                if (change.gained() && i < 0) {
                    add(-i - 1, change.page());
                } else if (!change.gained() && i >= 0) {
                    System.arraycopy(pages, i + 1, pages, i, count - i - 1);
                    count--;
                }
            }
        }

        private void add(int i, int page) {
            if (count == pages.length) {
                pages = Arrays.copyOf(pages, count * 2);
            }
            System.arraycopy(pages, i, pages, i + 1, count - i);
            pages[i] = page;
            count++;
        }

        private void separator() {
            if (!firstTerm) {
                write(',');
            }
            write('\n');
            firstTerm = false;
        }

        /** The pages at hand as the writer writes them: {@code :[first,gap,...]}. */
        private void pages() {
            write(':');
            write('[');
            int previous = 0;
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    write(',');
                }
                number(pages[i] - previous);
                previous = pages[i];
            }
            write(']');
        }

        /** Past one JSON string, quotes included. */
        private void skipString() {
            expect('"');
            for (byte b = take(); b != '"'; b = take()) {
                if (b == '\\') {
                    take();
                }
            }
        }

        /** The term between two offsets (its quotes included), decoded. */
        private String term(int start, int end) {
            for (int i = start + 1; i < end - 1; i++) {
                if (in[i] == '\\') {
                    return new Reader(new String(in, start, end - start, StandardCharsets.UTF_8)).string();
                }
            }
            return new String(in, start + 1, end - start - 2, StandardCharsets.UTF_8);
        }

        private byte next() {
            if (at >= in.length) {
                throw new IllegalArgumentException("the shard ends early");
            }
            return in[at];
        }

        private byte take() {
            byte b = next();
            at++;
            return b;
        }

        private void expect(int b) {
            if (take() != b) {
                throw new IllegalArgumentException("expected " + (char) b + " at " + (at - 1));
            }
        }

        private void number(int n) {
            if (n >= 10) {
                number(n / 10);
            }
            write('0' + n % 10);
        }

        private void write(int b) {
            if (size == out.length) {
                out = Arrays.copyOf(out, size * 2);
            }
            out[size++] = (byte) b;
        }

        private void write(byte[] bytes, int from, int length) {
            if (size + length > out.length) {
                out = Arrays.copyOf(out, Math.max(size * 2, size + length));
            }
            System.arraycopy(bytes, from, out, size, length);
            size += length;
        }
    }

    /** Reads a JSON string as {@link Json} writes it; {@link IllegalArgumentException} otherwise. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
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
