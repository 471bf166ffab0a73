package org.peersite.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Diagnostics;
import org.peersite.diag.Position;
import org.peersite.internal.Fingerprint;

/**
 * Social cards: one 1200×630 PNG per page, showing its title, its kind and the site's name, for the previews
 * chat apps and social networks draw when a link is shared ({@code og:image}). Drawn at build time with Java's
 * own 2D graphics (no display needed: the CLI and the Maven plugin run AWT headless) in the font the theme ships
 * in {@code cards/} (the first {@code .ttf} file, A–Z).
 *
 * <pre>
 * SocialCards cards = SocialCards.open(themeDir, "templates", "Peer Advantage", diagnostics);
 * SocialCards.Card card = cards.card("Running a meeting", "Guide");
 * byte[] png = cards.png(card);                  // the same bytes for the same card, on every run
 * </pre>
 *
 * <p>A card is a function of what it shows and how: title, kind, site name, the font's bytes and the colours
 * below. Its file is named by a hash of exactly those ({@code cards/3f2a….png}), so an unchanged card keeps its
 * URL and its bytes (caches and incremental builds can keep it), and a changed one gets a new URL (no stale
 * preview). The PNG ({@link Png}) holds only the image: no time, no text chunks. Titles wrap at word boundaries and shrink
 * to fit four lines; a title too long even then ends in an ellipsis; a word wider than the card is broken.
 * Immutable and thread-safe.
 */
final class SocialCards {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final String FOLDER = "cards";

    private static final int MARGIN = 80;
    private static final int TITLE_TOP = 200;
    private static final int TITLE_BOTTOM = 470;
    private static final int MAX_LINES = 4;
    private static final float[] TITLE_SIZES = {72f, 64f, 56f, 50f};
    /**
     * The theme's header colours (site.css --header-bg, --header-text, --header-muted) and its dark accent, as
     * RGB numbers: a {@link Color} made here would start Java 2D for every site with cards, drawn or not.
     */
    private static final int BACKGROUND = 0x0f4645;
    private static final int TEXT = 0xffffff;
    private static final int MUTED = 0xc7e3e0;
    private static final int ACCENT = 0x6dd3c9;
    /** Bump when the drawing changes, so every card gets a new name. */
    private static final String DRAWING_VERSION = "1";

    /** One card: what it shows and the site path of its PNG ({@code /cards/<hash>.png}). */
    record Card(String title, String kind, String site, String sitePath) {
    }

    /** One line of wrapped text: its characters and how they are laid out. */
    record Line(String text, TextLayout layout) {
    }

    private final byte[] fontBytes;
    private final String style;
    private final String site;
    /**
     * The font, made when the first card is drawn: Java 2D and its font machinery take a few hundred milliseconds
     * to start, which a build whose cards all exist already (a cached one) never needs.
     */
    private Font font;
    /** The pixels every card starts from ({@link #backdrop}), drawn with the first card. */
    private int[] backdrop;
    /**
     * Images whose card is encoded, to draw the next card in: a new image per card made two thirds of a small
     * build's garbage (3 MB of pixels a card), and with it the collector's pauses and the kernel's zeroing of
     * fresh memory. One image per thread drawing at once, kept as long as the cards are.
     */
    private final Queue<BufferedImage> spare = new ConcurrentLinkedQueue<>();
    /** The cards' encoder, which keeps the bands of background it compressed for the next card. */
    private final Png encoder = new Png();

    private SocialCards(byte[] fontBytes, String style, String site) {
        this.fontBytes = fontBytes;
        this.style = style;
        this.site = site;
    }

