package org.peersite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Strings through an {@link Encoder} and a {@link Decoder} that share a {@link StringTable}: the table's strings
 * are written as numbers and come back as the table's own objects, without a string made for them; the others
 * as before, numbered after the table's.
 */
class StringTableTest {

    private static final StringTable TABLE = StringTable.of(List.of("guides/chairing.md", "Réunions", "trust"));

    @Test
    void theTablesStringsComeBackAsTheTablesObjectsAndNoStringIsMadeForThem() throws IOException {
        Encoder out = new Encoder(TABLE);
        for (String s : List.of("trust", "a sentence of its own", "guides/chairing.md", "trust", "日本語",
                "a sentence of its own")) {
            out.string(new String(s));   // equal strings, not the table's objects
        }
        out.string(null);
        Decoder in = new Decoder(out.toByteArray(), TABLE);

        assertThat(in.string()).isSameAs(TABLE.get(2));
        String own = in.string();
        assertThat(own).isEqualTo("a sentence of its own");
        assertThat(in.string()).isSameAs(TABLE.get(0));
        assertThat(in.string()).isSameAs(TABLE.get(2));
        assertThat(in.string()).isEqualTo("日本語");
        assertThat(in.string()).isSameAs(own);
        assertThat(in.string()).isNull();
        assertThat(in.atEnd()).isTrue();
        assertThat(in.stringsMade()).as("strings made: those not in the table").isEqualTo(2);
    }

    @Test
    void aStringOfTheTableIsOneNumberAndTheOthersAreNumberedAfterTheTables() throws IOException {
        Encoder out = new Encoder(TABLE);
        out.string("Réunions");
        out.string("new");
        out.string("new");
        Decoder in = new Decoder(out.toByteArray(), TABLE);
        assertThat(out.toByteArray()).startsWith(1 + 2, 0);   // Réunions as its number, 1, plus two
        in.string();
        assertThat(in.stringNumber()).isEqualTo(1);
        in.string();
        assertThat(in.stringNumber()).isEqualTo(TABLE.size());
        in.string();
        assertThat(in.stringNumber()).isEqualTo(TABLE.size());
    }

    @Test
    void aReferenceBeyondTheTableAndTheOwnStringsIsAnError() {
        Encoder out = new Encoder();
        out.number(2 + TABLE.size());   // the first own string, none written yet
        assertThatThrownBy(() -> new Decoder(out.toByteArray(), TABLE).string()).isInstanceOf(IOException.class);
    }

    @Test
    void aTableComesBackFromItsBytesAndOtherBytesAreAnError() throws IOException {
        StringTable read = StringTable.decode(TABLE.encode());
        assertThat(read.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(read.get(i)).isEqualTo(TABLE.get(i));
        }
        assertThat(read.holds("trust")).isTrue();
        assertThat(read.holds("leadership")).isFalse();
        byte[] bytes = TABLE.encode();
        assertThatThrownBy(() -> StringTable.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IOException.class);
        Encoder twice = new Encoder();
        twice.number(2);
        twice.string("a");
        twice.string("a");   // a reference: a table writes each string once
        assertThatThrownBy(() -> StringTable.decode(twice.toByteArray())).isInstanceOf(IOException.class);
    }
}
