package org.peersite.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The attributes a page's {@code <img>} gets from a plan. */
class ImageHtmlTest {

    private final Images images = Images.builder().build();

    private ImagePlan plan(String file, byte[] bytes) {
        return images.plan(images.load(file, bytes).image());
    }

    @Test
    void aLargePhotoGetsItsSizeASrcsetAndLazyLoading() {
        ImagePlan plan = plan("p.jpg", TestImages.jpeg(TestImages.photo(2000, 1000)));
        String hash = plan.largest().fileName().substring(2, 10);
        Map<String, String> attributes = ImageHtml.attributes(plan, v -> "/img/" + v.fileName(), ImageHtml.Display.column(760));
        assertThat(attributes).containsExactly(
                Map.entry("src", "/img/p." + hash + "-800.jpg"),
                Map.entry("srcset", "/img/p." + hash + "-480.jpg 480w, /img/p." + hash + "-800.jpg 800w, /img/p."
                        + hash + "-1200.jpg 1200w, /img/p." + hash + "-1600.jpg 1600w, /img/p." + hash + "-2000.jpg 2000w"),
                Map.entry("sizes", "(max-width: 760px) 100vw, 760px"),
                Map.entry("width", "2000"),
                Map.entry("height", "1000"),
                Map.entry("loading", "lazy"),
                Map.entry("decoding", "async"));
    }

    @Test
    void theFirstImageIsEagerAndAnAuthorsWidthKeepsTheProportion() {
        ImagePlan plan = plan("p.jpg", TestImages.withExif(TestImages.jpeg(TestImages.photo(1000, 500)), 6));
        Map<String, String> attributes = ImageHtml.attributes(plan, Variant::fileName,
                ImageHtml.Display.column(760).withSize(300, 0).withEager(true));
        assertThat(attributes).containsEntry("width", "300").containsEntry("height", "600")
                .containsEntry("sizes", "(max-width: 300px) 100vw, 300px")
                .doesNotContainKeys("loading", "decoding");
        assertThat(attributes.get("src")).endsWith("-480.jpg");
        Map<String, String> both = ImageHtml.attributes(plan, Variant::fileName, ImageHtml.Display.column(0).withSize(300, 200));
        assertThat(both).containsEntry("width", "300").containsEntry("height", "200");
    }

    @Test
    void anSvgHasOneFileAndNoSrcsetAndNoSizeWhenItHasNone() {
        byte[] sized = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 24'/>".getBytes(StandardCharsets.UTF_8);
        Map<String, String> attributes = ImageHtml.attributes(plan("logo.svg", sized), Variant::fileName,
                ImageHtml.Display.column(760));
        assertThat(attributes).containsOnlyKeys("src", "width", "height", "loading", "decoding")
                .containsEntry("width", "48").containsEntry("height", "24");
        byte[] sizeless = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        assertThat(ImageHtml.attributes(plan("x.svg", sizeless), Variant::fileName, ImageHtml.Display.column(760)))
                .containsOnlyKeys("src", "loading", "decoding");
    }
}
