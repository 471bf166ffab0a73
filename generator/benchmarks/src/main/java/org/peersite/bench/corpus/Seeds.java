package org.peersite.bench.corpus;

/**
 * Derives independent seeds from the corpus seed, so that every page draws from its own random stream and the
 * text of a page does not depend on which thread wrote it or in what order.
 */
final class Seeds {

    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private Seeds() {
    }

    /** The seed of one page's stream. */
    static long page(long seed, PageKind kind, int index) {
        return mix(mix(mix(seed) + GOLDEN * (kind.ordinal() + 1)) + index);
    }

    /** The seed of image {@code k}'s stream, apart from every page's. */
    static long image(long seed, int k) {
        return mix(mix(mix(seed) + GOLDEN * 7) + k);
    }

    /** The seed of the plan's stream (titles, slugs, dates), apart from every page's. */
    static long plan(long seed) {
        return mix(mix(seed) - GOLDEN);
    }

    /** A bijective 64-bit finaliser (the SplitMix64 one): nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
