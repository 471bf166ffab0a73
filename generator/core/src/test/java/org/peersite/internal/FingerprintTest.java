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
