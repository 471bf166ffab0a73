package org.peersite.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peersite.diag.Diagnostic;
import org.peersite.image.ImageFiles;
import org.peersite.image.ImagePlan;
import org.peersite.image.Images;
import org.peersite.image.LoadedImage;
import org.peersite.image.Variant;
import org.peersite.image.VariantFile;

/**
 * Any bytes as an image file: loading gives an image or exactly one error, never an exception; rendering a
 * loaded image gives every planned file at its planned name, or one error and no files. The pixel limit is low
 * (one megapixel) so that each input decodes in milliseconds; the limits themselves are tested in
 * {@code ImagesLoadTest}.
 */
class ImageFuzzTest {

    private static final Images IMAGES = Images.builder().widths(16, 64).maxPixels(1_000_000).build();

    @FuzzTest(maxDuration = "10m")
    void anyBytesGiveAnImageOrOneError(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        LoadedImage loaded = IMAGES.load("content/img/fuzz.png", bytes);
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (loaded.usable().isEmpty()) {
            assertThat(errors).hasSize(1);
            return;
        }
        assertThat(errors).isEmpty();
        ImagePlan plan = IMAGES.plan(loaded.image());
        ImageFiles files = IMAGES.render(loaded.image(), bytes);
        if (files.failed()) {
            assertThat(files.files()).isEmpty();
            assertThat(files.diagnostics().stream().filter(Diagnostic::isError)).hasSize(1);
        } else {
            assertThat(files.files()).extracting(VariantFile::variant).isEqualTo(plan.variants());
            assertThat(plan.variants()).extracting(Variant::width).allMatch(w -> w <= Math.max(1, loaded.image().info().displayWidth()));
        }
    }
}
