package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;

/**
 * Output paths are told apart as file systems tell them apart, whichever form a path comes in: a plain path (ASCII
 * without capitals, which is its own folded form) collides with one that differs only in case or in how a
 * character is written, in either order; and the limits on names and paths hold at their edges for plain and
 * other paths alike.
 */
class OutputPathsTest {

    private final Diagnostics problems = new Diagnostics();
    private final OutputPaths paths = new OutputPaths(problems);

    @Test
    void aPlainPathAndItsCapitalisedTwinCollideInEitherOrder() {
        assertThat(claim("guides/trust/index.html")).isTrue();
        assertThat(claim("Guides/Trust/index.html")).isFalse();
        assertThat(claim("Notes/Agenda/index.html")).isTrue();
        assertThat(claim("notes/agenda/index.html")).isFalse();
        assertThat(codes()).containsExactly("route.collision", "route.collision");
    }

    @Test
    void aCharacterThatFoldsToAsciiCollidesWithThePlainPath() {
        assertThat(claim("key/index.html")).isTrue();
        assertThat(claim("\u212Aey/index.html")).isFalse();   // the Kelvin sign folds to k
        assertThat(claim("\u212Ain/index.html")).isTrue();
        assertThat(claim("kin/index.html")).isFalse();
        assertThat(codes()).containsExactly("route.collision", "route.collision");
    }

    @Test
    void aGeneratedPathIsReservedForPlainAndCapitalisedClaims() {
        paths.generated("tags/trust/index.html");
        assertThat(claim("tags/trust/index.html")).isFalse();
        assertThat(claim("Tags/Trust/index.html")).isFalse();
        assertThat(codes()).containsExactly("route.reserved", "route.reserved");
    }

    @Test
    void theLimitsHoldAtTheirEdgesForPlainAndOtherPaths() {
        for (String first : new String[] {"a", "A"}) {
            String folder = first.equals("a") ? "plain/" : "other/";   // the two rounds' paths do not collide
            String name = first + "b".repeat(OutputPaths.MAX_SEGMENT_BYTES - 1);
            assertThat(claim(folder + "x/" + name + "/index.html")).as(first).isTrue();
            assertThat(claim(folder + "y/" + name + "b/index.html")).as(first).isFalse();
            assertThat(claim(folder + name)).as(first).isTrue();
            assertThat(claim(folder + "w/" + name + "b")).as(first).isFalse();
            // 1,024 bytes in segments of at most 150
            String deep = (folder + first + "/" + "c".repeat(OutputPaths.MAX_PATH_BYTES - folder.length() - 2))
                    .replace("c".repeat(150), "c".repeat(149) + "/");
            assertThat(claim(deep)).as(first).isTrue();
            assertThat(claim(deep.replaceFirst("/", "/d"))).as(first).isFalse();
        }
        assertThat(codes()).hasSize(6).containsOnly("route.too-long");
    }

    private boolean claim(String path) {
        return paths.claim(new OutputPaths.Claim(path, "content/" + path, Position.of("content/" + path)), "this page",
                "rename it");
    }

    private java.util.List<String> codes() {
        return problems.sorted().stream().map(Diagnostic::code).toList();
    }
}
