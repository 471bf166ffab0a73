package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.peersite.graph.Fact;
import org.peersite.internal.Fingerprint;

/**
 * What each file read, through the cache's reads part and back: the same sets, one object per fact across the
 * parts, and the map the decoding threads share asked once per fact a part holds, not once per fact a file read.
 */
class ReadsDecodingTest {

    @Test
    void aPartIsReadBackWithOneLookUpPerDistinctFact() throws IOException {
        Map<String, Rendered.Output> outputs = new HashMap<>();
        Set<Fact> distinct = new HashSet<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String page = "guides/guide-" + i + ".md";
            // Site-wide facts and a few pages' cards, read by many files; each file's own source and card.
            Set<Fact> reads = Set.copyOf(List.of(Fact.PAGES, Fact.THEME, Fact.of(Fact.Type.CARD, "concepts/trust.md"),
                    Fact.of(Fact.Type.LINKS, "concepts/trust.md"),
                    Fact.of(Fact.Type.CARD, "guides/guide-" + i % 7 + ".md"), Fact.of(Fact.Type.SOURCE, page),
                    Fact.of(Fact.Type.CARD, page)));
            String path = "guides/guide-" + i + "/index.html";
            outputs.put(path, new Rendered.Output(Fingerprint.of(new byte[] {(byte) i}), i, reads, List.of()));
            paths.add(path);
            distinct.addAll(reads);
        }
        paths.sort(null);
        Rendered rendered = new Rendered(outputs, Set.of(), Set.of(), 0, List.of());
        byte[] part = StateCodec.reads(rendered, paths);
        CountingMap facts = new CountingMap();
        Map<String, Set<Fact>> read = new HashMap<>();

        StateCodec.reads(part, read, facts);

        assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(paths);
        paths.forEach(path -> assertThat(read.get(path)).isEqualTo(outputs.get(path).reads()));
        assertThat(facts.lookUps.get()).isEqualTo(distinct.size()).isLessThan(40 * 7);

        // A second part decoded with the same map: its facts are the objects the first part's files hold.
        Map<String, Set<Fact>> again = new HashMap<>();
        StateCodec.reads(part, again, facts);
        Fact pages = read.get(paths.get(0)).stream().filter(Fact.PAGES::equals).findFirst().orElseThrow();
        assertThat(again.get(paths.get(5)).stream().filter(Fact.PAGES::equals).findFirst().orElseThrow())
                .isSameAs(pages);
    }

    @Test
    void aFactTwiceInOneFileIsNotReadBack() {
        // Two files whose reads are written as the other's: bytes no encoding of a set gives.
        Map<String, Rendered.Output> outputs = new HashMap<>();
        outputs.put("a.html", new Rendered.Output(Fingerprint.NONE, 0, Set.of(Fact.PAGES, Fact.TAGS), List.of()));
        byte[] part = StateCodec.reads(new Rendered(outputs, Set.of(), Set.of(), 0, List.of()), List.of("a.html"));
        // The second fact's type (TAGS) written over with the first's (PAGES, whose key is the same empty string).
        int tags = indexOf(part, (byte) Fact.Type.TAGS.ordinal(), 8);
        part[tags] = (byte) Fact.Type.PAGES.ordinal();

        assertThatThrownBy(() -> StateCodec.reads(part, new HashMap<>(), new ConcurrentHashMap<>()))
                .isInstanceOf(IOException.class).hasMessageContaining("a.html");
    }

    /** Where a byte is in the bytes, at or after {@code from}. */
    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no " + b);
    }

    /** The shared map of facts, counting how often it is asked. */
    private static final class CountingMap extends ConcurrentHashMap<Fact, Fact> {
        private static final long serialVersionUID = 1L;
        private final transient AtomicInteger lookUps = new AtomicInteger();

        @Override
        public Fact get(Object key) {
            lookUps.incrementAndGet();
            return super.get(key);
        }
    }
}
