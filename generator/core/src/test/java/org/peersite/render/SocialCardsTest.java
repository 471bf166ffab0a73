package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;

/**
 * Social cards drawn with Java 2D in the theme's font: the same card gives the same bytes and the same name,
 * anything the card shows changes its name, the PNG holds only the image, and no title, however long, draws
 * outside the card's margins.
 */
class SocialCardsTest {

    private static final Path THEME = Path.of("../../templates").toAbsolutePath().normalize();

    private static SocialCards cards(String site) {
        Diagnostics problems = new Diagnostics();
        SocialCards cards = SocialCards.open(THEME, "templates", site, problems).orElseThrow();
        assertThat(problems).isEmpty();
        return cards;
    }

    @Test
    void theSameCardHasTheSameNameAndTheSameBytesAndAnythingItShowsChangesItsName() {
        SocialCards.Card card = cards("Peer Advantage").card("Running a peer advisory group meeting", "Guide");
        SocialCards.Card again = cards("Peer Advantage").card("Running a peer advisory group meeting", "Guide");

        assertThat(card.sitePath()).matches("/cards/[0-9a-f]{20}\\.png").isEqualTo(again.sitePath());
        assertThat(cards("Peer Advantage").png(card)).isEqualTo(cards("Peer Advantage").png(again));
        assertThat(cards("Peer Advantage").card("Running a meeting", "Guide").sitePath()).isNotEqualTo(card.sitePath());
        assertThat(cards("Peer Advantage").card("Running a peer advisory group meeting", "Concept").sitePath())
                .isNotEqualTo(card.sitePath());
        assertThat(cards("Peer Notes").card("Running a peer advisory group meeting", "Guide").sitePath())
                .isNotEqualTo(card.sitePath());
    }

    @Test
    void aCardDrawnAfterOthersHasTheBytesOfOneDrawnFirst() {
        SocialCards.Card card = cards("Peer Advantage").card("Accelerate", "Concept");
        byte[] first = cards("Peer Advantage").png(card);

        SocialCards cards = cards("Peer Advantage");
        cards.png(cards.card("A title long enough to fill the four lines of a card, and then some more words", "Guide"));
        cards.png(cards.card("Executive isolation", "A kind label far too long to fit on one line of the card"));

        assertThat(cards.png(card)).isEqualTo(first);
    }

    @Test
    void aCardIsAPlainPngOfTheCardsSizeWithNothingButTheImage() throws IOException {
        SocialCards cards = cards("Peer Advantage");
        byte[] png = cards.png(cards.card("Accelerate", "Concept"));

        List<String> chunks = new ArrayList<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        byte[] signature = in.readNBytes(8);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        int width = 0;
        int height = 0;
        while (in.available() > 0) {
            int length = in.readInt();
            String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
            byte[] data = in.readNBytes(length);
            in.readInt();   // CRC
            if (type.equals("IHDR")) {
                width = new DataInputStream(new ByteArrayInputStream(data)).readInt();
                height = new DataInputStream(new ByteArrayInputStream(data, 4, 4)).readInt();
            }
            if (chunks.isEmpty() || !chunks.get(chunks.size() - 1).equals(type)) {
                chunks.add(type);
            }
        }
        assertThat(chunks).containsExactly("IHDR", "IDAT", "IEND");
        assertThat(width).isEqualTo(SocialCards.WIDTH);
        assertThat(height).isEqualTo(SocialCards.HEIGHT);
    }

    @Test
    void noTitleDrawsOutsideTheMarginsOrIntoTheSiteName() throws IOException {
        SocialCards cards = cards("Peer Advantage with a site name long enough to be cut off at the edge of the card");
        String oneWord = "Peerverantwortungsgemeinschaftsentwicklungsprogrammleitungsaufgabenbeschreibung";
        String manyWords = "What leaders gain from working with their peers, ".repeat(12);
        for (String title : List.of(oneWord, manyWords, "Short", oneWord + " " + manyWords)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(cards.png(cards.card(title,
                    "A kind label far too long to fit on one line of the card, repeated, repeated, repeated"))));
            int background = image.getRGB(5, 5);
            for (int y = 0; y < SocialCards.HEIGHT - 16; y++) {
                for (int x = 0; x < SocialCards.WIDTH; x++) {
                    boolean margin = x < 72 || x >= SocialCards.WIDTH - 72 || y < 90 || (y > 480 && y < 515);
                    if (margin) {
                        assertThat(image.getRGB(x, y)).as(title + " at " + x + "," + y).isEqualTo(background);
                    }
                }
            }
        }
    }

    @Test
    void wrappedLinesFitTheWidthAndATitleTooLongEndsInAnEllipsis() {
        Font font = cards("S").font().deriveFont(50f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<SocialCards.Line> lines = SocialCards.wrap("word ".repeat(200), font, frc, 1040, 4);
        assertThat(lines).hasSize(4)
                .allSatisfy(line -> assertThat(line.layout().getAdvance()).isLessThanOrEqualTo(1040f));
        assertThat(lines.get(0).text()).startsWith("word word");
        assertThat(lines.get(3).text()).endsWith("word…");
        assertThat(SocialCards.wrap("A short title", font, frc, 1040, 4)).extracting(SocialCards.Line::text)
                .containsExactly("A short title");
        List<SocialCards.Line> broken = SocialCards.wrap("x".repeat(300), font, frc, 1040, 4);
        assertThat(broken).allSatisfy(line -> assertThat(line.layout().getAdvance()).isLessThanOrEqualTo(1040f));
        assertThat(String.join("", broken.stream().map(SocialCards.Line::text).toList())).startsWith("xxxx");
    }

    @Test
    void aFileThatIsNotAFontGivesOneWarningAndNoCards(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("cards"));
        Files.writeString(theme.resolve("cards/font.ttf"), "this is a licence text saved under the wrong name");
        Diagnostics problems = new Diagnostics();

        assertThat(SocialCards.open(theme, "theme", "Site", problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("theme.card-font");
            assertThat(d.position().file()).isEqualTo("theme/cards/font.ttf");
        });
        assertThat(SocialCards.isTrueType(Files.readAllBytes(THEME.resolve("cards/LiberationSans-Bold.ttf")))).isTrue();
    }
}
