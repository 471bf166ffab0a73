package org.peersite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    /** Reference values of MurmurHash3_x64_128 (seed 0), as Guava's murmur3_128 computes them (h1 then h2, hex). */
    @Test
    void matchesTheReferenceAlgorithm() {
        assertThat(Fingerprint.of("").hex()).isEqualTo("00000000000000000000000000000000");
        assertThat(Fingerprint.of("peer advantage").hex()).isEqualTo("29b4c3149d3658c41aef4b07f632cb36");
        assertThat(Fingerprint.of("The quick brown fox jumps over the lazy dog").hex())
                .isEqualTo("e34bbc7bbc071b6c7a433ca9c49a9347");
    }

    /**
     * Inputs on both sides of where the blocks are read in bulk (64 KB), across the bulk reads' chunks (8 KB), and a
     * length short of the array's: the digest of the reference algorithm, each block's longs put together byte by
     * byte as Appleby's code reads them.
     */
    @Test
    void longInputsReadInChunksGiveTheReferenceDigest() {
        Random random = new Random(5);
        byte[] bytes = new byte[9 * 8192 + 40];
        random.nextBytes(bytes);
        for (int length : new int[] {16, 8193, 65535, 65536, 65551, 65552, 9 * 8192 - 1, 9 * 8192 + 15, bytes.length - 1}) {
            assertThat(Fingerprint.of(bytes, length)).as("length " + length).isEqualTo(reference(bytes, length));
        }
        assertThat(Fingerprint.of(bytes)).isEqualTo(reference(bytes, bytes.length));
    }

    /** MurmurHash3_x64_128 (seed 0) written plainly, a byte at a time. */
    private static Fingerprint reference(byte[] data, int length) {
        long c1 = 0x87c37b91114253d5L;
        long c2 = 0x4cf5ad432745937fL;
        long h1 = 0;
        long h2 = 0;
        int blocks = length / 16;
        for (int block = 0; block <= blocks; block++) {
            long k1 = 0;
            long k2 = 0;
            int start = block * 16;
            int end = Math.min(start + 16, length);
            for (int i = end - 1; i >= start; i--) {
                if (i - start >= 8) {
                    k2 = k2 << 8 | (data[i] & 0xff);
                } else {
                    k1 = k1 << 8 | (data[i] & 0xff);
                }
            }
            k1 = Long.rotateLeft(k1 * c1, 31) * c2;
            k2 = Long.rotateLeft(k2 * c2, 33) * c1;
            if (block < blocks) {
                h1 ^= k1;
                h1 = Long.rotateLeft(h1, 27) + h2;
                h1 = h1 * 5 + 0x52dce729;
                h2 ^= k2;
                h2 = Long.rotateLeft(h2, 31) + h1;
                h2 = h2 * 5 + 0x38495ab5;
            } else {
                // The tail mixes only the halves it has bytes in.
                if (end - start > 8) {
                    h2 ^= k2;
                }
                if (end > start) {
                    h1 ^= k1;
                }
            }
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new Fingerprint(h1, h2);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    @Test
    void everyTailLengthAndEveryBitFlipGivesADifferentDigest() {
        Random random = new Random(7);
        Set<Fingerprint> seen = new HashSet<>();
        for (int length = 0; length < 64; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(seen.add(Fingerprint.of(bytes))).as("length " + length).isTrue();
            for (int bit = 0; bit < length * 8; bit++) {
                byte[] flipped = bytes.clone();
                flipped[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThat(Fingerprint.of(flipped)).as("length %d, bit %d", length, bit).isNotEqualTo(Fingerprint.of(bytes));
            }
        }
    }

    @Test
    void aHasherFramesItsValues() {
        Fingerprint ab = new Fingerprint.Hasher().string("ab").string("c").done();
        Fingerprint a = new Fingerprint.Hasher().string("a").string("bc").done();
        assertThat(ab).isNotEqualTo(a);
        assertThat(new Fingerprint.Hasher().string(null).done()).isNotEqualTo(new Fingerprint.Hasher().string("").done());
        assertThat(new Fingerprint.Hasher().bytes("x".getBytes(StandardCharsets.UTF_8)).done())
                .isEqualTo(new Fingerprint.Hasher().string("x").done());
    }

    @Test
    void theHexDigitsWrittenIntoAnArrayAreTheHexString() {
        Random random = new Random(11);
        byte[] into = new byte[40];
        for (Fingerprint f : new Fingerprint[] {Fingerprint.NONE, new Fingerprint(-1, Long.MIN_VALUE),
            new Fingerprint(0x0123456789abcdefL, 0xfedcba9876543210L), new Fingerprint(random.nextLong(), random.nextLong())}) {
            into[3] = 'x';
            into[36] = 'y';
            f.hexInto(into, 4);
            assertThat(new String(into, 4, 32, StandardCharsets.US_ASCII)).isEqualTo(f.hex());
            assertThat(into[3]).as("nothing written before").isEqualTo((byte) 'x');
            assertThat(into[36]).as("nor after").isEqualTo((byte) 'y');
        }
    }
}
