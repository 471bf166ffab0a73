package org.peersite;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The test vaults ({@code src/test/resources/vaults/}) are fixtures that other tests build; this checks the
 * fixtures themselves, so that a failure there is peersite's and never a vault broken by an edit. The images decode
 * at the sizes {@code EXPECTED.md} states and stay small; the secret and canary words sit only where they may; no
 * file name is ambiguous except where that is the point; and every {@code file:line} reference and every count in
 * {@code EXPECTED.md} still matches the sources.
 */
class VaultFixtureTest {

    private static final Path VAULTS = Path.of("src/test/resources/vaults");
    private static final Path VAULT = VAULTS.resolve("obsidian-vault");
    private static final Path AMBIGUOUS = VAULTS.resolve("ambiguous-vault");
    private static final Path EXPECTED = VAULTS.resolve("EXPECTED.md");

    private static final String SECRET = "PLUMBAGO-7741";

    /** Width and height as stored (before any EXIF orientation), as EXPECTED.md's table says. */
    private static final Map<String, int[]> RASTER_IMAGES = Map.of(
            "attachments/photo.png", new int[] {640, 400},
            "attachments/diagram.png", new int[] {1200, 640},
            "attachments/chair-avatar.png", new int[] {96, 96},
            "attachments/photo.jpg", new int[] {800, 534},
            "Réunions/whiteboard 2026-03.jpg", new int[] {640, 480});

    private static final Pattern FENCE = Pattern.compile("^(?:>\\s?)*\\s{0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\n]*`");
    private static final Pattern COMMENT = Pattern.compile("%%.*?%%", Pattern.DOTALL);

    /**
     * On Linux the JVM names files in the encoding of the locale it starts in; under {@code LC_ALL=C} it cannot
     * open {@code Réunions/} at all. Say so once, instead of ten {@code InvalidPathException}s.
     */
    @BeforeAll
    static void theJvmCanNameTheVaultsFiles() {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        assertThat(Charset.isSupported(encoding) && Charset.forName(encoding).newEncoder().canEncode("Réunions"))
                .as("this JVM names files in %s (from the locale) and cannot open the vault's accented file names;"
                        + " run the tests in a UTF-8 locale, e.g. LC_ALL=C.UTF-8", encoding)
                .isTrue();
    }

    @Test
    void imagesDecodeAtTheirStatedSizesAndStaySmall() throws Exception {
        for (Map.Entry<String, int[]> image : RASTER_IMAGES.entrySet()) {
            Path file = VAULT.resolve(image.getKey());
            BufferedImage decoded = ImageIO.read(file.toFile());
            assertThat(decoded).as(image.getKey()).isNotNull();
            assertThat(new int[] {decoded.getWidth(), decoded.getHeight()}).as(image.getKey())
                    .containsExactly(image.getValue());
        }
        Element svg = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(VAULT.resolve("attachments/four-ways.svg").toFile()).getDocumentElement();
        assertThat(List.of(svg.getTagName(), svg.getAttribute("width"), svg.getAttribute("height")))
                .containsExactly("svg", "600", "300");
        for (Path image : files(VAULT, p -> p.toString().matches(".*\\.(png|jpg|svg)$"))) {
            assertThat(Files.size(image)).as(image.toString()).isLessThan(40 * 1024);
        }
    }

    @Test
    void theWhiteboardIsStoredSidewaysWithOrientationSixAndACanaryInItsExif() throws IOException {
        byte[] jpeg = Files.readAllBytes(VAULT.resolve("Réunions/whiteboard 2026-03.jpg"));
        ByteBuffer bytes = ByteBuffer.wrap(jpeg);
        assertThat(bytes.getShort(0)).isEqualTo((short) 0xFFD8);
        assertThat(bytes.getShort(2)).as("APP1 right after SOI").isEqualTo((short) 0xFFE1);
        int segmentLength = Short.toUnsignedInt(bytes.getShort(4));
        String app1 = new String(jpeg, 6, segmentLength - 2, StandardCharsets.ISO_8859_1);
        assertThat(app1).startsWith("Exif\0\0II*\0").contains("EXIF-CANARY-9087");

        ByteBuffer tiff = ByteBuffer.wrap(jpeg, 12, segmentLength - 8).slice().order(ByteOrder.LITTLE_ENDIAN);
        int ifd = tiff.getInt(4);
        Map<Integer, Integer> shortValues = new TreeMap<>();
        for (int i = 0, entries = tiff.getShort(ifd); i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (tiff.getShort(entry + 2) == 3) {
                shortValues.put(Short.toUnsignedInt(tiff.getShort(entry)), Short.toUnsignedInt(tiff.getShort(entry + 8)));
            }
        }
        assertThat(shortValues).containsEntry(0x0112, 6);
    }

