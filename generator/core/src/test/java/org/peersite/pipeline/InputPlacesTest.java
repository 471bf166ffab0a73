package org.peersite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The cache's names of input files: a file inside the display base is named by the text after the base's, which
 * must be what {@code relativize} gives; every other file (outside the base, with "." or ".." among its names, a
 * base that is relative, empty or the root) is named as {@code relativize} and {@code toString} name it.
 */
class InputPlacesTest {

    private static final String[] NAMES = {"site", "content", "guides", "a", "b.md", ".", "..", ".hidden", "..x",
        "x..", "...", "concepts", "é", "a b"};

    @Test
    void everyFileIsNamedAsRelativizeNamesIt() {
        List<Path> bases = List.of(Path.of("/srv/site"), Path.of("/srv/site/content"), Path.of("/"),
                Path.of(""), Path.of("srv/site"), Path.of("/srv/./site"), Path.of("/srv/x/../site"),
                Path.of("/srv/site/.."), Path.of("/.."));
        Random random = new Random(24);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
            text.append(random.nextBoolean() ? "srv/site/" : random.nextBoolean() ? "srv/sites/" : "srv/");
            for (int n = random.nextInt(5); n >= 0; n--) {
                text.append(NAMES[random.nextInt(NAMES.length)]).append(n > 0 ? "/" : "");
            }
            files.add(Path.of(text.toString()));
        }
        files.addAll(List.of(Path.of("/srv/site"), Path.of("/srv/site/"), Path.of("/srv/site//a.md"),
                Path.of("/srv/sitex/a.md"), Path.of("/"), Path.of("/srv/site/./a.md"), Path.of("/srv/site/a/..")));

        int cut = 0;
        for (Path base : bases) {
            InputPlaces places = new InputPlaces(base);
            for (Path file : files) {
                String expected = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
                assertThat(places.name(file)).as("%s in %s", file, base).isEqualTo(expected);
                if (!expected.equals(file.toString()) && file.isAbsolute() && !file.toString().contains("/.")) {
                    cut++;
                }
            }
        }
        assertThat(cut).as("files named by the text after the base's").isGreaterThan(1_000);
    }

    @Test
    void aNameIsPlacedBackWhereTheFileWas() {
        InputPlaces places = new InputPlaces(Path.of("/srv/site"));

        assertThat(places.place(places.name(Path.of("/srv/site/content/a.md"))))
                .isEqualTo(Path.of("/srv/site/content/a.md"));
        assertThat(places.place(places.name(Path.of("/elsewhere/a.md")))).isEqualTo(Path.of("/elsewhere/a.md"));
    }

    @Test
    void dotNamesAreFoundOnlyWhereANameIsOneOrTwoDots() {
        assertThat(InputPlaces.hasDotNames("a/./b")).isTrue();
        assertThat(InputPlaces.hasDotNames("..")).isTrue();
        assertThat(InputPlaces.hasDotNames("a/..")).isTrue();
        assertThat(InputPlaces.hasDotNames("./a")).isTrue();
        assertThat(InputPlaces.hasDotNames("a/.b/c..")).isFalse();
        assertThat(InputPlaces.hasDotNames("a/.../b")).isFalse();
        assertThat(InputPlaces.hasDotNames("guides/x.md")).isFalse();
    }
}
