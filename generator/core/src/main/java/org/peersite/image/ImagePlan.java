package org.peersite.image;

import java.util.List;
import java.util.Objects;

/**
 * The files {@link Images} writes for one source image, known without decoding it (from its fingerprint and
 * header): what a page's {@code srcset} lists and what a cached build looks for before encoding anything.
 *
 * @param source   the image
 * @param variants narrowest first; a resized image has one per configured width below its own plus its own
 *                 width, a passed-through one (SVG, WebP, an animation) exactly one
 */
public record ImagePlan(SourceImage source, List<Variant> variants) {

    public ImagePlan {
        Objects.requireNonNull(source, "source");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a plan writes at least one file");
        }
    }

    /** The widest variant: the image at full size. */
    public Variant largest() {
        return variants.get(variants.size() - 1);
    }

    /** Whether the image is written at several widths (a {@code srcset} is worth having). */
    public boolean resized() {
        return variants.size() > 1;
    }
}
