package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content types by extension: charset on text, octet-stream for anything unknown. */
class ContentTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "guides/x/index.html   | text/html; charset=utf-8",
            "page.HTM              | text/html; charset=utf-8",
            "assets/site.css       | text/css; charset=utf-8",
            "assets/app.js         | text/javascript; charset=utf-8",
            "assets/favicon.svg    | image/svg+xml; charset=utf-8",
            "feed.xml              | application/xml; charset=utf-8",
            "search.json           | application/json; charset=utf-8",
            "robots.txt            | text/plain; charset=utf-8",
            "a.png                 | image/png",
            "a.JPG                 | image/jpeg",
            "a.jpeg                | image/jpeg",
            "a.gif                 | image/gif",
            "a.webp                | image/webp",
            "favicon.ico           | image/x-icon",
            "font.woff2            | font/woff2",
            "paper.pdf             | application/pdf",
            "archive.tar.gz        | application/octet-stream",
            "Makefile              | application/octet-stream",
            ".htaccess             | application/octet-stream",
            "dir.v2/file           | application/octet-stream",
    })
    void typeByExtension(String path, String type) {
        assertThat(ContentTypes.of(path)).isEqualTo(type);
    }
}
