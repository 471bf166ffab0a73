package org.peersite.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.peersite.internal.Xml;

/**
 * The live-reload script and its {@code <script>} tag, which the dev server adds to HTML responses as it sends
 * them; the built files are never changed. The script (a resource beside this class, served at
 * {@value #PATH}) documents the rule by which a tab decides to reload. Immutable and thread-safe.
 *
 * <pre>
 * byte[] page = LiveScript.inject(html, LiveScript.tag("3f9c2a1b", 7, "/guides/x/", false));
 * </pre>
 */
final class LiveScript {

    /** Where the server answers with the script. */
    static final String PATH = "__peersite/livereload.js";

    private static final byte[] SCRIPT = load();

    private LiveScript() {
    }

    static byte[] script() {
        return SCRIPT.clone();
    }

    /**
     * The tag for one response.
     *
     * @param session the server run the page came from
     * @param version the build the page came from
     * @param file    the URL path of the file served ({@code /guides/x/}, {@code /404.html}), or {@code ""}
     * @param overlay whether the page is the error overlay, which reloads on any change
     */
    static String tag(String session, long version, String file, boolean overlay) {
        return "<script src=\"/" + PATH + "\" data-session=\"" + Xml.escape(session) + "\" data-version=\"" + version
                + "\" data-file=\"" + Xml.escape(file) + "\" data-overlay=\"" + overlay + "\"></script>\n";
    }

    /**
     * The page with the tag before its last {@code </body>} (any case), or at its end when it has none.
     * Works on the bytes: in UTF-8 no byte of a multi-byte character is ASCII, so the page is not re-encoded.
     */
    static byte[] inject(byte[] html, String tag) {
        byte[] insert = tag.getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + insert.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(html, at, out, at + insert.length, html.length - at);
        return out;
    }

    private static int lastBodyEnd(byte[] html) {
        byte[] needle = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = html.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                int b = html[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] load() {
        try (InputStream in = LiveScript.class.getResourceAsStream("livereload.js")) {
            if (in == null) {
                throw new IllegalStateException("livereload.js is missing beside " + LiveScript.class.getName()
                        + "; the jar is broken");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
