package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import freemarker.core.HTMLOutputFormat;
import org.junit.jupiter.api.Test;

/**
 * A layout's output written chunk by chunk gives the bytes of the whole text encoded at once, whatever the
 * chunks: ASCII, Latin-1, beyond it, surrogate pairs split between two writes, lone surrogates, through every
 * kind of write.
 */
class Utf8WriterTest {

    private static final String[] PIECES = {"<p>", "plain text ", "café ", "– ’ “”", "😀", "\uD83D", "\uDE00", "日本",
            "", "\n    ", "é",
            "a long run of text that outgrows the writer's buffers – 😀".repeat(300)};

    @Test
    void anyChunksGiveTheBytesOfTheWholeTextEncodedAtOnce() {
        Random random = new Random(17);
        for (int round = 0; round < 5_000; round++) {
            Utf8Writer out = new Utf8Writer(16);
            StringBuilder whole = new StringBuilder();
            int writes = random.nextInt(12);
            for (int i = 0; i < writes; i++) {
                String piece = PIECES[random.nextInt(PIECES.length)] + PIECES[random.nextInt(PIECES.length)];
                whole.append(piece);
                switch (random.nextInt(5)) {
                    case 0 -> out.write(piece);
                    case 4 -> {
                        // Markup kept as UTF-8 (a body), which never holds a lone surrogate.
                        byte[] utf8 = ("<" + piece + ">").getBytes(StandardCharsets.UTF_8);
                        String decoded = new String(utf8, StandardCharsets.UTF_8);
                        whole.setLength(whole.length() - piece.length());
                        whole.append(decoded);
                        byte[] framed = new byte[utf8.length + 3];
                        System.arraycopy(utf8, 0, framed, 2, utf8.length);
                        out.writeUtf8(framed, 2, utf8.length);
                    }
                    case 1 -> out.write(piece.toCharArray(), 0, piece.length());
                    case 2 -> piece.chars().forEach(out::write);
                    default -> {
                        String padded = "xx" + piece + "yy";
                        out.write(padded, 2, piece.length());
                    }
                }
            }
            assertThat(out.toByteArray()).as(whole.toString())
                    .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aWriterReusedForPageAfterPageGivesEachPageItsOwnBytesThoughTheSameArraysAreWrittenAgain() {
        Random random = new Random(18);
        char[][] texts = new char[PIECES.length][];
        for (int i = 0; i < PIECES.length; i++) {
            texts[i] = PIECES[i].toCharArray();
        }
        char[] changing = "<li>".toCharArray();
        Utf8Writer out = new Utf8Writer(16);
        for (int page = 0; page < 2_000; page++) {
            StringBuilder whole = new StringBuilder();
            int writes = random.nextInt(12);
            for (int i = 0; i < writes; i++) {
                char[] text = texts[random.nextInt(texts.length)];
                if (random.nextInt(5) == 0) {
                    // A caller that writes one buffer again with other chars in it gets the new chars.
                    changing[1] = (char) ('a' + random.nextInt(26));
                    text = changing;
                }
                whole.append(text);
                out.write(text, 0, text.length);
            }
            assertThat(out.toByteArray()).as(whole.toString())
                    .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
            out.reset();
        }
    }

    /** Chars around every boundary the escaping and the encoding have, the five escaped ones first. */
    private static final char[] ALPHABET = {'<', '>', '&', '"', '\'', 'a', 'Z', ' ', '\n', '\t', '\0', '\u007f', ';', '#',
            '/', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u07ff', '\u0800', '\u2013', '\u2019', '\ud7ff', '\ud800',
            '\udbff', '\udc00', '\udfff', '\ue000', '\ufeff', '\uffff'};

    /** Where the plain ASCII chars of {@link #ALPHABET} end. */
    private static final int PLAIN_ASCII_END = 15;

    @Test
    void textOutputByTheHtmlFormatIntoAPageGivesTheBytesOfFreeMarkersHtmlEscapingEncodedAtOnce() throws Exception {
        Random random = new Random(19);
        Utf8Writer out = new Utf8Writer(16);
        for (int page = 0; page < 5_000; page++) {
            StringBuilder whole = new StringBuilder();
            int writes = random.nextInt(8);
            for (int i = 0; i < writes; i++) {
                StringBuilder piece = new StringBuilder();
                int length = random.nextInt(10) == 0 ? random.nextInt(2_000) : random.nextInt(8);
                // Often plain ASCII (links, names: what the writer copies as it is), else anything.
                boolean plain = random.nextBoolean();
                for (int c = 0; c < length; c++) {
                    piece.append(plain ? ALPHABET[5 + random.nextInt(PLAIN_ASCII_END - 5)]
                            : ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                String text = piece.toString();
                if (random.nextBoolean()) {
                    StringWriter escaped = new StringWriter();
                    HTMLOutputFormat.INSTANCE.output(text, escaped);
                    whole.append(escaped);
                    HtmlFormat.INSTANCE.output(text, out);
                } else {
                    whole.append(text);
                    out.write(text);
                }
            }
            assertThat(out.toByteArray()).as(whole.toString())
                    .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
            out.reset();
        }
    }
}