    /** The cards of a site, or empty (with a warning in {@code out}) when the theme ships no font for them. */
    static Optional<SocialCards> open(Path themeDir, String displayDir, String site, Diagnostics out) {
        Path fontFile = fontFile(themeDir.resolve(FOLDER));
        if (fontFile == null) {
            out.add(Diagnostic.warning("theme.card-font", Position.of(displayDir + "/" + FOLDER + "/"),
                            "socialCards is on, but the theme has no font for the cards; pages get no og:image")
                    .withHint("put an open-licence .ttf font (with its licence) in " + displayDir + "/" + FOLDER + "/"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(fontFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the card font " + fontFile, e);
        }
        if (!isTrueType(bytes)) {
            out.add(Diagnostic.warning("theme.card-font", Position.of(displayDir + "/" + FOLDER + "/"
                            + fontFile.getFileName()), "not a TrueType font; pages get no og:image")
                    .withHint("use a .ttf font file"));
            return Optional.empty();
        }
        String style = Fingerprint.of(bytes).hex() + "|" + BACKGROUND + "|" + TEXT + "|" + MUTED + "|" + ACCENT
                + "|" + WIDTH + "x" + HEIGHT + "|" + DRAWING_VERSION;
        return Optional.of(new SocialCards(bytes, style, site));
    }

    /**
     * Whether the bytes start as a TrueType or OpenType font does (version 1.0, {@code true}, {@code OTTO} or a
     * collection's {@code ttcf}): checked without Java 2D, which starts only when a card is drawn. A font whose
     * tables are broken past that is found then, and fails the pages whose cards it would draw.
     */
    static boolean isTrueType(byte[] bytes) {
        if (bytes.length < 12) {
            return false;
        }
        String tag = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        boolean versionOne = bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0;
        return versionOne || tag.equals("true") || tag.equals("OTTO") || tag.equals("ttcf");
    }

    private static Path fontFile(Path dir) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                    .filter(Files::isRegularFile).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /** The card for a page: its name is a hash of what it shows and of the font and colours it is drawn with. */
    Card card(String title, String kind) {
        String key = style + "\n" + site + "\n" + kind + "\n" + title;
        String name = Fingerprint.of(key).hex().substring(0, 20);
        return new Card(title, kind, site, "/" + FOLDER + "/" + name + ".png");
    }


    /** The card drawn and encoded as PNG. */
    byte[] png(Card card) {
        BufferedImage image = spare.poll();
        if (image == null) {
            image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        }
        try {
            int[] backdrop = backdrop();
            System.arraycopy(backdrop, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0,
                    backdrop.length);
            Graphics2D g = graphics(image);
            try {
                Font font = font();
                drawLine(g, card.kind(), font.deriveFont(34f), new Color(MUTED), MARGIN, 130);
                drawTitle(g, font, card.title());
            } finally {
                g.dispose();
            }
            return encoder.encode(image, backdrop);
        } finally {
            spare.add(image);
        }
    }

    /**
     * Starts Java 2D with the font and draws what every card shares, as the first card would: for a caller that
     * knows every card will be drawn and has a core to spare before that.
     */
    void prepare() {
        backdrop();
    }

    /**
     * What every card of the site shows, drawn once: the background, the accent bar, the logo and the site's
     * name. A card is this with its kind and title drawn over it, which never reach the logo and the name (a
     * band of background lies between them, see {@code SocialCardsTest}), so the pixels are those of a card
     * drawn whole, at a fraction of the cost.
     */
    private synchronized int[] backdrop() {
        if (backdrop == null) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = graphics(image);
            try {
                g.setColor(new Color(BACKGROUND));
                g.fillRect(0, 0, WIDTH, HEIGHT);
                g.setColor(new Color(ACCENT));
                g.fillRect(0, HEIGHT - 16, WIDTH, 16);
                drawLogo(g, MARGIN, HEIGHT - 110);
                drawLine(g, site, font().deriveFont(36f), new Color(MUTED), MARGIN + 70, HEIGHT - 80);
            } finally {
                g.dispose();
            }
            backdrop = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        return backdrop;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** One line of text, cut with an ellipsis if wider than the card. */
    private static void drawLine(Graphics2D g, String text, Font font, Color colour, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        List<Line> lines = wrap(text, font, g.getFontRenderContext(), WIDTH - x - MARGIN, 1);
        g.setColor(colour);
        lines.get(0).layout().draw(g, x, baseline);
    }

    /** The title at the largest size that fits in four lines, else the smallest size with an ellipsis. */
    private static void drawTitle(Graphics2D g, Font font, String title) {
        FontRenderContext frc = g.getFontRenderContext();
        List<Line> lines = null;
        float size = TITLE_SIZES[TITLE_SIZES.length - 1];
        for (float candidate : TITLE_SIZES) {
            List<Line> fitted = wrap(title, font.deriveFont(candidate), frc, WIDTH - 2 * MARGIN, MAX_LINES);
            if (fitted != null && height(fitted) <= TITLE_BOTTOM - TITLE_TOP) {
                lines = fitted;
                size = candidate;
                break;
            }
        }
        if (lines == null) {
            lines = wrap(title, font.deriveFont(size), frc, WIDTH - 2 * MARGIN, MAX_LINES);
        }
        g.setColor(new Color(TEXT));
        float y = TITLE_TOP;
        for (Line line : lines) {
            y += line.layout().getAscent();
            line.layout().draw(g, MARGIN, y);
            y += line.layout().getDescent() + line.layout().getLeading();
        }
    }

    private static float height(List<Line> lines) {
        float h = 0;
        for (Line line : lines) {
            h += line.layout().getAscent() + line.layout().getDescent() + line.layout().getLeading();
        }
        return h;
    }

    /**
     * The text broken into lines no wider than {@code width}, at most {@code maxLines}: when more would be
     * needed, the last line ends in an ellipsis (and {@code null} is returned when {@code maxLines} is more than
     * one, so the caller can try a smaller size first; a single line is always cut to fit).
     */
    static List<Line> wrap(String text, Font font, FontRenderContext frc, float width, int maxLines) {
        String clean = text.strip().replaceAll("\\s+", " ");
        AttributedString attributed = new AttributedString(clean.isEmpty() ? " " : clean, Map.of(TextAttribute.FONT, font));
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(),
                BreakIterator.getLineInstance(Locale.ROOT), frc);
        List<Line> lines = new ArrayList<>();
        int end = clean.isEmpty() ? 1 : clean.length();
        while (measurer.getPosition() < end) {
            int start = measurer.getPosition();
            if (lines.size() == maxLines - 1) {
                TextLayout rest = new TextLayout(clean.substring(start), font, frc);
                if (rest.getAdvance() <= width) {
                    lines.add(new Line(clean.substring(start), rest));
                    return lines;
                }
                if (maxLines > 1 && font.getSize2D() > TITLE_SIZES[TITLE_SIZES.length - 1]) {
                    return null;
                }
                lines.add(ellipsis(clean.substring(start), font, frc, width));
                return lines;
            }
            TextLayout layout = measurer.nextLayout(width);
            lines.add(new Line(clean.substring(start, Math.min(measurer.getPosition(), clean.length())), layout));
        }
        return lines;
    }

    /** The longest start of the text, cut at a space where possible, that fits with "…" after it. */
    private static Line ellipsis(String text, Font font, FontRenderContext frc, float width) {
        for (int cut = text.length(); cut > 0; cut--) {
            String head = text.substring(0, cut);
            int space = head.lastIndexOf(' ');
            if (cut < text.length() && space > 0 && cut - space < 12) {
                head = head.substring(0, space);
            }
            String shown = head.strip() + "…";
            TextLayout layout = new TextLayout(shown, font, frc);
            if (layout.getAdvance() <= width) {
                return new Line(shown, layout);
            }
        }
        return new Line("…", new TextLayout("…", font, frc));
    }

    /** The font the cards are drawn in, made the first time a card is drawn. */
    synchronized Font font() {
        if (font == null) {
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fontBytes));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the theme's card font cannot be read: " + e.getMessage(), e);
            }
        }
        return font;
    }

    /** The site's logo, two overlapping circles, as in the header. */
    private static void drawLogo(Graphics2D g, float x, float y) {
        g.setColor(new Color(MUTED));
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Float(x, y, 36, 36));
        g.draw(new Ellipse2D.Float(x + 16, y, 36, 36));
    }
}
