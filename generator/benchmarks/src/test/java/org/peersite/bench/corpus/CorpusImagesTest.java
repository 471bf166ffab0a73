package org.peersite.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --images N}: real JPEGs and PNGs, the same bytes for the same seed, each shown once, the pages' words kept. */
@org.junit.jupiter.api.Tag("slow") // draws and encodes megapixel images
class CorpusImagesTest {

    private static final Pattern SHOWN = Pattern.compile("!\\[\\[((?:photo|diagram)-\\d+\\.(?:jpg|png))\\|[^\\]]+\\]\\]"
            + "|!\\[[^\\]]+\\]\\((?:\\.\\./)*attachments/((?:photo|diagram)-\\d+\\.(?:jpg|png))\\)");

    @TempDir
    Path dir;

    @Test
    void imagesAreRealJpegsAndPngsWithTheSameBytesForTheSameSeed() throws IOException {
        CorpusSpec spec = new CorpusSpec(100, 5, LinkStyle.WIKI, false, 8);
        spec.write(dir.resolve("one"), 1);
        spec.write(dir.resolve("four"), 4);
        Map<String, byte[]> one = bytes(dir.resolve("one/attachments"));
        assertThat(one.keySet()).containsExactly("diagram-4.png", "diagram-8.png", "photo-1.jpg", "photo-2.jpg",
                "photo-3.jpg", "photo-5.jpg", "photo-6.jpg", "photo-7.jpg");
        Map<String, byte[]> four = bytes(dir.resolve("four/attachments"));
        assertThat(four.keySet()).isEqualTo(one.keySet());
        one.forEach((name, b) -> assertThat(four.get(name)).as(name).isEqualTo(b));

        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(one.get("photo-1.jpg")));
        assertThat(photo.getWidth()).isBetween(1600, 2400);
        assertThat(photo.getHeight()).isEqualTo(photo.getWidth() * 2 / 3);
        assertThat(one.get("photo-1.jpg").length).as("a camera-like JPEG").isBetween(150_000, 2_000_000);
        BufferedImage diagram = ImageIO.read(new ByteArrayInputStream(one.get("diagram-4.png")));
        assertThat(diagram.getWidth()).isEqualTo(1200);
        assertThat(diagram.getHeight()).isEqualTo(800);

        new CorpusSpec(100, 6, LinkStyle.WIKI, false, 8).write(dir.resolve("other"), 2);
        assertThat(Files.readAllBytes(dir.resolve("other/attachments/photo-1.jpg"))).isNotEqualTo(one.get("photo-1.jpg"));
    }

    @Test
    void eachImageIsShownOnceInBothSyntaxesAndThePagesKeepTheirWords() throws IOException {
        new CorpusSpec(100, 5, LinkStyle.WIKI, false, 0).write(dir.resolve("plain"), 2);
        new CorpusSpec(100, 5, LinkStyle.WIKI, false, 30).write(dir.resolve("images"), 2);
        Map<String, String> plain = CorpusSpecTest.files(dir.resolve("plain"));
        Map<String, String> withImages = new TreeMap<>();
        for (String page : plain.keySet()) {
            withImages.put(page, Files.readString(dir.resolve("images").resolve(page)));
        }
        try (Stream<Path> all = Files.walk(dir.resolve("images"))) {
            assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(plain.size() + 30);
        }

        List<String> shown = new ArrayList<>();
        boolean wikiSyntax = false;
        boolean markdownSyntax = false;
        for (Map.Entry<String, String> page : withImages.entrySet()) {
            String text = page.getValue();
            Matcher m = SHOWN.matcher(text);
            int firstImage = text.length();
            while (m.find()) {
                firstImage = Math.min(firstImage, m.start());
                shown.add(m.group(1) != null ? m.group(1) : m.group(2));
                wikiSyntax |= m.group(1) != null;
                markdownSyntax |= m.group(2) != null;
            }
            // Nothing else changed: the images are added after the page's own text.
            assertThat(text.substring(0, Math.min(firstImage, text.length())).stripTrailing())
                    .isEqualTo(plain.get(page.getKey()).stripTrailing());
            if (page.getKey().startsWith("concepts/")) {
                assertThat(firstImage).as(page.getKey()).isEqualTo(text.length());
            }
        }
        assertThat(shown).hasSize(30).doesNotHaveDuplicates();
        assertThat(wikiSyntax).isTrue();
        assertThat(markdownSyntax).isTrue();
    }

    private static Map<String, byte[]> bytes(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