    @Test
    void otherAttachmentsCarryTheirFormatsMagic() throws IOException {
        for (String pdf : List.of("attachments/report.pdf", "attachments/slides.pdf")) {
            String text = Files.readString(VAULT.resolve(pdf), StandardCharsets.ISO_8859_1);
            assertThat(text).as(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n").contains("/Type /Page ");
        }
        byte[] mp3 = Files.readAllBytes(VAULT.resolve("attachments/voice-memo.mp3"));
        assertThat(mp3.length % 104).as("whole 104-byte frames").isZero();
        for (int frame = 0; frame < mp3.length; frame += 104) {
            assertThat(new byte[] {mp3[frame], mp3[frame + 1]}).containsExactly(0xFF, 0xFB);
        }
        byte[] mp4 = Files.readAllBytes(VAULT.resolve("attachments/site-visit.mp4"));
        assertThat(new String(mp4, 4, 8, StandardCharsets.ISO_8859_1)).isEqualTo("ftypisom");
    }

    @Test
    void theVaultStaysSmallAndHoldsNoSymbolicLinks() throws IOException {
        long total = 0;
        for (Path file : files(VAULT, p -> true)) {
            total += Files.size(file);
        }
        assertThat(total).isLessThan(400 * 1024);
        try (Stream<Path> all = Files.walk(VAULTS)) {
            assertThat(all.filter(Files::isSymbolicLink).toList()).isEmpty();
        }
    }

    @Test
    void notesAreCleanUtf8WithNfcNamesAndClosedFrontMatter() throws IOException {
        for (Path vault : List.of(VAULT, AMBIGUOUS)) {
            for (Path note : files(vault, p -> p.toString().endsWith(".md"))) {
                String name = vault.relativize(note).toString();
                assertThat(name).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));
                String text = strictUtf8(note);
                assertThat(text).as(name).doesNotContain("\r").endsWith("\n");
                if (text.startsWith("---\n")) {
                    assertThat(text.indexOf("\n---\n", 3)).as(name + " closes its front matter").isPositive();
                }
            }
        }
    }

    @Test
    void theSecretWordIsOnlyEverInsideComments() throws IOException {
        int secrets = 0;
        for (Path note : files(VAULT, p -> p.toString().endsWith(".md"))) {
            String text = Files.readString(note);
            String outsideCode = withoutCode(text);
            int inComments = 0;
            for (Matcher comment = COMMENT.matcher(outsideCode); comment.find(); ) {
                inComments += occurrences(comment.group(), SECRET);
            }
            assertThat(occurrences(text, SECRET)).as(note + ": every " + SECRET + " is in a comment")
                    .isEqualTo(inComments);
            secrets += inComments;
        }
        assertThat(secrets).isEqualTo(7);
    }

    @Test
    void canariesStayWhereTheyBelong() throws IOException {
        assertThat(filesContaining(VAULT, "MARIGOLD-2210")).containsExactly("Private/Member concerns.md");
        assertThat(filesContaining(VAULT, "OLEANDER-3306")).allMatch(p -> p.startsWith(".obsidian/")
                || p.startsWith(".trash/")).hasSize(4);
        assertThat(filesContaining(VAULT, "EXIF-CANARY-9087")).containsExactly("Réunions/whiteboard 2026-03.jpg");
        assertThat(filesContaining(VAULT, "KEEP-IN-CODE-5523")).containsExactly("Chairing/Chairing.md");
        String chairing = Files.readString(VAULT.resolve("Chairing/Chairing.md"));
        assertThat(withoutCode(chairing)).doesNotContain("KEEP-IN-CODE-5523");
        assertThat(Files.isDirectory(VAULT.resolve(".obsidian/plugins/meeting-timer"))).isTrue();
    }

    @Test
    void onlyTheAmbiguousVaultHasAFileNameTwoLinksCouldMean() throws IOException {
        assertThat(duplicateNames(VAULT)).as("index.md stands for its folder and is never linked by name")
                .containsExactly("index");
        assertThat(duplicateNames(AMBIGUOUS)).containsExactly("agenda");
        assertThat(Files.readString(VAULTS.resolve("ambiguous-vault.expected.txt")))
                .startsWith("content/Home.md:3:30: error[link.ambiguous]: '[[Agenda]]' matches 2 pages");
    }

    @Test
    void everyPlaceExpectedMdNamesHoldsTheTextItQuotes() throws IOException {
        Pattern place = Pattern.compile("(.+?\\.md):(\\d+)(?::(\\d+))?");
        int checked = 0;
        for (List<String> row : tableRows(Files.readString(EXPECTED))) {
            Matcher where = row.size() > 1 ? place.matcher(codeSpan(row.get(0))) : null;
            if (where == null || !where.matches()) {
                continue;
            }
            String quoted = codeSpan(row.get(1));
            List<String> lines = Files.readAllLines(VAULT.resolve(where.group(1)));
            int lineNumber = Integer.parseInt(where.group(2));
            assertThat(lineNumber).as(row.get(0)).isBetween(1, lines.size());
            String line = lines.get(lineNumber - 1);
            if (where.group(3) == null) {
                assertThat(line).as(row.get(0)).contains(quoted);
            } else {
                assertThat(line.indexOf(quoted, Integer.parseInt(where.group(3)) - 1))
                        .as(row.get(0) + " starts with " + quoted + " in: " + line)
                        .isEqualTo(Integer.parseInt(where.group(3)) - 1);
            }
            checked++;
        }
        assertThat(checked).as("references found in EXPECTED.md").isGreaterThan(120);
    }

    @Test
    void theCountsInExpectedMdAreTheSourcesCounts() throws IOException {
        String expected = Files.readString(EXPECTED);
        String counts = expected.substring(expected.indexOf("## Counts"));
        counts = counts.substring(counts.indexOf("\n|"), counts.indexOf("\n\n", counts.indexOf("\n|")));
        Map<String, Integer> stated = new TreeMap<>();
        for (List<String> row : tableRows(counts)) {
            if (row.get(1).matches("\\d+")) {
                stated.put(row.get(0).replaceAll(" \\(.*", ""), Integer.parseInt(row.get(1)));
            }
        }
        assertThat(stated).isEqualTo(new TreeMap<>(sourceCounts()));
    }

    /** What the vault's sources hold, counted the way EXPECTED.md's Counts table words it. */
    private static Map<String, Integer> sourceCounts() throws IOException {
        List<Path> notes = files(VAULT, p -> p.toString().endsWith(".md") && !hidden(p));
        StringBuilder published = new StringBuilder();
        int publishedNotes = 0;
        for (Path note : notes) {
            String text = Files.readString(note);
            String frontMatter = frontMatter(text);
            if (!frontMatter.contains("\npublish: false\n")) {
                published.append(text.substring(frontMatter.length())).append('\n');
                publishedNotes++;
            }
        }
        String code = withoutCode(published.toString());
        int comments = occurrences(code, COMMENT);
        String prose = COMMENT.matcher(code).replaceAll("");
        String linksOut = prose.replaceAll("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\([^)]*\\)", " ")
                .replaceAll("!?\\[\\[[^\\]]*\\]\\]", " ").replaceAll("<https?://[^>]+>", " ")
                .replaceAll("(?m)^#{1,6} .*$", "");
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("notes", notes.size());
        counts.put("published notes", publishedNotes);
        counts.put("folders", folders(VAULT).size());
        counts.put("images", files(VAULT, p -> !hidden(p) && p.toString().matches(".*\\.(png|jpg|svg)$")).size());
        counts.put("other attachments", files(VAULT, p -> !hidden(p) && p.toString().matches(".*\\.(pdf|mp3|mp4)$"))
                .size());
        counts.put("ignored files", files(VAULT, VaultFixtureTest::hidden).size());
        counts.put("callouts", occurrences(prose, Pattern.compile("(?m)^(?:>\\s*)+\\[![\\w-]+\\][+-]?")));
        counts.put("comments", comments);
        counts.put("block ids", occurrences(prose, Pattern.compile("(?m)(?:^|\\s)\\^[A-Za-z0-9-]+$")));
        counts.put("highlights", occurrences(prose, Pattern.compile("==[^=\n]+==")));
        counts.put("inline tags", occurrences(linksOut, Pattern.compile("(?<!\\S)#(?=[\\w/-]*[A-Za-z_/-])[\\w/-]+")));
        counts.put("embeds", occurrences(prose, Pattern.compile("!\\[\\[[^\\]]+\\]\\]|!\\[[^\\[\\]]*\\]\\([^)]*\\)")));
        counts.put("wiki-links", occurrences(prose, Pattern.compile("(?<!!)\\[\\[[^\\]]+\\]\\](?!\\()")));
        counts.put("Markdown links", occurrences(prose, Pattern.compile(
                "(?<![!\\[])\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\([^)]*\\)|<https?://[^>]+>")));
        return counts;
    }

    /** The front matter block with its fences, or "" when the note has none. */
    private static String frontMatter(String text) {
        int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
        return end < 0 ? "" : text.substring(0, end + 5);
    }

    /** The text with fenced code blocks (also inside quotes and callouts) and code spans blanked out. */
    private static String withoutCode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            boolean fence = FENCE.matcher(line).find();
            out.append(inFence || fence ? "" : CODE_SPAN.matcher(line).replaceAll(" ")).append('\n');
            inFence = fence != inFence;
        }
        return out.toString();
    }

    /** Table rows of a Markdown text, cells trimmed and {@code \|} unescaped; separator rows left out. */
    private static List<List<String>> tableRows(String markdown) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("|") && !line.matches("\\|[-:| ]+\\|")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
                    cells.add(cell.replace("\\|", "|").trim());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The content of a cell's first code span (CommonMark: one space trimmed from each side when both have one). */
    private static String codeSpan(String cell) {
        Matcher span = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)").matcher(cell);
        if (!span.find()) {
            return "";
        }
        String content = span.group(2);
        return content.length() > 2 && content.startsWith(" ") && content.endsWith(" ")
                ? content.substring(1, content.length() - 1) : content;
    }

    private static List<String> duplicateNames(Path vault) throws IOException {
        Map<String, Integer> names = new TreeMap<>();
        for (Path file : files(vault, p -> !hidden(p))) {
            String name = file.getFileName().toString().replaceFirst("\\.md$", "").toLowerCase(Locale.ROOT);
            names.merge(name, 1, Integer::sum);
        }
        return names.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private static Set<String> filesContaining(Path vault, String word) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files(vault, p -> true)) {
            if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(word)) {
                found.add(Normalizer.normalize(vault.relativize(file).toString(), Normalizer.Form.NFC));
            }
        }
        return found;
    }

    /** Regular files under the vault whose path relative to it passes the filter, sorted. */
    private static List<Path> files(Path vault, Predicate<Path> filter) throws IOException {
        try (Stream<Path> all = Files.walk(vault)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> filter.test(vault.relativize(p))).sorted().toList();
        }
    }

    private static Set<Path> folders(Path vault) throws IOException {
        try (Stream<Path> all = Files.walk(vault)) {
            return all.filter(Files::isDirectory).filter(p -> !p.equals(vault))
                    .map(vault::relativize).filter(p -> !hidden(p)).collect(Collectors.toSet());
        }
    }

    /** Whether a vault-relative path is in (or is) a hidden folder such as .obsidian/ or .trash/. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }

    private static int occurrences(String text, Pattern pattern) {
        int count = 0;
        for (Matcher matcher = pattern.matcher(text); matcher.find(); ) {
            count++;
        }
        return count;
    }
}
