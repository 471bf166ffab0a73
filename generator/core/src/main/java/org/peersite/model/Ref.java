package org.peersite.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.peersite.diag.Position;
import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/**
 * A reference to another page written in front matter ({@code concepts: [accelerate]}, a stage's
 * {@code concept}): the text as written and where, so the link stage can resolve it and point at it.
 */
public record Ref(String text, Position position) {

    /** A reference, or {@code null}, as the build cache keeps it. */
    public static void encode(Ref ref, Encoder out) throws IOException {
        out.bool(ref != null);
        if (ref != null) {
            out.string(ref.text());
            out.string(ref.position().file());
            out.number(ref.position().line());
            out.number(ref.position().column());
        }
    }

    /** A reference read back from the build cache, or {@code null}. */
    public static Ref decode(Decoder in) throws IOException {
        return in.bool() ? new Ref(in.required(), Position.of(in.required(), in.count(), in.count())) : null;
    }

    /** A list of references as the build cache keeps it. */
    public static void encodeAll(List<Ref> refs, Encoder out) throws IOException {
        out.number(refs.size());
        for (Ref ref : refs) {
            encode(ref, out);
        }
    }

    /** A list of references read back from the build cache. */
    public static List<Ref> decodeAll(Decoder in) throws IOException {
        int n = in.count();
        List<Ref> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(decode(in));
        }
        return refs;
    }
}
