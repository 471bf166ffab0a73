package org.peersite.image;

import java.util.List;
import java.util.Optional;

import org.peersite.diag.Diagnostic;

/**
 * What {@link Images#load} made of one file: the image, unless an error stopped it, and the problems found (at
 * most one error; warnings, such as a wrong extension, come with a usable image).
 *
 * @param sanitizedSvg for an SVG published sanitised, the bytes published, which loading works out anyway (what
 *                     the sanitiser takes out is warned about then): {@link Images#render(LoadedImage,
 *                     java.util.function.Supplier)} writes them without reading and parsing the file again;
 *                     {@code null} for anything else. Never changed once made.
 */
public record LoadedImage(SourceImage image, List<Diagnostic> diagnostics, byte[] sanitizedSvg) {

    public LoadedImage {
        diagnostics = List.copyOf(diagnostics);
        if (image == null && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("an image that failed to load needs an error");
        }
        if (image == null && sanitizedSvg != null) {
            throw new IllegalArgumentException("an image that failed to load has no bytes to publish");
        }
    }

    /** An image that loaded without bytes kept for publishing, or a failure. */
    public LoadedImage(SourceImage image, List<Diagnostic> diagnostics) {
        this(image, diagnostics, null);
    }

    /** The image, when the file can be published. */
    public Optional<SourceImage> usable() {
        return Optional.ofNullable(image);
    }
}
