package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any request target through the server's own reading and path checks: the answer is a file of the build or
 * a 4xx, never anything outside the site. The path that reaches the lookup has no dot segment, backslash,
 * control character or empty segment.
 */
class RequestTargetFuzzTest {

    private static final Map<String, byte[]> FILES = Map.of("index.html", new byte[0],
            "guides/first/index.html", new byte[0], "assets/site.css", new byte[0], "café/index.html", new byte[0]);

    @FuzzTest(maxDuration = "10m")
    void targetIsABuiltFileOrA4xx(byte[] raw) throws Exception {
        String target = new String(raw, StandardCharsets.ISO_8859_1);
        byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        HttpRequestReader reader = new HttpRequestReader(new ByteArrayInputStream(request), millis -> { },
                HttpLimits.DEFAULTS);
        HttpRequestReader.Request parsed;
        try {
            parsed = reader.next(1_000_000_000L);
        } catch (HttpRequestReader.Refusal refusal) {
            assertThat(refusal.status()).isBetween(400, 499);
            return;
        }
        if (parsed == null) {
            return;   // nothing that looks like a request (a target that is only line breaks)
        }
        RequestPaths.Outcome outcome = RequestPaths.decode(parsed.target());
        if (outcome instanceof RequestPaths.Refused refused) {
            assertThat(refused.status()).isBetween(400, 499);
            return;
        }
        String path = ((RequestPaths.Valid) outcome).path();
        assertThat(path).doesNotStartWith("/").doesNotContain("\\").doesNotContain("\0");
        for (String segment : path.split("/", -1)) {
            assertThat(segment).isNotEqualTo("..").isNotEqualTo(".");
        }
        for (char c : path.toCharArray()) {
            assertThat((int) c).isGreaterThanOrEqualTo(0x20).isNotEqualTo(0x7f);
        }
        SitePaths.Lookup lookup = SitePaths.lookup(path, FILES);
        if (lookup instanceof SitePaths.Found found) {
            assertThat(FILES).containsKey(found.file());
        }
    }
}
