package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.peersite.internal.Fingerprint;

/**
 * The files' record in path order: {@link PathOrder} sorts a map by hash into one that iterates A–Z, its entries
 * come in path order from any map, and the site's digest, which takes them so, is the SHA-256 of the lines it
 * always hashed (path, a zero byte, the fingerprint's hex, a newline, in path order), whatever map holds the files.
 */
class PathOrderTest {

    @Test
    void aSortedMapIteratesInPathOrderAndHoldsTheSameFiles() {
        Map<String, Rendered.Output> files = files(new HashMap<>(), 2_000, new Random(17));

        Map<String, Rendered.Output> sorted = PathOrder.sorted(files);

        assertThat(sorted).isEqualTo(files);
        assertThat(new ArrayList<>(sorted.keySet())).isEqualTo(new ArrayList<>(new TreeMap<>(files).keySet()));
    }

    @Test
    void entriesComeInPathOrderFromAMapInAnyOrder() {
        Map<String, Rendered.Output> files = files(new HashMap<>(), 500, new Random(3));
        Map<String, Rendered.Output> backwards = new LinkedHashMap<>();
        new TreeMap<>(files).descendingMap().forEach(backwards::put);

        for (Map<String, Rendered.Output> map : List.of(files, backwards, PathOrder.sorted(files))) {
            List<String> paths = PathOrder.entries(map).stream().map(Map.Entry::getKey).toList();
            assertThat(paths).isEqualTo(new ArrayList<>(new TreeMap<>(files).keySet()));
        }
    }

    @Test
    void theDigestHashesEveryFilesLineInPathOrderWhateverMapHoldsThem() throws Exception {
        Random random = new Random(42);
        for (int n : new int[] {0, 1, 7, 3_000}) {
            Map<String, Rendered.Output> files = files(new HashMap<>(), n, random);
            String expected = linesDigest(files);
            for (Map<String, Rendered.Output> map : List.of(files, new TreeMap<>(files), PathOrder.sorted(files))) {
                assertThat(rendered(map).digest()).as(n + " files in a " + map.getClass().getSimpleName())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aPathLongerThanOneBatchIsHashedWhole() throws Exception {
        Map<String, Rendered.Output> files = files(new HashMap<>(), 50, new Random(5));
        files.put("a/" + "é".repeat(40_000) + "/index.html", output(new Random(6)));   // 80,000 bytes of UTF-8
        files.put("z/" + "x".repeat(70_000) + ".html", output(new Random(7)));

        assertThat(rendered(files).digest()).isEqualTo(linesDigest(files));
    }

    /** The lines of every file in path order, hashed in one call: what the digest is defined as. */
    private static String linesDigest(Map<String, Rendered.Output> files) throws Exception {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(files).forEach((path, output) -> lines.append(path).append('\0').append(output.hash().hex())
                .append('\n'));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return "sha256:" + HexFormat.of().formatHex(sha.digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Rendered rendered(Map<String, Rendered.Output> files) {
        return new Rendered(Collections.unmodifiableMap(files), Set.of(), Set.of(), 0, List.of());
    }

    /** Paths of ASCII and of other letters (accents, CJK, a character outside the BMP), some sharing prefixes. */
    private static Map<String, Rendered.Output> files(Map<String, Rendered.Output> into, int n, Random random) {
        String[] parts = {"guides", "concepts", "Réunions", "日本語", "a", "b-c", "x\uD83D\uDE00y", "index.html",
            "Z", "zz"};
        while (into.size() < n) {
            StringBuilder path = new StringBuilder();
            for (int depth = 1 + random.nextInt(3); depth > 0; depth--) {
                path.append(parts[random.nextInt(parts.length)]).append(random.nextInt(40)).append('/');
            }
            path.append(random.nextBoolean() ? "index.html" : "card.png");
            into.put(path.toString(), output(random));
        }
        return into;
    }

    private static Rendered.Output output(Random random) {
        return new Rendered.Output(new Fingerprint(random.nextLong(), random.nextLong()), random.nextInt(10_000),
                Set.of(), List.of());
    }
}
