package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Relative links between site paths, held to the plain way of making them on random paths. */
class UrlsTest {

    /** The folder of {@code from}, the shared folders left out, one {@code ../} per folder of it left. */
    private static String plainly(String from, String to) {
        String fromDir = from.substring(0, from.lastIndexOf('/') + 1);
        int common = 0;
        for (int i = 0; i < fromDir.length() && i < to.length() && fromDir.charAt(i) == to.charAt(i); i++) {
            if (fromDir.charAt(i) == '/') {
                common = i + 1;
            }
        }
        String relative = "../".repeat((int) fromDir.substring(common).chars().filter(c -> c == '/').count())
                + to.substring(common);
        return relative.isEmpty() ? "./" : relative;
    }

    @Test
    void examples() {
        assertThat(Urls.relative("/guides/x/", "/concepts/y/")).isEqualTo("../../concepts/y/");
        assertThat(Urls.relative("/guides/x/", "/guides/x/")).isEqualTo("./");
        assertThat(Urls.relative("/guides/x/", "/guides/x/#part")).isEqualTo("#part");
        assertThat(Urls.relative("/", "/")).isEqualTo("./");
        assertThat(Urls.relative("/", "/search/index.json")).isEqualTo("search/index.json");
        assertThat(Urls.relative("/guides/x/", "/")).isEqualTo("../../");
        assertThat(Urls.relative("/guides/x/index.html", "/guides/y/")).isEqualTo("../y/");
    }

    @Test
    void randomPathsGetTheLinkThePlainWayGives() {
        Random random = new Random(17);
        String[] segments = {"a", "ab", "b", "guides", "guide", "x", "é", "index.html", "#h", ""};
        for (int n = 0; n < 20_000; n++) {
            String from = path(random, segments);
            String to = random.nextInt(4) == 0 ? from + segments[random.nextInt(segments.length)] : path(random, segments);
            assertThat(Urls.relative(from, to)).as("%s -> %s", from, to).isEqualTo(plainly(from, to));
        }
    }

    @Test
    void absoluteUrlsAreTheOnesJavaNetUriResolves() {
        assertThat(Urls.absolute("https://example.org/guides/x/", "../../concepts/y/"))
                .isEqualTo("https://example.org/concepts/y/");
        assertThat(Urls.absolute("https://example.org/docs/guides/x/", "../../")).isEqualTo("https://example.org/docs/");
        assertThat(Urls.absolute("https://example.org/guides/x/", "./")).isEqualTo("https://example.org/guides/x/");

        Random random = new Random(17);
        String[] bases = {"https://example.org", "http://h.test:8080/sub", "https://example.org/a%20b", "https://x.test/."};
        String[] segments = {"a", "guides", "x-1", "é", "index.html", "#h", "?q=1", "", ".", "..", "a:b", "%41", "~u"};
        for (int n = 0; n < 50_000; n++) {
            String page = bases[random.nextInt(bases.length)] + path(random, segments);
            String href = random.nextBoolean()
                    ? Urls.relative(path(random, segments), path(random, segments))
                    : path(random, segments).substring(random.nextInt(3) == 0 ? 0 : 1);
            String expected;
            try {
                expected = URI.create(page).resolve(href).toString();
            } catch (IllegalArgumentException notAUri) {
                continue;   // both ways alike: the same call made
            }
            assertThat(Urls.absolute(page, href)).as("%s + %s", page, href).isEqualTo(expected);
        }
    }

    private static String path(Random random, String[] segments) {
        StringBuilder path = new StringBuilder("/");
        for (int i = random.nextInt(5); i > 0; i--) {
            path.append(segments[random.nextInt(segments.length)]).append('/');
        }
        if (random.nextBoolean()) {
            path.append(segments[random.nextInt(segments.length)]);
        }
        return path.toString();
    }
}
