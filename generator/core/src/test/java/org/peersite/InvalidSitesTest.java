package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken sites as folders, one per kind of mistake, each with the report a user must see beside it in
 * {@code expected.txt}: every diagnostic, in order, with its position, source line, caret and hint.
 */
class InvalidSitesTest {

    private static final Path SITES = Path.of("src/test/resources/invalid-sites");

    @TempDir
    Path work;

    static Stream<String> sites() throws IOException {
        try (Stream<Path> dirs = Files.list(SITES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sites")
    void reportsEveryPlantedProblemAndWritesNothing(String name) throws IOException {
        Path site = work.resolve(name);
        TestSite.copyTree(SITES.resolve(name), site);
        TestSite.write(site, "");

        BuildResult result = TestSite.generator(site).build().generate();

        assertThat(result.report()).isEqualTo(Files.readString(site.resolve("expected.txt")));
        assertThat(result.hasErrors()).isTrue();
        assertThat(site.resolve("site-output")).doesNotExist();
    }
}
