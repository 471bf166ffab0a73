package org.peersite.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the path of a request into a site path, or refuses it. The path is percent-decoded exactly once, as
 * strict UTF-8, and then checked; nothing is ever decoded twice, so {@code %252e} stays the text {@code %2e}.
 *
 * <pre>
 * RequestPaths.decode(URI.create("/guides/first%20meeting/"));   // Valid[path=guides/first meeting/]
 * RequestPaths.decode(URI.create("/a/%2e%2e/b"));                 // Refused[status=400, ...]
 * </pre>
 *
 * <p>Refused with 400: a request target with a scheme or host (absolute form), a path not starting with
 * {@code /}, raw non-ASCII bytes, a bad or non-UTF-8 escape, an encoded {@code /} or {@code \}, a backslash,
 * a control character (NUL included), and {@code .} or {@code ..} segments, whether written plainly or encoded.
 * Refused with 404: an empty segment ({@code //}), which no site file has. The server only ever looks the
 * result up among the files of the current build, never on disk; these checks keep the answers honest and
 * the lookups unambiguous. Stateless and thread-safe.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /** The outcome of decoding a request path. */
    sealed interface Outcome permits Valid, Refused {
    }

    /** A site path without the leading slash: {@code ""}, {@code guides/x/}, {@code assets/site.css}. */
    record Valid(String path) implements Outcome {
    }

    /** Why a request path was refused, and with which status. */
    record Refused(int status, String reason) implements Outcome {
    }

    static Outcome decode(URI target) {
        if (target.getScheme() != null || target.getRawAuthority() != null) {
            return new Refused(400, "request target must be a path");
        }
        String raw = target.getRawPath();
        if (raw == null || !raw.startsWith("/")) {
            return new Refused(400, "request path must start with /");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int value = i + 2 < raw.length() ? hexByte(raw.charAt(i + 1), raw.charAt(i + 2)) : -1;
                if (value < 0) {
                    return new Refused(400, "malformed percent escape");
                }
                if (value == '/' || value == '\\') {
                    return new Refused(400, "encoded slash or backslash");
                }
                bytes.write(value);
                i += 2;
            } else if (c >= 0x80) {
                return new Refused(400, "raw non-ASCII byte in path");
            } else {
                bytes.write(c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Refused(400, "path is not UTF-8");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return new Refused(400, "control character in path");
            }
            if (c == '\\') {
                return new Refused(400, "backslash in path");
            }
        }
        String path = decoded.substring(1);
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return new Refused(400, "dot segment in path");
            }
            boolean last = i == segments.length - 1;
            if (segment.isEmpty() && !last) {
                return new Refused(404, "empty segment in path");
            }
        }
        // Site paths are NFC (the loader normalises them); a path typed on a system that sends NFD still matches.
        return new Valid(Normalizer.normalize(path, Normalizer.Form.NFC));
    }

    private static int hexByte(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
