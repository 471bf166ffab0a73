package org.peersite.model;

import java.util.Map;
import java.util.Set;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/** A plain page (any file outside the typed folders; {@code content/index.md} is the home page): no fields of its own. */
final class PlainKind extends KindSpec<PlainKind.Plain> {

    /** The smallest front matter of this kind, shown when a file has none. */
    private static final String MINIMAL = """
            ---
            title: "About"
            ---""";

    static final PlainKind SPEC = new PlainKind();

    /** A plain page has no fields of its own. */
    record Plain() implements PageMeta.Details {
    }

    private PlainKind() {
        super(Plain.class, Set.of(Trait.SUMMARY_OPTIONAL), Set.of(),
                Map.of(), MINIMAL, null);
    }

    @Override
    Plain read(YamlMap fm) {
        return new Plain();
    }

    @Override
    Plain placeholder() {
        return new Plain();
    }

    @Override
    void encode(Plain plain, Encoder out) {
    }

    @Override
    public Plain decode(Decoder in) {
        return new Plain();
    }
}
