package org.peersite.model;

import org.peersite.internal.Decoder;
import org.peersite.internal.Encoder;

/** A plain page (any file outside the typed folders; {@code content/index.md} is the home page): no fields of its own. */
final class PlainKind extends KindSpec<PlainKind.Plain> {

    static final PlainKind SPEC = new PlainKind();

    /** A plain page has no fields of its own. */
    record Plain() implements PageMeta.Details {
    }

    private PlainKind() {
        super(Plain.class);
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
    String minimal() {
        return String.join("\n", "---", "title: \"About\"", "---");
    }

    @Override
    boolean summaryRequired() {
        return false;
    }

    @Override
    void encode(Plain plain, Encoder out) {
    }

    @Override
    public Plain decode(Decoder in) {
        return new Plain();
    }
}
