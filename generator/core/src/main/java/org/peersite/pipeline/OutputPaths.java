package org.peersite.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Names;
import org.peersite.model.Routes;

/**
 * Every file the site will have, claimed by output path before anything is rendered, so that what no file
 * system takes is an error at the source that asks for it, not an exception while writing:
 * <ul>
 *   <li>each segment of a path at most {@value #MAX_SEGMENT_BYTES} bytes of UTF-8 and the whole path at most
 *       {@value #MAX_PATH_BYTES} ({@code NAME_MAX} is 255 bytes and {@code PATH_MAX} 4,096 on the usual file
 *       systems; the room left is for the output folder's own path and the build's temporary names);</li>
 *   <li>no two files whose paths are the same once Unicode-normalised (NFC) and case-folded: on macOS and Windows
 *       one would overwrite the other, and servers and caches often fold case too. The second claim (sources are
 *       claimed in a fixed order) is the error, naming both.</li>
 * </ul>
 * Not thread-safe: one check per parse.
 */
final class OutputPaths {

    static final int MAX_SEGMENT_BYTES = Routes.MAX_NAME_BYTES;
    static final int MAX_PATH_BYTES = Routes.MAX_PATH_BYTES;

    /** Who claimed a path first, by its folded form. */
    private final Map<String, Claim> claims = new HashMap<>();
    private final Diagnostics problems;

    OutputPaths(Diagnostics problems) {
        this.problems = problems;
    }

    /**
     * One file of the site and what asks for it.
     *
     * @param path   the output path ({@code guides/x/index.html})
     * @param source what asks for it, as messages name it: a content file, or "peersite" for a generated page
     * @param at     where a problem with it is reported
     */
    record Claim(String path, String source, Position at) {
        boolean generated() {
            return at == null;
        }
    }

    /** A file peersite makes itself (a section, the feed): it can only be claimed by others, and comes first. */
    void generated(String path) {
        String plain = plainKey(path);
        claims.putIfAbsent(plain != null ? plain : Names.routeKey(path), new Claim(path, "peersite", null));
    }

    /**
     * Claims a path for a source; false (after reporting why) when the path is too long, or when a file claimed
     * it first.
     *
     * @param what how the message calls the source ("this page", "this file")
     * @param fix  the hint for a collision
     */
    boolean claim(Claim claim, String what, String fix) {
        String key = plainKey(claim.path());
        if (key == null) {
            if (!fits(claim, what)) {
                return false;
            }
            key = Names.routeKey(claim.path());
        }
        Claim earlier = claims.putIfAbsent(key, claim);
        if (earlier == null) {
            return true;
        }
        if (earlier.generated()) {
            problems.add(Diagnostic.error("route.reserved", claim.at(), what + " maps to /" + claim.path()
                    + ", which peersite generates itself").withHint(fix));
        } else {
            String same = earlier.path().equals(claim.path()) ? "both map to /" + claim.path()
                    : "map to /" + earlier.path() + " and /" + claim.path() + ", which differ only in case or accents"
                    + " and would be one file on many systems";
            problems.add(Diagnostic.error("route.collision", claim.at(), what + " and " + earlier.source() + " "
                    + same).withHint(fix));
        }
        return false;
    }

    /**
     * The path itself when it is ASCII without capitals and within the limits, as nearly every path is: its own
     * folded form (NFC and case folding change no such char), its bytes its chars. {@code null} for any other
     * path, which {@link #fits} and {@link Names#routeKey} decide. One pass without a copy: the general checks
     * encode the path and each segment, split it and fold it into a new string, and after a page is added every
     * page claims its path again (at 10,000 pages and load 22, while the compiler was behind, 66 of the parse
     * stage's 118 main-thread samples; at load 5 about a tenth of them).
     */
    private static String plainKey(String path) {
        if (path.length() > MAX_PATH_BYTES) {
            return null;
        }
        int segment = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return null;
            }
            if (c == '/') {
                if (i - segment > MAX_SEGMENT_BYTES) {
                    return null;
                }
                segment = i + 1;
            }
        }
        return path.length() - segment > MAX_SEGMENT_BYTES ? null : path;
    }

    /** Whether every segment and the whole path are within the limits; reported at the claim when not. */
    private boolean fits(Claim claim, String what) {
        int total = claim.path().getBytes(StandardCharsets.UTF_8).length;
        for (String segment : claim.path().split("/")) {
            int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_SEGMENT_BYTES) {
                problems.add(Diagnostic.error("route.too-long", claim.at(), what + " needs a file or folder named '"
                                + shortened(segment) + "' (" + bytes + " bytes), longer than the "
                                + MAX_SEGMENT_BYTES + " bytes a name may have")
                        .withHint("give it a shorter 'slug', or a shorter file or folder name"));
                return false;
            }
        }
        if (total > MAX_PATH_BYTES) {
            problems.add(Diagnostic.error("route.too-long", claim.at(), what + " maps to a path of " + total
                            + " bytes, longer than the " + MAX_PATH_BYTES + " bytes a path in the site may have")
                    .withHint("nest it in fewer or shorter folders, or give it a shorter 'slug'"));
            return false;
        }
        return true;
    }

    private static String shortened(String segment) {
        return segment.length() <= 40 ? segment : segment.substring(0, 20) + "…" + segment.substring(segment.length() - 12);
    }
}
