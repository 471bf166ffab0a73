package org.peersite.image;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** One encoded variant: what the plan promised and its bytes. Immutable (the bytes are copied out, never in place). */
public final class VariantFile {

    private final Variant variant;
    private final byte[] bytes;

    VariantFile(Variant variant, byte[] bytes) {
        this.variant = Objects.requireNonNull(variant, "variant");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    public Variant variant() {
        return variant;
    }

    public int size() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Writes the bytes without copying them. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public String toString() {
        return variant.fileName() + " (" + bytes.length + " bytes)";
    }
}
